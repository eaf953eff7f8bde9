package vn.xuatxu.label.layout;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.content.OcopStars;
import vn.xuatxu.label.content.RecordLabelContent;
import vn.xuatxu.label.serial.LabelSerial;

/**
 * QR on the left (top-aligned, scan prompt under it when there is room), text column on the right.
 *
 * <p>The layout is a search over candidates, best first: error-correction level (H, Q, M), then
 * text size profile (largest first), then module size (largest that fits the left half of the
 * label, down to 0.33 mm), then where the scan prompt goes. The first candidate where every text
 * block gets at least one line wins. Only when nothing fits at 0.33 mm does the QR grow into more
 * of the width, and only then do modules drop below 0.33 mm (to 2 dots, level M).
 *
 * <p>A unit label's serial gets its own line under the lot number ("Sê-ri: 7KQ2-MZ9D-X4HT5",
 * grouped when it is one of our {@link LabelSerial}s). It is never shortened or broken inside
 * — half a serial is worse than none — so within each stage the layout tries it on one line, then
 * the caption and the serial on two lines, then leaves it out; the serial is always in the QR code.
 *
 * <p>A label with an SMS check gets the line "SMS: XX 7KQ2MZ9D" in bold (or "SMS:" and the text on two
 * lines), also never shortened. It matters more than the printed serial — it is the only way a buyer
 * without a smartphone can verify the label — so the serial line is given up before the SMS line is, and
 * before the product name's second line: a printed serial is only kept with a two-line name profile.
 *
 * <p>Batches: an instance remembers (in bounded {@link RecentResults}) text widths, line breaks, ink
 * bounds and the thresholded dots of each drawn line. In a batch only the serial, SMS and QR change, so
 * from the second label on the static text is neither measured, broken nor rasterised again: the label
 * is the remembered dots of its static lines, the new lines' dots and the QR modules, OR-ed into a blank
 * bitmap. That is the same bitmap as drawing everything on one grey image and thresholding it, because
 * lines' ink never overlaps (the stacker keeps {@code lineGap} between them) and the QR is OR-ed after
 * thresholding in both cases.
 */
final class RasterLabelLayout implements LabelLayout {

    private static final double MIN_MODULE_MM = 0.33;
    private static final double MAX_MODULE_MM = 0.99;
    private static final int SMALLEST_MODULE_DOTS = 2;
    private static final double EDGE_MM = 1.0;
    private static final double LINE_GAP_MM = 0.25;
    private static final double MIN_TEXT_COLUMN_MM = 15.0;
    private static final int CAPTION_MAX_LINES_UNDER_QR = 3;
    private static final int CAPTION_MAX_LINES_IN_COLUMN = 2;
    /** Grey below this becomes a black dot: a little darker than 50 % so thin strokes survive on thermal paper. */
    private static final int BLACK_BELOW = 160;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Text sizes in mm (em) and line limits, tried in order. */
    private record TextProfile(double nameMm, int nameLines, double producerMm, int producerLines,
                               double detailMm, double captionMm) {
    }

    private static final List<TextProfile> PROFILES = List.of(
            new TextProfile(3.0, 2, 2.5, 2, 2.25, 2.25),
            new TextProfile(2.75, 2, 2.25, 1, 2.25, 2.0),
            new TextProfile(2.5, 2, 2.0, 1, 2.0, 2.0),
            new TextProfile(2.5, 1, 2.0, 1, 2.0, 2.0));

    /** A font at one size with its normal ascent and descent in dots. */
    private record Face(Font font, int ascent, int descent) {
    }

    /** Text to stack; a {@code whole} block is never shortened (the plan fails instead). */
    private record Block(String text, Face face, int maxLines, boolean whole) {
        Block(String text, Face face, int maxLines) {
            this(text, face, maxLines, false);
        }
    }

    /** A line of text at its final position; {@code area} is where its ink is allowed to be. */
    private record DrawnLine(String text, Font font, int x, int baseline, Rectangle area) {
    }

