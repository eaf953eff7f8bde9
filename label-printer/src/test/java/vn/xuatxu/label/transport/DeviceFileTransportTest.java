package vn.xuatxu.label.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.TsplJobReader;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.layout.SampleLabels;
import vn.xuatxu.label.status.PrinterCondition;
import vn.xuatxu.label.status.PrinterStatus;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

class DeviceFileTransportTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500));

    @TempDir
    Path dir;

    @Test
    void jobsAreAppendedToTheDeviceInOrder() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        PrinterTransport transport = PrinterTransport.deviceFile(device, SHORT);

        transport.send(new byte[] {1, 2, 3});
        transport.send(new byte[] {4, 5});

        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, Files.readAllBytes(device));
    }

    /**
     * A bidirectional USB printer answers on the device file it prints through. A temporary file plays the
     * device: a fake printer waits for the request to be written into it and appends its answer.
     */
    @Test
    void theStatusRequestIsWrittenToTheDeviceAndTheAnswerReadFromIt() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        byte[] tsplRequest = {0x1B, '!', '?'};
        CompletableFuture<Void> printer = answering(device, tsplRequest, new byte[] {0x05});

        StatusReply reply = PrinterTransport.deviceFile(device, SHORT).status(StatusQuery.forLanguage(PrinterLanguage.tspl()));

        printer.get(5, TimeUnit.SECONDS);
        PrinterStatus status = assertInstanceOf(StatusReply.Reported.class, reply).status();
        assertEquals(Set.of(PrinterCondition.HEAD_OPEN, PrinterCondition.PAPER_OUT), status.conditions());
        assertFalse(status.ready());
    }

    @Test
    void aZplPrinterOnUsbReportsPaperOutAndLabelsRemaining() throws Exception {
        Path device = Files.createFile(dir.resolve("lp1"));
        String paperOut = "\u0002030,1,0,0240,001,0,0,0,000,0,0,0\u0003\r\n"
                + "\u0002001,0,0,0,1,2,4,0,00000007,1,000\u0003\r\n" + "\u00021234,0\u0003\r\n";
        CompletableFuture<Void> printer = answering(device, "~HS".getBytes(StandardCharsets.US_ASCII),
                paperOut.getBytes(StandardCharsets.US_ASCII));

        StatusReply reply = PrinterTransport.deviceFile(device, SHORT).status(StatusQuery.forLanguage(PrinterLanguage.zpl()));

        printer.get(5, TimeUnit.SECONDS);
        PrinterStatus status = assertInstanceOf(StatusReply.Reported.class, reply).status();
        assertTrue(status.has(PrinterCondition.PAPER_OUT), status.summary());
        assertEquals(7, status.labelsRemaining().orElseThrow());
    }

    @Test
    void aDeviceThatNeverAnswersTimesOutAndAMissingOneIsUnreachable() throws Exception {
        Path device = Files.createFile(dir.resolve("lp2"));
        PrinterException silent = assertThrows(PrinterException.class,
                () -> PrinterTransport.deviceFile(device, SHORT).status(StatusQuery.forLanguage(PrinterLanguage.escPos())));
        assertEquals(Failure.TIMED_OUT, silent.failure());
        assertTrue(silent.getMessage().contains("one-way"), silent.getMessage());
        assertArrayEquals(new byte[] {0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 3, 0x10, 4, 4}, Files.readAllBytes(device),
                "the ESC/POS request reached the device");

        PrinterException missing = assertThrows(PrinterException.class, () -> PrinterTransport.deviceFile(
                dir.resolve("lp9"), SHORT).status(StatusQuery.forLanguage(PrinterLanguage.tspl())));
        assertEquals(Failure.UNREACHABLE, missing.failure());
        assertFalse(Files.exists(dir.resolve("lp9")), "never created");
    }

    /** A fake printer on a file: once {@code request} has been written into it, appends {@code answer}. */
    private static CompletableFuture<Void> answering(Path device, byte[] request, byte[] answer) {
        return CompletableFuture.runAsync(() -> {
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (!java.util.Arrays.equals(Files.readAllBytes(device), request)) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("no status request written to the device");
                    }
                    Thread.sleep(5);
                }
                Files.write(device, answer, StandardOpenOption.APPEND);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aMissingDeviceIsUnreachableAndIsNeverCreated() {
        Path device = dir.resolve("lp9");
        PrinterTransport transport = PrinterTransport.deviceFile(device, SHORT);

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {1}));

        assertEquals(Failure.UNREACHABLE, e.failure());
        assertTrue(e.getMessage().contains("unplugged"), e.getMessage());
        assertFalse(Files.exists(device), "a regular file would swallow jobs silently");
    }

    @Test
    void aLabelThroughAFifoArrivesWhole() throws Exception {
        Path fifo = fifo("printer.fifo");
        LabelImage label = LabelLayout.of(LabelStock.MM_40_X_30, PrintDensity.DPI_203).render(SampleLabels.coffeeUnit());
        byte[] job = PrinterLanguage.tspl().encode(label);
        CompletableFuture<byte[]> printer = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        PrinterTransport.deviceFile(fifo, SHORT).send(job);

        byte[] received = printer.get(10, TimeUnit.SECONDS);
        assertArrayEquals(job, received);
        assertEquals(SampleLabels.UNIT_URI,
                QrReadBack.wholeLabel(TsplJobReader.read(received).raster().toImage()).getText());
    }

    @Test
    void aDeviceNobodyReadsTimesOut() throws Exception {
        Path fifo = fifo("stuck.fifo");
        PrinterTransport transport = PrinterTransport.deviceFile(fifo, SHORT);

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {1, 2, 3}));

        assertEquals(Failure.TIMED_OUT, e.failure());
        assertEquals(0, e.bytesSent());
        // Release the writer thread still blocked in open().
        try (InputStream release = Files.newInputStream(fifo)) {
            release.readAllBytes();
        }
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return fifo;
    }
}
