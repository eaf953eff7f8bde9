package vn.xuatxu.label.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        assertInstanceOf(StatusReply.NotSupported.class, transport.status(StatusQuery.forLanguage(PrinterLanguage.zpl())));
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
