/**
 * Getting job bytes to a printer: the {@link vn.xuatxu.label.transport.PrinterTransport} port with
 * raw TCP (9100), device-file and CUPS ({@code lp -o raw}) adapters, bounded by
 * {@link vn.xuatxu.label.transport.Timeouts}, failing with a typed
 * {@link vn.xuatxu.label.transport.PrinterException}.
 *
 * <p>Transports move bytes and never look inside them; what the bytes mean is the
 * {@link vn.xuatxu.label.language} package's business, what a status reply means the
 * {@link vn.xuatxu.label.status} package's. Adapters are package-private.
 */
package vn.xuatxu.label.transport;
