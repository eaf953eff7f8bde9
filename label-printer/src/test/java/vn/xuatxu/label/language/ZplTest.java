package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.SampleLabels;

class ZplTest {

    @Test
    void crcIsCrc16Xmodem() {
        assertEquals(0x31C3, Zpl.crc16Xmodem("123456789".getBytes(StandardCharsets.US_ASCII)), "check value");
        assertEquals(0, Zpl.crc16Xmodem(new byte[0]));
        byte[] text = "eJzt0DEBAAAAwqD1T20JT6AAAAAAAAAAAAAA".getBytes(StandardCharsets.US_ASCII);
        assertEquals(ZplJobReader.crc16Xmodem(text), Zpl.crc16Xmodem(text), "agrees with the independent reader");
    }

    @Test
    void z64JobForTheWebLabelIsSmallAndFramedForOneLabel() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffee());

        byte[] z64 = PrinterLanguage.zpl().encode(label, 3);
        byte[] hex = new Zpl(Zpl.GraphicEncoding.HEX).encode(label);
        ZplJobReader.Job job = ZplJobReader.read(z64);

        assertTrue(z64.length < 5000, "Z64 job (deflate at its fastest level) is " + z64.length + " bytes");
        assertTrue(hex.length > 24000, "hex job is two digits per byte: " + hex.length);
        assertEquals(3, job.copies());
        assertTrue(job.text().contains("^PW400\n^LL240\n"), job.text().substring(0, 40));
        assertTrue(job.text().contains("^GFA,12000,12000,50,:Z64:eJ"), "zlib stream, default header");
        assertFalse(job.text().contains("^MNN"), "die-cut stock keeps the printer's gap sensing");
    }

    @Test
    void continuousStockSwitchesMediaTrackingOff() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.RECEIPT_58_MM, PrintDensity.DPI_203).render(SampleLabels.coffee());

        String job = new String(PrinterLanguage.zpl().encode(label), StandardCharsets.US_ASCII);

        assertTrue(job.startsWith("^XA\n^MNN\n^PW384\n^LL320\n"), job.substring(0, 30));
    }
}
