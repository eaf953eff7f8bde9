package vn.xuatxu.label.benchmark;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.OcopStars;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.pdf.LabelPdf;
import vn.xuatxu.label.serial.LabelSerialGenerator;

/**
 * Unit labels (50x30 mm, 203 dpi, a different serial and so a different QR code on every label)
 * rendered and encoded per second, per output format, single-threaded; beside ZXing's own rate for
 * encoding the same kind of URI into a QR bit matrix. Each operation is one whole label: layout,
 * text, QR, 1-bit raster and the format's encoding. Not part of the test run; see
 * docs/performance.md for the command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class LabelThroughputBenchmark {

    private static final int DISTINCT_LABELS = 512;
    /** Labels per batch in {@link #zplBatch}: a typical print run of one lot. */
    private static final int BATCH = 100;

    private final LabelLayout layout = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
    private final PrinterLanguage zpl = PrinterLanguage.zpl();
    private final PrinterLanguage tspl = PrinterLanguage.tspl();
    private final PrinterLanguage escPos = PrinterLanguage.escPos();
    private final LabelPdf pdf = LabelPdf.pagePerLabel();
    private final QRCodeWriter qrWriter = new QRCodeWriter();
    private final Map<EncodeHintType, Object> qrHints = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);
    private LabelContent[] contents;
    private int next;

    @Setup
    public void createDistinctUnitLabels() {
        LabelSerialGenerator serials = LabelSerialGenerator.secure();
        contents = new LabelContent[DISTINCT_LABELS];
        for (int i = 0; i < contents.length; i++) {
            String serial = serials.next().value();
            contents[i] = LabelContent.builder()
                    .qrPayload("https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/" + serial
                            + "?17=271231")
                    .productName("Cà phê Arabica Mường Ảng rang xay")
                    .producerName("HTX Cà phê Mường Ảng")
                    .lotNumber("L2026-001")
                    .serial(serial)
                    .productionDate(LocalDate.of(2026, 11, 23))
                    .bestBefore(LocalDate.of(2027, 12, 31))
                    .netContent("500 g")
                    .ocopStars(OcopStars.FOUR)
                    .build();
        }
    }

    private LabelContent nextContent() {
        LabelContent content = contents[next];
        next = (next + 1) % contents.length;
        return content;
    }

    private LabelImage render() throws LabelDoesNotFitException {
        return layout.render(nextContent());
    }

    @Benchmark
    public LabelImage renderOnly() throws LabelDoesNotFitException {
        return render();
    }

    @Benchmark
    public byte[] png() throws LabelDoesNotFitException {
        return render().toPng();
    }

    @Benchmark
    public byte[] zpl() throws LabelDoesNotFitException {
        return zpl.encode(render());
    }

    /**
     * A whole batch the way the server prints one (LabelBatches.render): a new layout for the batch,
     * then every label rendered on it and encoded. Scored per label, so it is comparable to {@link #zpl};
     * it includes the first label's cold start, which {@link #zpl}'s long-lived layout has behind it.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int zplBatch() throws LabelDoesNotFitException {
        LabelLayout batchLayout = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
        int bytes = 0;
        for (int i = 0; i < BATCH; i++) {
            bytes += zpl.encode(batchLayout.render(nextContent())).length;
        }
        return bytes;
    }

    @Benchmark
    public byte[] tspl() throws LabelDoesNotFitException {
        return tspl.encode(render());
    }

    @Benchmark
    public byte[] escPos() throws LabelDoesNotFitException {
        return escPos.encode(render());
    }

    @Benchmark
    public byte[] pdf() throws LabelDoesNotFitException {
        return pdf.toBytes(List.of(render()));
    }

    /** ZXing alone: the same URI to a QR bit matrix (ECC M, 4-module margin), no label. */
    @Benchmark
    public BitMatrix zxingQrEncode() throws Exception {
        return qrWriter.encode(nextContent().qrPayload(), BarcodeFormat.QR_CODE, 0, 0, qrHints);
    }

    /** ZXing alone at the level the 50x30 mm label prints (H), mask search included: the QR work a label replaces. */
    @Benchmark
    public QRCode zxingQrEncodeLevelH() throws Exception {
        return Encoder.encode(nextContent().qrPayload(), ErrorCorrectionLevel.H);
    }
}
