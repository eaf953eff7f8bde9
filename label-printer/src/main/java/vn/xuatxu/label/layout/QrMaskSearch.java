package vn.xuatxu.label.layout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Chooses a QR symbol's mask the way ZXing does, in a fraction of the time, and returns the same modules.
 *
 * <p>Why: every unit label has its own QR code, and ZXing's encoder spends most of its time choosing the
 * mask — it lays out the whole symbol eight times (once per mask) and scores each layout module by module
 * with the standard's four penalty rules. Here ZXing encodes the payload once, with mask 0 forced; the other
 * seven candidates differ from that symbol only in the data modules (another mask pattern XOR-ed over them)
 * and in the 15 format-information modules (which name the mask), so each is derived from the first with a
 * few word operations per row, and scored with the same rules and weights as ZXing on rows and columns held
 * as 64-bit words (a symbol up to version 11, 61 modules, fits a word; larger symbols, far beyond what a
 * label carries, go to ZXing's own search). The lowest score wins, the lower mask on a tie, as in ZXing.
 *
 * <p>The result is the symbol ZXing would have produced: {@code QrMaskSearchTest} compares the chosen mask and
 * every module with ZXing's own encoder over hundreds of payloads, all three levels and versions 1 to 20+.
 */
final class QrMaskSearch {

    /** A chosen symbol: modules row by row, 1 = dark. */
    record Symbol(byte[] modules, int size, int version, int mask) {
    }

    private static final int MASKS = 8;
    private static final int WORD = 64;
    private static final int LARGEST_FAST_VERSION = (WORD - 17) / 4;
    private static final int REFERENCE_SIZE = 21;
    /** Penalty weights of the standard (ISO/IEC 18004 §7.8.3), as ZXing applies them. */
    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    /** Mask patterns as words: {@code MASK_ROWS[k][y]} bit x, and its transpose {@code MASK_COLUMNS[k][x]} bit y. */
    private static final long[][] MASK_ROWS = new long[MASKS][WORD];
    private static final long[][] MASK_COLUMNS = new long[MASKS][WORD];
    /**
     * The data modules of each version up to 11, row y as a word (bit x set: module (x, y) carries data). The
     * function patterns are symmetric about the diagonal, so the same words serve as columns.
     */
    private static final long[][] DATA = new long[LARGEST_FAST_VERSION + 1][];
    /**
     * A version-1 symbol for each level and mask, from ZXing: format information depends only on the level and
     * the mask, and its 15 modules sit at the same places relative to the corners in every version.
     */
    private static final Map<QrErrorCorrection, byte[][]> FORMAT_REFERENCE = new EnumMap<>(QrErrorCorrection.class);

    static {
        for (int k = 0; k < MASKS; k++) {
            for (int y = 0; y < WORD; y++) {
                for (int x = 0; x < WORD; x++) {
                    if (maskBit(k, x, y)) {
                        MASK_ROWS[k][y] |= 1L << x;
                        MASK_COLUMNS[k][x] |= 1L << y;
                    }
                }
            }
        }
        for (int version = 1; version <= LARGEST_FAST_VERSION; version++) {
            int size = 17 + 4 * version;
            boolean[] data = dataModules(size, version);
            DATA[version] = new long[size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (data[y * size + x]) {
                        DATA[version][y] |= 1L << x;
                    }
                }
            }
        }
        for (QrErrorCorrection level : QrErrorCorrection.values()) {
            byte[][] perMask = new byte[MASKS][];
            for (int mask = 0; mask < MASKS; mask++) {
                try {
                    perMask[mask] = flatten(encodeWithMask("1", level, mask, 1).getMatrix());
                } catch (WriterException e) {
                    throw new IllegalStateException("a one-digit payload always fits version 1", e);
                }
            }
            FORMAT_REFERENCE.put(level, perMask);
        }
    }

    private QrMaskSearch() {
    }

    /**
     * The symbol for the payload at this level: the smallest version that holds it, ZXing's mask choice.
     *
     * @throws WriterException if the payload does not fit any version at this level
     */
    static Symbol encode(String payload, QrErrorCorrection level) throws WriterException {
        QRCode first = encodeWithMask(payload, level, 0, 0);
        int size = first.getMatrix().getWidth();
        int version = first.getVersion().getVersionNumber();
        if (version > LARGEST_FAST_VERSION) {
            QRCode zxing = Encoder.encode(payload, ErrorCorrectionLevel.valueOf(level.name()), Map.of());
            return new Symbol(flatten(zxing.getMatrix()), size, version, zxing.getMaskPattern());
        }
        byte[][] matrix = first.getMatrix().getArray();
        long[] rowsZero = new long[size];
        long[] columnsZero = new long[size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix[y][x] == 1) {
                    rowsZero[y] |= 1L << x;
                    columnsZero[x] |= 1L << y;
                }
            }
        }
        int[] format = formatModules(size);
        long[] rows = new long[size];
        long[] columns = new long[size];
        long[] bestRows = rowsZero;
        int bestMask = 0;
        int bestPenalty = penalty(rowsZero, columnsZero, size);
        for (int mask = 1; mask < MASKS; mask++) {
            long[] data = DATA[version];
            for (int i = 0; i < size; i++) {
                rows[i] = rowsZero[i] ^ (data[i] & (MASK_ROWS[0][i] ^ MASK_ROWS[mask][i]));
                columns[i] = columnsZero[i] ^ (data[i] & (MASK_COLUMNS[0][i] ^ MASK_COLUMNS[mask][i]));
            }
            byte[] reference = FORMAT_REFERENCE.get(level)[mask];
            for (int i = 0; i < format.length; i += 4) {
                long on = reference[format[i + 3] * REFERENCE_SIZE + format[i + 2]];
                int x = format[i];
                int y = format[i + 1];
                rows[y] = rows[y] & ~(1L << x) | on << x;
                columns[x] = columns[x] & ~(1L << y) | on << y;
            }
            int score = penalty(rows, columns, size);
            if (score < bestPenalty) {
                bestPenalty = score;
                bestMask = mask;
                bestRows = rows.clone();
            }
        }
        byte[] modules = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                modules[y * size + x] = (byte) (bestRows[y] >>> x & 1);
            }
        }
        return new Symbol(modules, size, version, bestMask);
    }

    private static QRCode encodeWithMask(String payload, QrErrorCorrection level, int mask, int version)
            throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        if (version > 0) {
            hints.put(EncodeHintType.QR_VERSION, version);
        }
        return Encoder.encode(payload, ErrorCorrectionLevel.valueOf(level.name()), hints);
    }

    private static byte[] flatten(ByteMatrix matrix) {
        int size = matrix.getWidth();
        byte[] modules = new byte[size * size];
        byte[][] rows = matrix.getArray();
        for (int y = 0; y < size; y++) {
            System.arraycopy(rows[y], 0, modules, y * size, size);
        }
        return modules;
    }

    /**
     * The 15 x 2 format-information modules of a symbol of this size, as (x, y, x and y in the version-1
     * reference) quadruples: row 8 and column 8 beside the top-left finder (skipping the timing pattern), row 8
     * under the top-right finder and column 8 beside the bottom-left one (not the always-dark module above it).
     */
    private static int[] formatModules(int size) {
        int[] positions = new int[30 * 4];
        int n = 0;
        for (int i = 0; i < size; i++) {
            boolean nearFirst = i <= 8 && i != 6;
            if (nearFirst || i >= size - 8) {
                int reference = i <= 8 ? i : i - size + REFERENCE_SIZE;
                positions[n++] = i;
                positions[n++] = 8;
                positions[n++] = reference;
                positions[n++] = 8;
            }
            if ((nearFirst && i != 8) || i >= size - 7) {
                int reference = i <= 8 ? i : i - size + REFERENCE_SIZE;
                positions[n++] = 8;
                positions[n++] = i;
                positions[n++] = 8;
                positions[n++] = reference;
            }
        }
        return java.util.Arrays.copyOf(positions, n);
    }

    /** Whether mask pattern {@code mask} inverts the module in column x, row y (ISO/IEC 18004 table 10). */
    static boolean maskBit(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> ((y + x) & 1) == 0;
            case 1 -> (y & 1) == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (((y / 2) + (x / 3)) & 1) == 0;
            case 5 -> (y * x & 1) + (y * x) % 3 == 0;
            case 6 -> (((y * x & 1) + (y * x) % 3) & 1) == 0;
            case 7 -> (((y * x) % 3 + ((y + x) & 1)) & 1) == 0;
            default -> throw new IllegalArgumentException("mask " + mask);
        };
    }

    /**
     * Which modules carry data (and so are masked): everything but the finder patterns with their separators
     * and format information, the timing patterns, the alignment patterns and, from version 7, the version
     * information.
     */
    static boolean[] dataModules(int size, int version) {
        boolean[] data = new boolean[size * size];
        int[] centres = alignmentCentres(version, size);
        int last = centres.length == 0 ? -1 : centres[centres.length - 1];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean function = x == 6 || y == 6
                        || (x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8)
                        || (version >= 7 && ((x < 6 && y >= size - 11 && y < size - 8)
                                || (y < 6 && x >= size - 11 && x < size - 8)));
                for (int cy : centres) {
                    for (int cx : centres) {
                        boolean underFinder = (cx == 6 && cy == 6) || (cx == 6 && cy == last)
                                || (cx == last && cy == 6);
                        function |= !underFinder && Math.abs(x - cx) <= 2 && Math.abs(y - cy) <= 2;
                    }
                }
                data[y * size + x] = !function;
            }
        }
        return data;
    }

    /** Row and column of the alignment pattern centres (ISO/IEC 18004 annex E): 6, then evenly spaced to size − 7. */
    static int[] alignmentCentres(int version, int size) {
        if (version == 1) {
            return new int[0];
        }
        int count = version / 7 + 2;
        int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
        int[] centres = new int[count];
        centres[0] = 6;
        for (int i = count - 1, position = size - 7; i >= 1; i--, position -= step) {
            centres[i] = position;
        }
        return centres;
    }

    /** The four penalty rules summed, weighed as ZXing 3.5 weighs them; rows and columns as words. */
    static int penalty(long[] rows, long[] columns, int size) {
        int dark = 0;
        int blocks = 0;
        int runs = 0;
        int finderLike = 0;
        for (int i = 0; i < size; i++) {
            dark += Long.bitCount(rows[i]);
            if (i + 1 < size) {
                long sameDown = ~(rows[i] ^ rows[i + 1]);
                blocks += Long.bitCount(sameDown & sameDown >>> 1 & ~(rows[i] ^ rows[i] >>> 1) & low(size - 1));
            }
            runs += runPenalty(rows[i], size) + runPenalty(columns[i], size);
            finderLike += finderLikeCount(rows[i], size) + finderLikeCount(columns[i], size);
        }
        int balance = Math.abs(dark * 2 - size * size) * 10 / (size * size);
        return runs + N2 * blocks + N3 * finderLike + N4 * balance;
    }

    /**
     * Rule 1 on one line: a run of L ≥ 5 modules of one colour costs 3 + (L − 5) = (L − 4) + 2, that is one per
     * five-module window inside the run plus two per run.
     */
    private static int runPenalty(long line, int size) {
        long same = ~(line ^ line >>> 1);
        long window = same & same >>> 1 & same >>> 2 & same >>> 3 & low(size - 4);
        long runStart = ~(same << 1);
        return Long.bitCount(window) + 2 * Long.bitCount(window & runStart);
    }

    /**
     * Rule 3 on one line: dark-light-dark-dark-dark-light-dark with four light modules before or after it. As in
     * ZXing 3.5, four modules that would reach past the symbol's edge do not count as light.
     */
    private static int finderLikeCount(long line, int size) {
        long pattern = line & ~(line >>> 1) & line >>> 2 & line >>> 3 & line >>> 4 & ~(line >>> 5) & line >>> 6
                & low(size - 6);
        long lightBefore = ~(line << 1 | line << 2 | line << 3 | line << 4) & ~low(4);
        long lightAfter = ~(line >>> 7 | line >>> 8 | line >>> 9 | line >>> 10) & low(size - 10);
        return Long.bitCount(pattern & (lightBefore | lightAfter));
    }

    /** A word with the lowest {@code bits} bits set. */
    private static long low(int bits) {
        return bits <= 0 ? 0 : bits >= WORD ? -1L : (1L << bits) - 1;
    }
}
