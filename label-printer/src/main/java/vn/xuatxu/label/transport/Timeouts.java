package vn.xuatxu.label.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a transport waits before it gives up with {@link PrinterException.Failure#TIMED_OUT} or
 * {@link PrinterException.Failure#UNREACHABLE}.
 *
 * <p>Why three: connecting to a switched-off printer should fail in seconds; a big batch may take
 * minutes to stream, so the write timeout is the longest time <em>without progress</em> (the
 * printer's buffer full because it is out of paper or paused), not a limit on the whole job; a
 * status request is answered at once by every language we use, so its timeout is short.
 *
 * @param connect TCP connect
 * @param write   longest time the printer may accept no byte while a job is being sent
 * @param reply   longest wait for a complete status reply (and for {@code lp} to finish)
 */
public record Timeouts(Duration connect, Duration write, Duration reply) {

    public Timeouts {
        for (Duration d : new Duration[] {connect, write, reply}) {
            Objects.requireNonNull(d, "timeouts must not be null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive, was " + d);
            }
        }
    }

    /** Connect 5 s, write 30 s without progress, reply 5 s. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5));
    }
}
