package vn.xuatxu.api.printing.domain;

/** Where a print job is; the agent's journal makes PRINTING safe to offer again after a dropped connection. */
public enum PrintJobState {
    /** Waiting for the agent to ask for work. */
    QUEUED,
    /** Given to the agent, which is sending it in parts; offered again to the same agent until it reports. */
    PRINTING,
    /** Every label was handed to the printer. */
    PRINTED,
    /** The printer could not be reached; the labels after {@code sentThrough} were not sent. */
    FAILED,
    /** The agent stopped mid-send: a person checks the printer and resumes from the right label. */
    INTERRUPTED,
    /** Withdrawn before the agent took it. */
    CANCELLED;

    public boolean finished() {
        return this != QUEUED && this != PRINTING;
    }
}
