package vn.xuatxu.label.agent;

import java.io.IOException;

/**
 * A print agent that asks the Xuất Xứ server for the jobs people send to its printer, prints each exactly
 * once, and reports how each went.
 *
 * <p>Why pull: the printer sits behind a home router on a co-op's or a school's premises; an agent that only
 * makes outgoing requests needs no port forwarding, and keeps working across network drops by asking again.
 * Every send is written to a {@link PullSettings#journal() journal} first, so a crash or power cut never
 * prints a label twice: a range that may or may not have come out is reported as interrupted for a person to
 * check (docs/printing.md, "Pulling jobs from the server").
 *
 * <p>Run it: {@code java -jar label-printer.jar agent --server https://… --token … --printer tcp://…:9100}.
 */
public interface PullAgent extends AutoCloseable {

    /** Starts pulling on a background thread until {@link #close()}. */
    static PullAgent start(PullSettings settings) throws IOException {
        return ServerPullAgent.start(settings);
    }

    /** Stops asking for jobs; a send in progress finishes first (at most one chunk). */
    @Override
    void close();
}
