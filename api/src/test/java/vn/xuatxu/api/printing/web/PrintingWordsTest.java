package vn.xuatxu.api.printing.web;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.printing.domain.LabelOutput;
import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.api.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Printing refusals and a print job's description read in the reader's language; Vietnamese as before. */
class PrintingWordsTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void anUnknownFormatIsRefusedInEitherLanguage() {
        ProblemException refusal = assertThrows(ProblemException.class, () -> LabelOutput.named("docx"));
        assertEquals("Định dạng \"docx\" không có; hãy chọn zpl, tspl, escpos, pdf, pdf-a4 hoặc png.", refusal.getMessage());
        assertEquals("There is no format \"docx\"; choose zpl, tspl, escpos, pdf, pdf-a4 or png.",
                refusal.message("en", messages));
        assertEquals("format", ((ProblemException.InvalidInput) refusal).field());
    }

    @Test
    void aBadDayIsRefusedInEitherLanguage() {
        ProblemException refusal = assertThrows(ProblemException.class, () -> PrintAgentController.day("yesterday"));
        assertEquals("Ngày \"yesterday\" không hợp lệ; hãy ghi theo dạng 2026-12-07.", refusal.message("vi", messages));
        assertEquals("The date \"yesterday\" is not valid; write it as 2026-12-07.", refusal.message("en", messages));
    }

    @Test
    void aKitchenJobsStoredDescriptionIsShownInThePagesLanguage() {
        assertEquals("Retained-sample labels of 2026-12-07", PrinterPagesController.description(
                PrintJobSource.KITCHEN_SAMPLES, "Nhãn mẫu lưu ngày 2026-12-07").in("en", messages));
        assertEquals("Nhãn mẫu lưu ngày 2026-12-07", PrinterPagesController.description(
                PrintJobSource.KITCHEN_SAMPLES, "Nhãn mẫu lưu ngày 2026-12-07").in("vi", messages));
        assertEquals("Retained-sample label M-0042", PrinterPagesController.description(
                PrintJobSource.KITCHEN_SAMPLES, "Nhãn mẫu lưu M-0042").in("en", messages));
        assertEquals("Something else", PrinterPagesController.description(
                PrintJobSource.KITCHEN_SAMPLES, "Something else").in("en", messages));
    }
}
