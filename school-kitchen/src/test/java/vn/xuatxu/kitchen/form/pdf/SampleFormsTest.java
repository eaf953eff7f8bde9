package vn.xuatxu.kitchen.form.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.form.FormFixtures;
import vn.xuatxu.kitchen.form.FormFixtures.FixtureDay;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.FormSettings;
import vn.xuatxu.kitchen.form.content.PrintedForm;
import vn.xuatxu.kitchen.form.content.SignOffRole;
import vn.xuatxu.kitchen.sample.DestructionRequest;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.TemperatureReading;

/**
 * Writes a sample of every form to {@code target/forms/} for people to look at: one PDF per form
 * and the whole day's book, from the realistic fixture day (samples destroyed the next day).
 */
class SampleFormsTest {

    private static final Path OUT = Path.of("target/forms");

    @Test
    void writesEveryFormForPeopleToCheck() throws IOException {
        FixtureDay fixture = FormFixtures.fixture(FormFixtures.MONDAY, "");
        fixture.clock().advance(Duration.ofHours(25));
        for (FoodSample s : fixture.day().samples()) {
            var at = KitchenTime.now(fixture.clock());
            fixture.register().destroy(s.id(), new DestructionRequest(FormFixtures.kitchenHand(at),
                    FormFixtures.headCook(at), TemperatureReading.of("4", at), null)).orElseThrow();
        }
        FormSettings settings = FormSettings.of(FormFixtures.ADDRESS, "Điện Biên Phủ")
                .withName(SignOffRole.PRINCIPAL, "Phạm Thị Hồng Nhung")
                .withName(SignOffRole.HEAD_COOK, FormFixtures.HEAD_COOK);
        FormPdfRenderer renderer = new FormPdfRenderer(Clock.fixed(fixture.clock().instant(), KitchenTime.ZONE));
        Files.createDirectories(OUT);
        FormBook book = FormBook.ofDay(fixture.day(), fixture.register().rows(), settings);
        Files.write(OUT.resolve("day-2026-11-23.pdf"), renderer.render(book));
        for (PrintedForm form : PrintedForm.values()) {
            FormBook one = FormBook.ofDay(fixture.day(), fixture.register().rows(), settings.withForms(form));
            Path file = OUT.resolve("form-" + (form.ordinal() + 1) + ".pdf");
            Files.write(file, renderer.render(one));
            assertTrue(Files.size(file) > 1000, file.toString());
        }
        String longNote = " Người giao hàng cam kết đổi hàng trong ngày; đã báo cáo Ban giám hiệu, đề nghị nhà cung cấp"
                + " giải trình bằng văn bản về nguồn gốc lô thịt, điều kiện vận chuyển và nhiệt độ bảo quản.";
        FormBook busy = FormBook.ofDay(FormFixtures.fixture(FormFixtures.MONDAY, longNote, 30).day(),
                settings.withForms(PrintedForm.FORM_1));
        Files.write(OUT.resolve("form-1-many-deliveries.pdf"), renderer.render(busy));
    }
}
