package vn.xuatxu.label.status;

/**
 * Something a printer reports about itself. One vocabulary for ZPL, TSPL and ESC/POS, so the print
 * agent and the UI can say "out of paper" without knowing which language the printer speaks.
 */
public enum PrinterCondition {
    /** No paper (or no labels) under the sensor. Blocks printing. */
    PAPER_OUT(true),
    /** Paper roll nearly used up (ESC/POS near-end sensor). Still prints. */
    PAPER_NEAR_END(false),
    /** Print head lifted or cover open. Blocks printing. */
    HEAD_OPEN(true),
    /** Paused by the pause button or a command; jobs wait in the printer. */
    PAUSED(true),
    /** Ribbon used up (thermal-transfer mode only). Blocks printing. */
    RIBBON_OUT(true),
    /** Paper jammed. Blocks printing. */
    PAPER_JAM(true),
    /** The printer's receive buffer is full; more data is not being accepted. */
    BUFFER_FULL(true),
    /** Print head too hot or too cold; printing stops until it recovers. */
    HEAD_TEMPERATURE(true),
    /** Cutter failed. Blocks printing. */
    CUTTER_ERROR(true),
    /** Off line for another reason, or an error the language does not name. Blocks printing. */
    OTHER_ERROR(true),
    /** Busy printing right now; not an error. */
    PRINTING(false);

    private final boolean blocksPrinting;

    PrinterCondition(boolean blocksPrinting) {
        this.blocksPrinting = blocksPrinting;
    }

    /** Whether labels sent now would not come out until a person acts (or the condition clears). */
    public boolean blocksPrinting() {
        return blocksPrinting;
    }
}
