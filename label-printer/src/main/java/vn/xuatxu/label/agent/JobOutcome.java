package vn.xuatxu.label.agent;

/** How a pulled job ended, as the agent reports it to the server. */
public enum JobOutcome {
    /** Every label of the job was handed to the printer. */
    PRINTED,
    /** The printer could not be reached before anything was sent; nothing of the unsent labels printed. */
    FAILED,
    /** The agent stopped in the middle of a send (crash, power cut, dropped connection): the labels of that
     * range may or may not have printed, and a person must look before resuming. */
    INTERRUPTED
}
