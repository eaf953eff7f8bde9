package vn.xuatxu.label.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.label.language.ZplJobReader;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.transport.FakeTcpPrinter;

class LabelPrinterCommandTest {

    private static final String URI = "https://truyxuat.dienbien.example/01/08938600001016/10/MA2026-001";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LabelPrinterCommand command = new LabelPrinterCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void renderWritesALabelWhoseQrDecodesToTheUri() throws Exception {
        Path png = folder.resolve("label.png");
        assertEquals(0, command.run(new String[] {"render", "--uri", URI, "--title", "Cà phê Arabica Mường Ảng",
                "--line", "HTX Cà phê Mường Ảng", "--line", "500 g", "--lot", "MA2026-001", "--size", "50x30",
                "--dpi", "300", "--format", "png", "--out", png.toString()}), err.toString(StandardCharsets.UTF_8));
        assertEquals(URI, QrReadBack.wholeLabel(LabelImage.fromPng(Files.readAllBytes(png)).toBufferedImage()).getText());

        Path zpl = folder.resolve("label.zpl");
        assertEquals(0, command.run(new String[] {"render", "--uri", URI, "--title", "Mật ong hoa ban",
                "--line", "Hộ kinh doanh Lò Văn Bình", "--format", "zpl", "--out", zpl.toString(), "--copies", "3"}));
        ZplJobReader.Job job = ZplJobReader.read(Files.readAllBytes(zpl));
        assertEquals(3, job.copies());
        assertEquals(URI, QrReadBack.wholeLabel(job.raster().toImage()).getText());
    }

    @Test
    void printSendsTheJobToThePrinter() throws Exception {
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            assertEquals(0, command.run(new String[] {"print", "--uri", URI, "--title", "Chè Shan tuyết",
                    "--line", "HTX Chè Tủa Chùa", "--format", "zpl", "--printer", "tcp://127.0.0.1:" + printer.port()}),
                    err.toString(StandardCharsets.UTF_8));
            ZplJobReader.Job job = ZplJobReader.read(printer.nextConnection());
            assertEquals(URI, QrReadBack.wholeLabel(job.raster().toImage()).getText());
        }
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() throws Exception {
        assertEquals(2, command.run(new String[] {"render", "--uri", URI, "--format", "zpl", "--out", "x"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--title is required"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, command.run(new String[] {"render", "--uri", URI, "--title", "T", "--line", "P", "--size", "10x10",
                "--out", "x"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--size must be"));
        assertEquals(2, command.run(new String[] {"frobnicate"}));
        assertEquals(2, command.run(new String[] {"print", "--uri", URI, "--title", "T", "--line", "P", "--format", "png",
                "--printer", "tcp://127.0.0.1:9"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("print needs a printer language"));
    }
}
