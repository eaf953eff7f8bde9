package vn.xuatxu.label.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import vn.xuatxu.label.status.StatusQuery;

/**
 * A way to get bytes to a printer: raw TCP (port 9100, "JetDirect"/AppSocket), a device file
 * ({@code /dev/usb/lp0}), or a CUPS raw queue through {@code lp}.
 *
 * <p>Why a port with three adapters: the same job bytes (ZPL, TSPL, ESC/POS) go to a network
 * printer at a co-op, a USB printer on a Raspberry Pi, or a printer shared by a Windows or Linux
 * PC; the print agent and the CLI do not care which. Every call opens and closes its own
 * connection, so a transport holds no state and is safe to share between threads; a failure is
 * always a {@link PrinterException} with a {@link PrinterException.Failure} and never a hang:
 * every wait is bounded by {@link Timeouts}.
 *
 * <p>Choose one with a static factory, or from a configuration string with {@link #parse(String)}.
 */
public interface PrinterTransport {

    /** Default raw printing port. */
    int RAW_PORT = 9100;

    /** Raw TCP with {@link Timeouts#defaults()}. */
    static PrinterTransport tcp(String host, int port) {
        return tcp(host, port, Timeouts.defaults());
    }

    /** Raw TCP: connect, stream the job, close. Status requests are answered on the same connection. */
    static PrinterTransport tcp(String host, int port, Timeouts timeouts) {
        return new TcpTransport(host, port, timeouts);
    }

    /**
     * A character device such as {@code /dev/usb/lp0} (must exist; never created). Status requests are written to
     * it and the answer read back from it, which bidirectional USB printers support.
     */
    static PrinterTransport deviceFile(Path device) {
        return deviceFile(device, Timeouts.defaults());
    }

    static PrinterTransport deviceFile(Path device, Timeouts timeouts) {
        return new DeviceFileTransport(device, timeouts);
    }

    /**
     * A CUPS queue through {@code /usr/bin/lp}, waiting at most 30 s for {@code lp} to spool the job; status from
     * {@code /usr/bin/lpstat}.
     */
    static PrinterTransport cups(String queue) {
        return cups(queue, Path.of("/usr/bin/lp"), Duration.ofSeconds(30));
    }

    /**
     * A CUPS raw queue: runs {@code <lpCommand> -d <queue> -o raw} with the job on standard input, and for status
     * {@code lpstat -p <queue> -l} from the same folder as {@code lp}.
     *
     * @param lpCommand the {@code lp} program (configurable for non-standard installs and for tests)
     * @param timeout   longest wait for {@code lp} to exit
     */
    static PrinterTransport cups(String queue, Path lpCommand, Duration timeout) {
        return new CupsTransport(queue, lpCommand, timeout);
    }

    /**
     * A transport from its configuration string: {@code tcp://HOST[:PORT]} (port 9100 by default),
     * {@code file:/dev/usb/lp0} (or {@code file:///dev/usb/lp0}), {@code cups:QUEUE}.
     *
     * @throws IllegalArgumentException for anything else
     */
    static PrinterTransport parse(String target, Timeouts timeouts) {
        return parse(target, timeouts, Path.of("/usr/bin/lp"));
    }

    /** As {@link #parse(String, Timeouts)}, with the {@code lp} program to use for {@code cups:} targets. */
    static PrinterTransport parse(String target, Timeouts timeouts, Path lpCommand) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a printer address: " + target
                    + " (use tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE)", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        switch (scheme) {
            case "tcp" -> {
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("tcp printer address needs a host: " + target);
                }
                return tcp(uri.getHost(), uri.getPort() == -1 ? RAW_PORT : uri.getPort(), timeouts);
            }
            case "file" -> {
                String path = uri.getPath();
                if (path == null || path.isEmpty()) {
                    throw new IllegalArgumentException("file printer address needs a path: " + target);
                }
                return deviceFile(Path.of(path), timeouts);
            }
            case "cups" -> {
                String queue = uri.getSchemeSpecificPart();
                if (queue == null || !queue.matches("[A-Za-z0-9_.@-]+")) {
                    throw new IllegalArgumentException("cups printer address needs a queue name: " + target);
                }
                return cups(queue, lpCommand, Duration.ofSeconds(30));
            }
            default -> throw new IllegalArgumentException("unknown printer address scheme in " + target
                    + " (use tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE)");
        }
    }

    /** The printer as configured, e.g. {@code tcp://192.168.1.50:9100}; used in messages and status. */
    String target();

    /**
     * Sends one complete job. Returns when the last byte was handed over (to the network, the
     * device or the spooler): sent, not printed — ask {@link #status} to know more.
     *
     * @throws PrinterException if the printer cannot be reached, stalls or drops the connection
     */
    void send(byte[] job) throws PrinterException;

    /**
     * Asks for the printer's status with the query of its language.
     *
     * @return the printer's answer (for a CUPS queue, what CUPS knows of the printer), or
     *         {@link StatusReply.NotSupported} for a transport that cannot carry one
     * @throws PrinterException if the printer cannot be reached, does not answer in time, or
     *                          answers something that is not a status reply
     */
    StatusReply status(StatusQuery query) throws PrinterException;
}
