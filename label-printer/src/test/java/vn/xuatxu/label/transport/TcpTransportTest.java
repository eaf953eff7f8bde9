package vn.xuatxu.label.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.language.DecodedRaster;
import vn.xuatxu.label.language.EscPosJobReader;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.TsplJobReader;
import vn.xuatxu.label.language.ZplJobReader;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.layout.SampleLabels;
import vn.xuatxu.label.status.PrinterCondition;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

class TcpTransportTest {

    /** Short, so that failure tests end quickly; nothing here measures time. */
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(500));

    private static LabelImage label() throws Exception {
        return LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffeeUnit());
    }

    @Test
    void theFakePrinterReceivesAJobThatDecodesToTheLabelAndItsQr() throws Exception {
        LabelImage label = label();
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);
            for (PrinterLanguage language : new PrinterLanguage[] {PrinterLanguage.zpl(), PrinterLanguage.tspl(),
                    PrinterLanguage.escPos()}) {
                byte[] job = language.encode(label, 2);

                transport.send(job);

                byte[] received = printer.nextConnection();
                assertArrayEquals(job, received, language.shortName());
                DecodedRaster raster = switch (language.shortName()) {
                    case "zpl" -> ZplJobReader.read(received).raster();
                    case "tspl" -> TsplJobReader.read(received).raster();
                    default -> EscPosJobReader.read(received).labels().get(1);
                };
                assertArrayEquals(label.packedRows(), raster.packed());
                assertEquals(SampleLabels.UNIT_URI, QrReadBack.wholeLabel(raster.toImage()).getText());
            }
            assertEquals("tcp://127.0.0.1:" + printer.port(), transport.target());
        }
    }

    @Test
    void aRefusedConnectionIsReportedAsRefusedWithNothingSent() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", port, SHORT);

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {1, 2, 3}));

        assertEquals(Failure.REFUSED, e.failure());
        assertEquals(0, e.bytesSent());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void aPrinterThatStopsReadingTimesOutInsteadOfHanging() throws Exception {
        byte[] job = new byte[32 * 1024 * 1024];
        try (FakeTcpPrinter printer = FakeTcpPrinter.stalling()) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);

            PrinterException e = assertThrows(PrinterException.class, () -> transport.send(job));

            assertEquals(Failure.TIMED_OUT, e.failure());
            assertTrue(e.bytesSent() > 0 && e.bytesSent() < job.length, "stalled part-way: " + e.bytesSent());
            assertTrue(e.getMessage().contains("accepted no data"), e.getMessage());
        }
    }

    @Test
    void aDroppedConnectionIsReportedAsLostWithTheBytesSentSoFar() throws Exception {
        byte[] job = new byte[32 * 1024 * 1024];
        try (FakeTcpPrinter printer = FakeTcpPrinter.dropping()) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);

            PrinterException e = assertThrows(PrinterException.class, () -> transport.send(job));

            assertEquals(Failure.CONNECTION_LOST, e.failure());
            assertTrue(e.bytesSent() >= 1024 && e.bytesSent() < job.length, "dropped part-way: " + e.bytesSent());
        }
    }

    @Test
    void anUnknownHostIsUnreachable() {
        PrinterTransport transport = PrinterTransport.tcp("printer.invalid", 9100, SHORT);

        PrinterException e = assertThrows(PrinterException.class, () -> transport.send(new byte[] {1}));

        assertEquals(Failure.UNREACHABLE, e.failure());
    }

    @Test
    void statusIsAskedAndAnsweredOnTheSameConnection() throws Exception {
        byte[] paperOut = ("\u0002030,1,1,0240,000,0,0,0,000,0,0,0\u0003\r\n"
                + "\u0002001,0,0,0,1,2,4,0,00000000,1,000\u0003\r\n\u00021234,0\u0003\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (FakeTcpPrinter printer = FakeTcpPrinter.answering(
                received -> new String(received, StandardCharsets.US_ASCII).endsWith("~HS") ? paperOut : null)) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);

            StatusReply reply = transport.status(StatusQuery.forLanguage(PrinterLanguage.zpl()));

            StatusReply.Reported reported = assertInstanceOf(StatusReply.Reported.class, reply);
            assertEquals(Set.of(PrinterCondition.PAPER_OUT, PrinterCondition.PAUSED), reported.status().conditions());
            assertArrayEquals("~HS".getBytes(StandardCharsets.US_ASCII), printer.nextConnection());
        }
    }

    @Test
    void aPrinterThatDoesNotAnswerAStatusRequestTimesOut() throws Exception {
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);

            PrinterException e = assertThrows(PrinterException.class,
                    () -> transport.status(StatusQuery.forLanguage(PrinterLanguage.tspl())));

            assertEquals(Failure.TIMED_OUT, e.failure());
            assertTrue(e.getMessage().contains("may not support"), e.getMessage());
        }
    }

    @Test
    void aReplyInAnotherLanguageIsABadReply() throws Exception {
        try (FakeTcpPrinter printer = FakeTcpPrinter.answering(received -> new byte[] {0x00, 0x00, 0x00, 0x00})) {
            PrinterTransport transport = PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT);

            PrinterException e = assertThrows(PrinterException.class,
                    () -> transport.status(StatusQuery.forLanguage(PrinterLanguage.escPos())));

            assertEquals(Failure.BAD_REPLY, e.failure());
        }
    }

    @Test
    void targetsAreParsedFromConfiguration() {
        assertEquals("tcp://192.168.1.50:9100", PrinterTransport.parse("tcp://192.168.1.50", SHORT).target());
        assertEquals("tcp://printer.local:6101", PrinterTransport.parse("tcp://printer.local:6101", SHORT).target());
        assertEquals("file:/dev/usb/lp0", PrinterTransport.parse("file:/dev/usb/lp0", SHORT).target());
        assertEquals("file:/dev/usb/lp0", PrinterTransport.parse("file:///dev/usb/lp0", SHORT).target());
        assertEquals("cups:Zebra_ZD230", PrinterTransport.parse("cups:Zebra_ZD230", SHORT).target());
        for (String bad : new String[] {"lpt1", "http://x:9100", "tcp://", "cups:bad queue", "file:"}) {
            assertThrows(IllegalArgumentException.class, () -> PrinterTransport.parse(bad, SHORT), bad);
        }
        assertTrue(Arrays.asList(Failure.values()).contains(Failure.REJECTED));
        assertTrue(new InetSocketAddress(0).getPort() == 0);
    }
}