    private record Plan(QrSymbol symbol, int moduleDots, int qrTop, List<DrawnLine> lines) {
    }

    /** How a captioned code (serial, SMS check) is printed: with its caption on one line, on two lines, or not at all. */
    private enum SerialLine {
        ONE_LINE, TWO_LINES, NONE
    }

    private static final String SERIAL_CAPTION = "Sê-ri:";
    private static final String SMS_CAPTION = "SMS:";

    /** How the serial and the SMS check are printed, one candidate of the search. */
    private record Extras(SerialLine serial, SerialLine sms) {
    }

    private record Stage(List<QrErrorCorrection> levels, int side, int largestModule, int smallestModule) {
    }

    /** What the search needs of a label, whatever it is about: its QR, scan prompt, codes and text column. */
    private record Subject(String qrPayload, String scanPrompt, Optional<String> serial, Optional<String> smsCheck,
                           BiFunction<TextProfile, Extras, List<Block>> column) {
    }

    /**
     * How many answers each memory keeps: a batch's static text (used by every label, so never the eldest)
     * plus the last hundred or so labels' own serial and SMS lines; at most about 1 MB of line dots.
     */
    private static final int REMEMBERED = 1024;
    /** Extra dots around a line's pixel bounds when rasterising it alone, so no anti-aliased edge can be lost. */
    private static final int INK_MARGIN = 2;

    private record TextKey(String text, Font font) {
    }

    private record FitKey(String text, Font font, int boxWidth, int maxLines) {
    }

    private record InkKey(String text, Font font, int x) {
    }

    /** Vertical extent of a line's ink relative to its baseline. */
    private record Ink(int y, int height) {
    }

    private record LineKey(String text, Font font, int x, int baseline) {
    }

    /**
     * A drawn line's thresholded dots, packed like the label (MSB = leftmost dot) but only over the bytes
     * {@code firstByte .. firstByte + bytesWide - 1} of rows {@code top .. top + rows - 1}.
     */
    private record LineDots(Rectangle pixels, int firstByte, int bytesWide, int top, int rows, byte[] dots) {

        void burnInto(byte[] packed, int stride) {
            for (int r = 0; r < rows; r++) {
                int from = r * bytesWide;
                int to = (top + r) * stride + firstByte;
                for (int b = 0; b < bytesWide; b++) {
                    packed[to + b] |= dots[from + b];
                }
            }
        }
    }

    private final LabelStock stock;
    private final PrintDensity density;
    private final int width;
    private final int height;
    private final int edge;
    private final int lineGap;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<Double, Face> regularFaces;
    private final Map<Double, Face> boldFaces;
    private final RecentResults<TextKey, Measured> widths = new RecentResults<>(REMEMBERED);
    private final RecentResults<FitKey, TextFitter.Fitted> fits = new RecentResults<>(REMEMBERED);
    private final RecentResults<InkKey, Ink> inks = new RecentResults<>(REMEMBERED);
    private final RecentResults<LineKey, LineDots> lineDots = new RecentResults<>(REMEMBERED);

    RasterLabelLayout(LabelStock stock, PrintDensity density, LabelFonts fonts) {
        this.stock = stock;
        this.density = density;
        this.width = stock.widthDots(density);
        this.height = stock.heightDots(density);
        this.edge = density.dots(EDGE_MM);
        this.lineGap = Math.max(2, density.dots(LINE_GAP_MM));
        Map<Double, Face> regular = new TreeMap<>();
        Map<Double, Face> bold = new TreeMap<>();
        for (TextProfile p : PROFILES) {
            for (double mm : new double[] {p.nameMm(), p.producerMm(), p.detailMm(), p.captionMm()}) {
                regular.computeIfAbsent(mm, k -> face(fonts.regular(density.dots(k))));
                bold.computeIfAbsent(mm, k -> face(fonts.bold(density.dots(k))));
            }
        }
        this.regularFaces = Map.copyOf(regular);
        this.boldFaces = Map.copyOf(bold);
    }

    @Override
    public LabelStock stock() {
        return stock;
    }

