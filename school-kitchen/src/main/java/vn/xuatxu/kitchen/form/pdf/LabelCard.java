package vn.xuatxu.kitchen.form.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.xuatxu.kitchen.form.content.FilledLabel;
import vn.xuatxu.kitchen.form.content.HeaderField;

/**
 * One Form 4 label ("Nhãn mẫu thức ăn lưu") laid out as a framed card: the form number, the
 * title, the fields "Bữa ăn …", "Tên mẫu thức ăn", "Thời gian lấy …", room for the sampler's
 * signature above the printed name, and the sample and seal numbers that tie it to Form 5.
 */
record LabelCard(float width, float height, List<String> code, List<String> title, List<List<String>> fields,
                 List<String> samplerLabel, List<String> samplerName, List<String> reference) {

    static final float PAD = 8f;
    static final float SIZE = 9f;
    static final float TITLE_SIZE = 11f;
    static final float SMALL = 7f;
    static final float SIGNATURE_SPACE = 30f;

    static LabelCard layout(PdfText text, String formCode, String formTitle, FilledLabel label, float width) {
        float inner = width - 2 * PAD;
        List<List<String>> fields = new ArrayList<>();
        for (HeaderField field : label.fields()) {
            fields.add(text.wrap(field.label() + ": " + field.value(), false, SIZE, inner));
        }
        List<String> code = text.wrap(formCode, true, SMALL, inner);
        List<String> title = text.wrap(formTitle, true, TITLE_SIZE, inner);
        List<String> samplerLabel = text.wrap(label.sampler().label() + ":", false, SIZE, inner);
        List<String> samplerName = text.wrap(label.sampler().value(), true, SIZE, inner);
        List<String> reference = text.wrap(label.reference(), false, SMALL, inner);
        float lead = SIZE * PageFlow.LINE_FACTOR;
        float height = PAD + code.size() * SMALL * PageFlow.LINE_FACTOR
                + title.size() * TITLE_SIZE * PageFlow.LINE_FACTOR + 6f
                + fields.stream().mapToInt(List::size).sum() * lead + fields.size() * 2f
                + samplerLabel.size() * lead + SIGNATURE_SPACE + samplerName.size() * lead + 6f
                + reference.size() * SMALL * PageFlow.LINE_FACTOR + PAD;
        return new LabelCard(width, height, code, title, fields, samplerLabel, samplerName, reference);
    }

    void draw(PageFlow flow, float x, float top, float boxHeight) throws IOException {
        flow.box(x, top, width, boxHeight, 1f, 0.8f);
        float inner = width - 2 * PAD;
        float lead = SIZE * PageFlow.LINE_FACTOR;
        float y = top - PAD;
        flow.lines(code, x + PAD, inner, y, true, SMALL, 1f);
        y -= code.size() * SMALL * PageFlow.LINE_FACTOR;
        flow.lines(title, x + PAD, inner, y, true, TITLE_SIZE, 0.5f);
        y -= title.size() * TITLE_SIZE * PageFlow.LINE_FACTOR + 6f;
        for (List<String> field : fields) {
            flow.lines(field, x + PAD, inner, y, false, SIZE, 0f);
            y -= field.size() * lead + 2f;
        }
        flow.lines(samplerLabel, x + PAD, inner, y, false, SIZE, 0f);
        y -= samplerLabel.size() * lead + SIGNATURE_SPACE;
        flow.lines(samplerName, x + PAD, inner, y, true, SIZE, 0.5f);
        y -= samplerName.size() * lead + 6f;
        flow.lines(reference, x + PAD, inner, y, false, SMALL, 0f);
    }
}
