package vn.xuatxu.api.printing.domain;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.pdf.LabelPdf;
import vn.xuatxu.label.pdf.SheetGrid;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The files labels are downloaded as, and the label sizes and densities a request may name: one place for the
 * choices and their Vietnamese refusals, shared by product label batches and kitchen sample labels.
 */
public enum LabelOutput {
    PDF("application/pdf", "pdf"),
    PDF_A4("application/pdf", "pdf"),
    PNG("image/png", "png"),
    ZPL(LabelOutput.PRINTER_JOB, "zpl"),
    TSPL(LabelOutput.PRINTER_JOB, "tspl"),
    ESCPOS(LabelOutput.PRINTER_JOB, "escpos");

    /** Raw bytes for a printer's own language, to send to port 9100 or a print agent. */
    public static final String PRINTER_JOB = "application/vnd.xuatxu.printer-job";

    private final String contentType;
    private final String extension;

    LabelOutput(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The labels in this form; PNG takes exactly one label. */
    public byte[] render(List<LabelImage> labels, LabelStock stock) {
        return switch (this) {
            case PDF -> LabelPdf.pagePerLabel().toBytes(labels);
            case PDF_A4 -> LabelPdf.sheets(SheetGrid.a4(stock)).toBytes(labels);
            case PNG -> {
                if (labels.size() != 1) {
                    throw new ProblemException.InvalidInput("format", PageText.of("printing.error.pngOneLabel"));
                }
                yield labels.get(0).toPng();
            }
            case ZPL, TSPL, ESCPOS -> {
                PrinterLanguage language = PrinterLanguage.named(extension);
                ByteArrayOutputStream job = new ByteArrayOutputStream();
                labels.forEach(label -> job.writeBytes(language.encode(label)));
                yield job.toByteArray();
            }
        };
    }

    /** A format by the name used in URLs ({@code pdf}, {@code pdf-a4}, {@code png}, {@code zpl}, {@code tspl}, {@code escpos}). */
    public static LabelOutput named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (LabelOutput output : values()) {
            if (output.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)) {
                return output;
            }
        }
        throw new ProblemException.InvalidInput("format",
                PageText.of("printing.error.format", name));
    }

    public static LabelStock stock(String name) {
        try {
            return LabelStock.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("stock", PageText.of("printing.error.stock", name));
        }
    }

    public static PrintDensity density(int dpi) {
        return switch (dpi) {
            case 203 -> PrintDensity.DPI_203;
            case 300 -> PrintDensity.DPI_300;
            default -> throw new ProblemException.InvalidInput("dpi", PageText.of("printing.printers.error.dpi"));
        };
    }
}
