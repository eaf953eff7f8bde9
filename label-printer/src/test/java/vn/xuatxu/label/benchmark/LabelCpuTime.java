package vn.xuatxu.label.benchmark;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.OcopStars;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;

/**
 * The same work as {@link LabelThroughputBenchmark} (50x30 mm unit labels at 203 dpi, a new serial on every
 * label, and ZXing encoding the same URIs), scored in labels per second of the measuring thread's own CPU time.
 *
 * <p>Why beside JMH: on the shared 2-core build machine other sessions' builds keep the load average at 10–20,
 * so wall-clock throughput mostly measures the scheduler (JMH's error bars were wider than its scores). A single
 * thread's CPU time is what "labels per second on one core" means, and it moves far less with the load. Not a
 * test; run by hand (docs/performance.md): {@code java ... vn.xuatxu.label.benchmark.LabelCpuTime [seconds]}.
 */
public final class LabelCpuTime {

    private static final int DISTINCT = 2048;
    private static final int BATCH = 100;

    private LabelCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        LabelContent[] labels = labels();
        PrinterLanguage zpl = PrinterLanguage.zpl();
        PrinterLanguage tspl = PrinterLanguage.tspl();
        LabelLayout layout = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
        QRCodeWriter writer = new QRCodeWriter();
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 4);
        Map<String, Work> works = new LinkedHashMap<>();
        works.put("baseline: ZXing QR encode, level M (QRCodeWriter)",
                i -> writer.encode(labels[i % DISTINCT].qrPayload(), BarcodeFormat.QR_CODE, 0, 0, hints));
        works.put("baseline: ZXing QR encode, level H (Encoder)",
                i -> Encoder.encode(labels[i % DISTINCT].qrPayload(), ErrorCorrectionLevel.H));
        works.put("renderOnly", i -> layout.render(labels[i % DISTINCT]));
        works.put("zpl", i -> zpl.encode(layout.render(labels[i % DISTINCT])));
        works.put("tspl", i -> tspl.encode(layout.render(labels[i % DISTINCT])));
        LabelLayout[] batchLayout = new LabelLayout[1];
        works.put("zplBatch (new layout every " + BATCH + " labels)", i -> {
            if (i % BATCH == 0) {
                batchLayout[0] = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);
            }
            zpl.encode(batchLayout[0].render(labels[i % DISTINCT]));
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            for (Map.Entry<String, Work> work : works.entrySet()) {
                run(work.getValue(), threads, seconds); // warm-up
                double perSecond = run(work.getValue(), threads, seconds);
                System.out.printf("round %d  %-52s %8.0f labels per CPU-second%n", round, work.getKey(), perSecond);
            }
        }
    }

    /** Runs the work for about {@code seconds} of this thread's CPU time, in whole batches; labels per CPU-second. */
    private static double run(Work work, ThreadMXBean threads, int seconds) throws Exception {
        long start = threads.getCurrentThreadCpuTime();
        long budget = seconds * 1_000_000_000L;
        int done = 0;
        while (threads.getCurrentThreadCpuTime() - start < budget) {
            for (int i = 0; i < BATCH; i++) {
                work.label(done++);
            }
        }
        return done / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private interface Work {
        void label(int i) throws Exception;
    }

    private static LabelContent[] labels() {
        Random random = new Random(20261207);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        LabelContent[] labels = new LabelContent[DISTINCT];
        for (int i = 0; i < labels.length; i++) {
            StringBuilder serial = new StringBuilder();
            for (int c = 0; c < 13; c++) {
                serial.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            labels[i] = LabelContent.builder()
                    .qrPayload("https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/" + serial
                            + "?17=271231")
                    .productName("Cà phê Arabica Mường Ảng rang xay")
                    .producerName("HTX Cà phê Mường Ảng")
                    .lotNumber("L2026-001")
                    .serial(serial.toString())
                    .productionDate(LocalDate.of(2026, 11, 23))
                    .bestBefore(LocalDate.of(2027, 12, 31))
                    .netContent("500 g")
                    .ocopStars(OcopStars.FOUR)
                    .build();
        }
        return labels;
    }
}
