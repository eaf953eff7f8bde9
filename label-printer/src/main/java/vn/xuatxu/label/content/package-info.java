/**
 * What a label says, as validated values: {@link vn.xuatxu.label.content.LabelContent} and
 * {@link vn.xuatxu.label.content.OcopStars}.
 *
 * <p>Input is normalised here, once, at the boundary (Unicode NFC, collapsed whitespace) so that
 * layout, measurement and comparison downstream never see two spellings of the same Vietnamese
 * word. Nothing in this package knows about dots, fonts or printers.
 */
package vn.xuatxu.label.content;
