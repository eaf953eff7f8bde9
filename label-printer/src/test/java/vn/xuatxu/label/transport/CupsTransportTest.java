package vn.xuatxu.label.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.ZplJobReader;
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

/** Runs a fake {@code lp} shell script that records its arguments and standard input. */
class CupsTransportTest {

    @TempDir
    Path dir;

    private Path script(String name, String body) throws Exception {
        Path lp = dir.resolve(name);
        Files.writeString(lp, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(lp, PosixFilePermissions.fromString("rwx------"));
        return lp;
    }

    @Test
    void theJobGoesToLpAsARawJobForTheQueue() throws Exception {
        Path lp = script("lp", "printf '%s\\n' \"$@\" > '" + dir.resolve("args") + "'\ncat > '" + dir.resolve("job")
                + "'\necho 'request id is Zebra-7 (0 file(s))'");
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_300).render(SampleLabels.coffeeUnit());
        byte[] job = PrinterLanguage.zpl().encode(label, 3);
        PrinterTransport transport = PrinterTransport.cups("Zebra", lp, Duration.ofSeconds(10));

        transport.send(job);

        assertEquals(List.of("-d", "Zebra", "-o", "raw"), Files.readAllLines(dir.resolve("args")));
        byte[] received = Files.readAllBytes(dir.resolve("job"));
        assertArrayEquals(job, received);
        ZplJobReader.Job read = ZplJobReader.read(received);
        assertEquals(3, read.copies());
        assertEquals(SampleLabels.UNIT_URI, QrReadBack.wholeLabel(read.raster().toImage()).getText());
    }

    /** Status comes from the lpstat beside lp: its "Alerts:" line (printer-state-reasons) and a stopped queue. */
    @Test
    void theQueuesStateFromLpstatBecomesOurConditions() throws Exception {
        Path lp = script("lp", "exit 0");
        script("lpstat", "printf '%s\\n' \"$@\" > '" + dir.resolve("lpstat-args") + "'\n"
                + "printf 'printer Zebra disabled since Mon 07 Dec 2026 10:00:00 AM UTC -\\n\\tPaused\\n"
                + "\\tForm mounted:\\n\\tDescription: Zebra ZD421\\n"
                + "\\tAlerts: media-empty-error cover-open-report\\n\\tConnection: direct\\n'");
        PrinterTransport transport = PrinterTransport.cups("Zebra", lp, Duration.ofSeconds(10));

        StatusReply reply = transport.status(StatusQuery.forLanguage(PrinterLanguage.zpl()));

        assertEquals(List.of("-p", "Zebra", "-l"), Files.readAllLines(dir.resolve("lpstat-args")));
        PrinterStatus status = assertInstanceOf(StatusReply.Reported.class, reply).status();
        assertEquals(Set.of(PrinterCondition.PAUSED, PrinterCondition.PAPER_OUT, PrinterCondition.HEAD_OPEN),
                status.conditions());
        assertTrue(status.reply().contains("Zebra ZD421"), status.reply());
    }

    @Test
    void anIdleQueueIsReadyAndAnUnknownOneIsRejected() throws Exception {
        Path lp = script("lp", "exit 0");
        script("lpstat", "if [ \"$2\" = Zebra ]; then printf 'printer Zebra is idle.  enabled since Mon 07 Dec 2026\\n"
                + "\\tAlerts: none\\n'; else echo \"lpstat: Invalid destination name in list \\\"$2\\\".\"; exit 1; fi");

        PrinterStatus idle = assertInstanceOf(StatusReply.Reported.class, PrinterTransport.cups("Zebra", lp,
                Duration.ofSeconds(10)).status(StatusQuery.forLanguage(PrinterLanguage.tspl()))).status();
        assertTrue(idle.ready(), idle.summary());
        assertEquals(Set.of(), idle.conditions());

        PrinterException unknown = assertThrows(PrinterException.class, () -> PrinterTransport.cups("Nope", lp,
                Duration.ofSeconds(10)).status(StatusQuery.forLanguage(PrinterLanguage.tspl())));
        assertEquals(Failure.REJECTED, unknown.failure());
        assertTrue(unknown.getMessage().contains("Invalid destination"), unknown.getMessage());
    }

    @Test
    void lpRefusingTheJobIsRejectedWithLpsMessage() throws Exception {
        Path lp = script("lp", "cat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1");
        PrinterTransport transport = PrinterTransport.cups("Nope", lp, Duration.ofSeconds(10));

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {'^', 'X', 'A'}));

        assertEquals(Failure.REJECTED, e.failure());
        assertEquals(0, e.bytesSent());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals("cups:Nope", e.target());
    }

    @Test
    void aMissingLpIsUnreachable() {
        PrinterTransport transport = PrinterTransport.cups("Zebra", dir.resolve("no-such-lp"), Duration.ofSeconds(5));

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {1}));

        assertEquals(Failure.UNREACHABLE, e.failure());
        assertTrue(e.getMessage().contains("cups-client"), e.getMessage());
    }

    @Test
    void anLpThatHangsTimesOut() throws Exception {
        Path lp = script("lp", "exec sleep 60");
        PrinterTransport transport = PrinterTransport.cups("Zebra", lp, Duration.ofMillis(300));

        PrinterException e = assertThrows(PrinterException.class,
                () -> transport.send("hello".getBytes(StandardCharsets.US_ASCII)));

        assertEquals(Failure.TIMED_OUT, e.failure());
    }
}
