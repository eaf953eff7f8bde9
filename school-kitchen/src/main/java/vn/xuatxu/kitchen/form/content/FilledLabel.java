package vn.xuatxu.kitchen.form.content;

import java.util.List;

/**
 * One filled Form 4 label, "Nhãn mẫu thức ăn lưu", as printed for a sample container.
 *
 * <p>Why the reference line: the label and the Form 5 row must agree (reference §3.4); printing
 * the sample id and seal number on the label lets an inspector holding a container find its
 * register row.
 *
 * @param fields    meal, dish and time taken, with the Form 4 labels
 * @param sampler   "Người lấy mẫu (họ tên và chữ ký)"
 * @param reference the sample id and seal number
 */
public record FilledLabel(List<HeaderField> fields, HeaderField sampler, String reference) {

    public FilledLabel {
        fields = List.copyOf(fields);
        reference = FormText.nfc(reference);
    }
}
