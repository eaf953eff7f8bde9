package vn.xuatxu.label.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import vn.xuatxu.label.agent.PrintAgent;
import vn.xuatxu.label.agent.PullAgent;
import vn.xuatxu.label.agent.PullSettings;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.pdf.LabelPdf;
import vn.xuatxu.label.transport.PrinterException;
import vn.xuatxu.label.transport.PrinterTransport;
import vn.xuatxu.label.transport.Timeouts;

/**
 * {@code java -jar label-printer.jar render|print|agent|serve …}: one jar for the office PC, the Raspberry Pi
 * beside the printer and scripts. Exit codes: 0 done, 2 bad usage, 3 the printer failed, 4 the label does not fit.
 */
public final class LabelPrinterCommand {

    static final String USAGE = """
            usage:
              render --uri URI --title TEXT [--line PRODUCER] [--line NET_CONTENT] [--lot LOT] [--produced YYYY-MM-DD]
                     [--best-before YYYY-MM-DD] [--ocop 3|4|5] [--serial SERIAL] [--size 50x30] [--dpi 203|300]
                     --format zpl|tspl|escpos|png|pdf --out FILE [--copies N]
              print  (the same label options) --format zpl|tspl|escpos --printer tcp://HOST:9100|file:/dev/usb/lp0|cups:QUEUE
              agent  --server https://SERVER --token TOKEN (or XUATXU_AGENT_TOKEN) --printer … [--journal FILE]
              serve  --printer … --language zpl|tspl|escpos --token TOKEN [--port 9180]   (jobs pushed over HTTP)
            sizes: 40x30, 50x30, 60x40, 58mm (receipt)""";

    private static final Set<String> LABEL_KEYS = Set.of("uri", "title", "line", "lot", "produced", "best-before",
            "ocop", "serial", "size", "dpi", "format", "out", "copies", "printer");

    private final PrintStream out;
    private final PrintStream err;

    LabelPrinterCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        int code = new LabelPrinterCommand(System.out, System.err).run(args);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; a negative result means a long-running agent was started and keeps the JVM alive. */
    int run(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "render" -> render(options(rest), false);
                case "print" -> render(options(rest), true);
                case "agent" -> agent(rest);
                case "serve" -> {
                    PrintAgent.main(rest);
                    yield -1;
                }
                default -> {
                    if (args[0].startsWith("--")) { // the jar's main class used to be the HTTP agent
                        PrintAgent.main(args);
                        yield -1;
                    }
                    throw new IllegalArgumentException("unknown command: " + args[0]);
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("label-printer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private int render(Map<String, List<String>> options, boolean print) throws IOException {
        String format = one(options, "format", print ? null : "png").toLowerCase(Locale.ROOT);
        LabelStock stock = stock(one(options, "size", "50x30"));
        PrintDensity density = switch (one(options, "dpi", "203")) {
            case "203" -> PrintDensity.DPI_203;
            case "300" -> PrintDensity.DPI_300;
            default -> throw new IllegalArgumentException("--dpi must be 203 or 300");
        };
        int copies = integer(one(options, "copies", "1"), "--copies");
        List<String> lines = options.getOrDefault("line", List.of());
        LabelContent.Builder content = LabelContent.builder()
                .qrPayload(one(options, "uri", null))
                .productName(one(options, "title", null))
                .producerName(lines.isEmpty() ? one(options, "line", null) : lines.get(0))
                .lotNumber(one(options, "lot", "-"))
                .productionDate(date(one(options, "produced", LocalDate.now().toString()), "--produced"));
        if (lines.size() > 1) {
            content.netContent(lines.get(1));
        }
        if (options.containsKey("best-before")) {
            content.bestBefore(date(one(options, "best-before", null), "--best-before"));
        }
        if (options.containsKey("ocop")) {
            content.ocopStars(integer(one(options, "ocop", null), "--ocop"));
        }
        if (options.containsKey("serial")) {
            content.serial(one(options, "serial", null));
        }
        LabelImage label;
        try {
            label = LabelLayout.of(stock, density).render(content.build());
        } catch (LabelDoesNotFitException e) {
            err.println("label-printer: " + e.getMessage());
            return 4;
        }
        byte[] bytes = switch (format) {
            case "png" -> label.toPng();
            case "pdf" -> LabelPdf.pagePerLabel().toBytes(java.util.Collections.nCopies(copies, label));
            case "zpl", "tspl", "escpos" -> PrinterLanguage.named(format).encode(label, copies);
            default -> throw new IllegalArgumentException("--format must be zpl, tspl, escpos, png or pdf");
        };
        if (!print) {
            Path target = Path.of(one(options, "out", null));
            Files.write(target, bytes);
            out.println("wrote " + target + " (" + bytes.length + " bytes, " + stock + " at " + density.dpi() + " dpi)");
            return 0;
        }
        if (format.equals("png") || format.equals("pdf")) {
            throw new IllegalArgumentException("print needs a printer language: --format zpl, tspl or escpos");
        }
        PrinterTransport printer = PrinterTransport.parse(one(options, "printer", null), Timeouts.defaults());
        try {
            printer.send(bytes);
        } catch (PrinterException e) {
            err.println("label-printer: " + e.failure() + ": " + e.getMessage());
            return 3;
        }
        out.println("sent " + copies + " label(s) to " + printer.target());
        return 0;
    }

    private int agent(String[] args) throws IOException, InterruptedException {
        PullSettings settings = PullSettings.fromCommandLine(args, System.getenv());
        PullAgent agent = PullAgent.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
        }, "print-agent-shutdown"));
        out.println("Xuất Xứ print agent: asking " + settings.server() + " for jobs → " + settings.printer().target()
                + " (journal " + settings.journal().toAbsolutePath() + ")");
        stopped.await();
        return 0;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            String key = args[i].substring(2);
            if (!LABEL_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown option: --" + key);
            }
            options.computeIfAbsent(key, k -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String key, String fallback) {
        List<String> values = options.get(key);
        if (values == null || values.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + key + " is required");
            }
            return fallback;
        }
        return values.get(values.size() - 1);
    }

    private static LabelStock stock(String size) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            case "40x30" -> LabelStock.MM_40_X_30;
            case "50x30" -> LabelStock.MM_50_X_30;
            case "60x40" -> LabelStock.MM_60_X_40;
            case "58mm", "58" -> LabelStock.RECEIPT_58_MM;
            default -> throw new IllegalArgumentException("--size must be 40x30, 50x30, 60x40 or 58mm");
        };
    }

    private static LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2026-12-07, was " + value, e);
        }
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value, e);
        }
    }
}
