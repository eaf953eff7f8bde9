/**
 * Printer status: the real-time status request of each language ({@link vn.xuatxu.label.status.StatusQuery})
 * and its answer in one vocabulary ({@link vn.xuatxu.label.status.PrinterStatus},
 * {@link vn.xuatxu.label.status.PrinterCondition}).
 *
 * <p>Kept apart from the transports because parsing is pure (tested against recorded replies) while
 * asking needs a two-way connection, which only some transports have. Parsers are package-private.
 */
package vn.xuatxu.label.status;
