package vn.xuatxu.label.agent;

import java.time.Instant;

/** One accepted job: its bytes until sent, and its current state (read by HTTP threads, written by the worker). */
final class PrintJob {

    private final String id;
    private final Instant created;
    private final int size;
    private final int copies;
    private final String source;
    private byte[] bytes;
    private volatile JobState state = new JobState.Queued();
    private volatile Instant updated;

    PrintJob(String id, byte[] bytes, int copies, String source, Instant created) {
        this.id = id;
        this.bytes = bytes;
        this.size = bytes.length;
        this.copies = copies;
        this.source = source;
        this.created = created;
        this.updated = created;
    }

    String id() {
        return id;
    }

    Instant created() {
        return created;
    }

    Instant updated() {
        return updated;
    }

    int size() {
        return size;
    }

    int copies() {
        return copies;
    }

    /** "png" for a label image encoded by the agent, "raw" for printer-language bytes. */
    String source() {
        return source;
    }

    JobState state() {
        return state;
    }

    synchronized byte[] bytes() {
        return bytes;
    }

    synchronized void moveTo(JobState next, Instant at) {
        state = next;
        updated = at;
        if (next.finished()) {
            bytes = null;
        }
    }
}
