package vn.xuatxu.kitchen.form.content;

/**
 * One line of a form's header block, e.g. "Người kiểm tra (họ tên): Trần Văn Bình".
 *
 * <p>Why label and value apart: the PDF sets the printed label in regular type and the entry in
 * bold, as a filled-in paper form reads; the spreadsheet puts them in two cells.
 *
 * @param label the printed label (reference §1.0), NFC
 * @param value the entry, NFC; may be empty
 */
public record HeaderField(String label, String value) {

    public HeaderField {
        label = FormText.nfc(label);
        value = FormText.nfc(value);
    }
}