    @Override
    public PrintDensity density() {
        return density;
    }

    @Override
    public LabelImage render(LabelContent content) throws LabelDoesNotFitException {
        return render(new Subject(content.qrPayload(), content.scanPrompt(), content.serial(), content.smsCheck(),
                (profile, extras) -> columnBlocks(content, profile, extras)));
    }

    @Override
    public LabelImage render(RecordLabelContent content) throws LabelDoesNotFitException {
        return render(new Subject(content.qrPayload(), content.scanPrompt(), Optional.empty(), Optional.empty(),
                (profile, extras) -> recordBlocks(content, profile)));
    }

    private LabelImage render(Subject subject) throws LabelDoesNotFitException {
        Plan plan = plan(subject).orElseThrow(() -> new LabelDoesNotFitException(stock, density,
                "the QR code for a " + subject.qrPayload().length()
                        + "-character link does not fit at error correction M with "
                        + SMALLEST_MODULE_DOTS + "-dot modules; use a larger stock or a shorter link"));
        return draw(plan);
    }

    private Optional<Plan> plan(Subject content) {
        List<SerialLine> serialLines = content.serial().isPresent()
                ? List.of(SerialLine.ONE_LINE, SerialLine.TWO_LINES, SerialLine.NONE) : List.of(SerialLine.NONE);
        List<SerialLine> smsLines = content.smsCheck().isPresent()
                ? List.of(SerialLine.ONE_LINE, SerialLine.TWO_LINES) : List.of(SerialLine.NONE);
        List<Extras> extrasOptions = new ArrayList<>();
        for (SerialLine serial : serialLines) {
            for (SerialLine sms : smsLines) {
                extrasOptions.add(new Extras(serial, sms));
            }
        }
        if (content.smsCheck().isPresent()) {
            extrasOptions.add(new Extras(SerialLine.NONE, SerialLine.NONE));
        }
        int minModule = (int) Math.ceil(MIN_MODULE_MM * density.dotsPerMm() - 1e-9);
        int maxModule = Math.max(minModule, (int) Math.floor(MAX_MODULE_MM * density.dotsPerMm()));
        int halfSide = Math.min(height, width / 2);
        int wideSide = Math.min(height, width - density.dots(MIN_TEXT_COLUMN_MM) - edge);
        List<Stage> stages = List.of(
                new Stage(List.of(QrErrorCorrection.H, QrErrorCorrection.Q, QrErrorCorrection.M),
                        halfSide, maxModule, minModule),
                new Stage(List.of(QrErrorCorrection.M), wideSide, maxModule, minModule),
                new Stage(List.of(QrErrorCorrection.M), wideSide, minModule - 1, SMALLEST_MODULE_DOTS));
        Map<QrErrorCorrection, Optional<QrSymbol>> symbols = new EnumMap<>(QrErrorCorrection.class);
        for (Stage stage : stages) {
            for (Extras extras : extrasOptions) {
                Optional<Plan> plan = plan(content, stage, extras, symbols);
                if (plan.isPresent()) {
                    return plan;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> plan(Subject content, Stage stage, Extras extras,
                                Map<QrErrorCorrection, Optional<QrSymbol>> symbols) {
        for (QrErrorCorrection level : stage.levels()) {
            Optional<QrSymbol> encoded = symbols.computeIfAbsent(level, l -> QrSymbol.encode(content.qrPayload(), l));
            if (encoded.isEmpty()) {
                continue;
            }
            QrSymbol symbol = encoded.get();
            int fitting = Math.min(stage.largestModule(), stage.side() / symbol.modulesWithQuietZone());
            for (TextProfile profile : PROFILES) {
                if (extras.serial() != SerialLine.NONE && profile.nameLines() < 2) {
                    continue;
                }
                for (int module = fitting; module >= stage.smallestModule(); module--) {
                    Optional<Plan> plan = tryPlan(content, symbol, module, profile, extras);
                    if (plan.isPresent()) {
                        return plan;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> tryPlan(Subject content, QrSymbol symbol, int module, TextProfile profile,
                                   Extras extras) {
        int block = symbol.modulesWithQuietZone() * module;
        int textLeft = block;
        int textWidth = width - edge - textLeft;
        if (block > height || textWidth < density.dots(MIN_TEXT_COLUMN_MM)) {
            return Optional.empty();
        }
        List<Block> column = content.column().apply(profile, extras);
        Face captionFace = regularFaces.get(profile.captionMm());
        int captionWidth = block - 2 * edge;
        Optional<List<DrawnLine>> columnLines = stack(column, textLeft, textWidth, edge, false);
        // 1. Prompt under the QR, complete.
        if (columnLines.isPresent()) {
            for (int lines = 1; lines <= CAPTION_MAX_LINES_UNDER_QR; lines++) {
                Block caption = new Block(content.scanPrompt(), captionFace, lines);
                if (!fit(caption.text(), captionFace, captionWidth, lines).shortened()) {
                    Optional<List<DrawnLine>> under = stack(List.of(caption), edge, captionWidth, block, true);
                    if (under.isPresent()) {
                        return Optional.of(new Plan(symbol, module, 0, concat(columnLines.get(), under.get())));
                    }
                    break;
                }
            }
        }
        // 2. Prompt at the end of the text column, QR centred vertically.
        List<Block> withPrompt = new ArrayList<>(column);
        withPrompt.add(new Block(content.scanPrompt(), captionFace, CAPTION_MAX_LINES_IN_COLUMN));
        Optional<List<DrawnLine>> all = stack(withPrompt, textLeft, textWidth, edge, false);
        if (all.isPresent()) {
            return Optional.of(new Plan(symbol, module, (height - block) / 2, all.get()));
        }
        // 3. Prompt under the QR, shortened.
        if (columnLines.isPresent()) {
            for (int lines = CAPTION_MAX_LINES_UNDER_QR; lines >= 1; lines--) {
                Optional<List<DrawnLine>> under = stack(
                        List.of(new Block(content.scanPrompt(), captionFace, lines)), edge, captionWidth, block, true);
                if (under.isPresent()) {
                    return Optional.of(new Plan(symbol, module, 0, concat(columnLines.get(), under.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static List<DrawnLine> concat(List<DrawnLine> first, List<DrawnLine> second) {
        List<DrawnLine> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private List<Block> columnBlocks(LabelContent content, TextProfile profile, Extras extras) {
        Face detail = regularFaces.get(profile.detailMm());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(content.productName(), boldFaces.get(profile.nameMm()), profile.nameLines()));
        blocks.add(new Block(content.producerName(), regularFaces.get(profile.producerMm()),
                profile.producerLines()));
        blocks.add(new Block("Lô: " + content.lotNumber(), detail, 2));
        if (content.serial().isPresent()) {
            String serial = readable(content.serial().get());
            addCaptioned(blocks, SERIAL_CAPTION, serial, detail, extras.serial());
        }
        content.smsCheck().ifPresent(sms ->
                addCaptioned(blocks, SMS_CAPTION, sms, boldFaces.get(profile.detailMm()), extras.sms()));
        blocks.add(new Block("NSX: " + DATE.format(content.productionDate()), detail, 1));
        content.bestBefore().ifPresent(d -> blocks.add(new Block("HSD: " + DATE.format(d), detail, 1)));
        // Two lines: shortening "Khối lượng tịnh: 500 g" would drop the quantity, the part that matters.
        content.netContent().ifPresent(n -> blocks.add(new Block(keepQuantityTogether(n), detail, 2)));
        if (content.ocopStars() != OcopStars.NONE) {
            blocks.add(new Block("OCOP " + "★".repeat(content.ocopStars().count()),
                    boldFaces.get(profile.detailMm()), 1));
        }
        return blocks;
    }

    /** A record label's column: the title in the name face, then each line, in order of importance. */
    private List<Block> recordBlocks(RecordLabelContent content, TextProfile profile) {
        Face detail = regularFaces.get(profile.detailMm());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(content.title(), boldFaces.get(profile.nameMm()), profile.nameLines()));
        for (RecordLabelContent.Line line : content.lines()) {
            blocks.add(new Block(line.text(), detail, line.whole() ? 1 : 2, line.whole()));
        }
        return blocks;
    }

    private static void addCaptioned(List<Block> blocks, String caption, String text, Face face, SerialLine how) {
        switch (how) {
            case ONE_LINE -> blocks.add(new Block(caption + " " + text, face, 1, true));
            case TWO_LINES -> {
                blocks.add(new Block(caption, face, 1, true));
                blocks.add(new Block(text, face, 1, true));
            }
            case NONE -> {
            }
        }
    }

    /** Our own serials in groups of four and five (easier to read out and type); any other serial as it is. */
    private static String readable(String serial) {
        try {
            return new LabelSerial(serial).grouped();
        } catch (IllegalArgumentException notOurs) {
            return serial;
        }
    }

    /** "500 g" must not break between number and unit: join them with a no-break space. */
    static String keepQuantityTogether(String text) {
        return text.replaceAll("(\\d) (?=\\p{L})", "$1\u00A0");
    }

    /**
     * Stacks blocks top-down from {@code top} to the bottom margin; empty if they do not all fit.
     *
     * <p>Lines sit at the font's normal line pitch, pushed down only where a tall letter (Ẫ, Ỗ:
     * stacked marks above a capital) would come within {@code lineGap} of the ink of the line
     * above. Placement uses the exact pixel bounds of each drawn line, so lines never touch.
     */
    private Optional<List<DrawnLine>> stack(List<Block> blocks, int left, int boxWidth, int top, boolean centred) {
        int bottom = height - edge;
        List<DrawnLine> lines = new ArrayList<>();
        int inkFloor = top;
        int minBaseline = Integer.MIN_VALUE;
        for (Block block : blocks) {
            Face face = block.face();
            TextFitter.Fitted fitted = fit(block.text(), face, boxWidth, block.maxLines());
            if (fitted.lines().isEmpty() || (block.whole() && fitted.shortened())) {
                return Optional.empty();
            }
            for (String text : fitted.lines()) {
                Measured measured = measure(text, face.font());
                int x = left + measured.offset() + (centred ? (boxWidth - measured.width()) / 2 : 0);
                Ink ink = inks.get(new InkKey(text, face.font(), x), k -> {
                    Rectangle bounds = new TextLayout(k.text(), k.font(), frc).getPixelBounds(frc, k.x(), 0);
                    return new Ink(bounds.y, bounds.height);
                });
                int baseline = Math.max(inkFloor - ink.y,
                        Math.max(minBaseline + face.ascent(), top + face.ascent()));
                int inkBottom = baseline + ink.y + ink.height;
                if (inkBottom > bottom) {
                    return Optional.empty();
                }
                lines.add(new DrawnLine(text, face.font(), x, baseline,
                        new Rectangle(left, inkFloor, boxWidth, bottom - inkFloor)));
                inkFloor = inkBottom + lineGap;
                minBaseline = baseline + face.descent() + lineGap;
            }
        }
        return Optional.of(lines);
    }

    private TextFitter.Fitted fit(String text, Face face, int boxWidth, int maxLines) {
        return fits.get(new FitKey(text, face.font(), boxWidth, maxLines),
                k -> new TextFitter(k.boxWidth(), s -> measure(s, k.font()).width()).fit(k.text(), k.maxLines()));
    }

    /** Drawn width of a string and the x offset that keeps a negative left bearing inside the box. */
    private record Measured(int width, int offset) {
    }

    private Measured measure(String text, Font font) {
        if (text.isEmpty()) {
            return new Measured(0, 0);
        }
        return widths.get(new TextKey(text, font), k -> measureAnew(k.text(), k.font()));
    }

    private Measured measureAnew(String text, Font font) {
        TextLayout layout = new TextLayout(text, font, frc);
        Rectangle2D bounds = layout.getBounds();
        int offset = (int) Math.ceil(Math.max(0, -bounds.getMinX()));
        int right = (int) Math.ceil(Math.max(layout.getAdvance(), bounds.getMaxX()));
        return new Measured(offset + right + 1, offset);
    }

    private Face face(Font font) {
        LineMetrics metrics = font.getLineMetrics("Ả", frc);
        return new Face(font, (int) Math.ceil(metrics.getAscent()), (int) Math.ceil(metrics.getDescent()));
    }

    private LabelImage draw(Plan plan) {
        int stride = LabelImage.bytesPerRow(width);
        byte[] packed = new byte[stride * height];
        List<String> texts = new ArrayList<>();
        for (DrawnLine line : plan.lines()) {
            LineDots dots = lineDots.get(new LineKey(line.text(), line.font(), line.x(), line.baseline()),
                    this::rasterise);
            // Invariant, not an input check: the fitter and the stacker must never let a glyph leave its area.
            if (!line.area().contains(dots.pixels()) || !new Rectangle(0, 0, width, height).contains(line.area())) {
                throw new IllegalStateException("layout bug: \"" + line.text() + "\" drawn at " + dots.pixels()
                        + " outside its area " + line.area() + " on " + stock + " at " + density.dpi() + " dpi");
            }
            dots.burnInto(packed, stride);
            texts.add(line.text());
        }
        QrSymbol symbol = plan.symbol();
        int m = plan.moduleDots();
        int qrX = QrPlacement.QUIET_ZONE_MODULES * m;
        int qrY = plan.qrTop() + QrPlacement.QUIET_ZONE_MODULES * m;
        byte[] dotRow = new byte[stride];
        for (int my = 0; my < symbol.modules(); my++) {
            // One dot row of this module row, then OR-ed into the module's m rows of dots.
            Arrays.fill(dotRow, (byte) 0);
            for (int mx = 0; mx < symbol.modules(); mx++) {
                if (symbol.isDark(mx, my)) {
                    for (int x = qrX + mx * m; x < qrX + (mx + 1) * m; x++) {
                        dotRow[x >>> 3] |= (byte) (0x80 >>> (x & 7));
                    }
                }
            }
            for (int y = qrY + my * m; y < qrY + (my + 1) * m; y++) {
                for (int b = 0; b < stride; b++) {
                    packed[y * stride + b] |= dotRow[b];
                }
            }
        }
        QrPlacement placement = new QrPlacement(qrX, qrY, m, symbol.modules(), symbol.version(),
                symbol.errorCorrection());
        return new LabelImage(stock, density, width, height, packed, placement, texts);
    }

    /** One line drawn alone on a white grey image just larger than its ink, thresholded as the whole label was. */
    private LineDots rasterise(LineKey line) {
        Rectangle pixels = new TextLayout(line.text(), line.font(), frc).getPixelBounds(frc, line.x(), line.baseline());
        int left = Math.max(0, pixels.x - INK_MARGIN);
        int top = Math.max(0, pixels.y - INK_MARGIN);
        int right = Math.min(width, pixels.x + pixels.width + INK_MARGIN);
        int bottom = Math.min(height, pixels.y + pixels.height + INK_MARGIN);
        if (right <= left || bottom <= top) {
            return new LineDots(pixels, 0, 0, 0, 0, new byte[0]);
        }
        int w = right - left;
        int h = bottom - top;
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(line.font());
            g.drawString(line.text(), line.x() - left, line.baseline() - top);
        } finally {
            g.dispose();
        }
        byte[] greyDots = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int firstByte = left >>> 3;
        int bytesWide = ((right - 1) >>> 3) - firstByte + 1;
        byte[] dots = new byte[bytesWide * h];
        for (int y = 0; y < h; y++) {
            for (int x = left; x < right; x++) {
                if ((greyDots[y * w + x - left] & 0xFF) < BLACK_BELOW) {
                    dots[y * bytesWide + (x >>> 3) - firstByte] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return new LineDots(pixels, firstByte, bytesWide, top, h, dots);
    }
}
