/**
 * Printer languages: wrapping one rendered {@link vn.xuatxu.label.layout.LabelImage} into the bytes
 * a thermal printer understands — ZPL II ({@link vn.xuatxu.label.language.Zpl}), TSPL
 * ({@link vn.xuatxu.label.language.Tspl}) or ESC/POS raster ({@link vn.xuatxu.label.language.EscPos}).
 *
 * <p>Every language prints the label as one bitmap graphic, never with printer-resident fonts or
 * barcodes, so the QR that was decoded back from the bitmap is exactly what gets burnt. The
 * languages differ only in framing, compression and bit polarity. Sending the bytes (TCP 9100,
 * USB device file, CUPS) is a separate concern.
 */
package vn.xuatxu.label.language;
