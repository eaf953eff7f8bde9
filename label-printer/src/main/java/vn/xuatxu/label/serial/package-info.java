/**
 * Unguessable per-item label serials ({@link vn.xuatxu.label.serial.LabelSerial}) and their
 * generator ({@link vn.xuatxu.label.serial.LabelSerialGenerator}).
 *
 * <p>A serial printed on each item (GS1 AI 21 in the Digital Link) lets the resolver tell a genuine
 * scan from a copied one. That only works if serials cannot be guessed or enumerated, so they are
 * random (SecureRandom, about 59 bits), not sequential; and because people sometimes type them
 * from the label, the alphabet has no look-alike characters and the last character is a check
 * character.
 */
package vn.xuatxu.label.serial;
