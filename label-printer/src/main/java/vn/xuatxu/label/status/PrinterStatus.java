package vn.xuatxu.label.status;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a printer said about itself in answer to a status request, parsed.
 *
 * <p>Why it matters: over TCP 9100 and USB "sent" is not "printed" — a job sent to a printer with
 * its head open just waits. Asking before and after a batch is the only way to tell an operator
 * "close the cover" instead of "printed".
 *
 * @param conditions       everything the printer reported; empty means idle and ready
 * @param labelsRemaining  labels of the current batch still to print, when the language reports
 *                         it (ZPL {@code ~HS}); poll until 0 to know a batch has left the printer
 * @param reply            the raw reply, printable (control bytes as {@code <STX>} or hex), for logs
 */
public record PrinterStatus(Set<PrinterCondition> conditions, OptionalInt labelsRemaining, String reply) {

    public PrinterStatus {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
        Objects.requireNonNull(labelsRemaining, "labelsRemaining");
        Objects.requireNonNull(reply, "reply");
    }

    /** True when nothing reported blocks printing. */
    public boolean ready() {
        return conditions.stream().noneMatch(PrinterCondition::blocksPrinting);
    }

    public boolean has(PrinterCondition condition) {
        return conditions.contains(condition);
    }

    /** Conditions in declaration order, e.g. "PAPER_OUT, HEAD_OPEN", or "READY". */
    public String summary() {
        if (conditions.isEmpty()) {
            return "READY";
        }
        return EnumSet.copyOf(conditions).stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
