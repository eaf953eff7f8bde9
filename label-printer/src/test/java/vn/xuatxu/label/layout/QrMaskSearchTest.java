package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast mask search must give exactly ZXing's symbol: same version, same mask, same modules. */
class QrMaskSearchTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789abcdefghijkmnopqrstuvwxyz/-?=._";

    @Test
    void choosesTheSameSymbolAsZxingForManyPayloadsLevelsAndVersions() throws Exception {
        Random random = new Random(20261207);
        Set<Integer> masksChosen = new HashSet<>();
        Set<Integer> versions = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int length = 1 + random.nextInt(i % 3 == 0 ? 300 : 60);
            StringBuilder payload = new StringBuilder(i % 4 == 0 ? "" : "https://truyxuat.dienbien.gov.vn/01/08930000000019/21/");
            for (int c = 0; c < length; c++) {
                payload.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            for (QrErrorCorrection level : QrErrorCorrection.values()) {
                QRCode zxing = Encoder.encode(payload.toString(), ErrorCorrectionLevel.valueOf(level.name()), Map.of());
                QrMaskSearch.Symbol ours = QrMaskSearch.encode(payload.toString(), level);
                String where = level + " \"" + payload + "\"";
                assertEquals(zxing.getVersion().getVersionNumber(), ours.version(), where);
                assertEquals(zxing.getMaskPattern(), ours.mask(), where);
                assertArrayEquals(modules(zxing.getMatrix()), ours.modules(), where);
                masksChosen.add(ours.mask());
                versions.add(ours.version());
            }
        }
        assertEquals(8, masksChosen.size(), "every mask should win for some payload: " + masksChosen);
        assertTrue(versions.contains(1) || versions.contains(2), "small versions covered: " + versions);
        assertTrue(versions.stream().anyMatch(v -> v >= 7), "versions with version information covered: " + versions);
    }

    @Test
    void eachCandidateScoresAsZxingsSymbolWithThatMask() throws Exception {
        String payload = "https://truyxuat.dienbien.gov.vn/01/08930000000019/10/L2026-001/21/7KQ2MZ9DX4HTF?17=271231";
        int best = Integer.MAX_VALUE;
        int bestMask = -1;
        for (int mask = 0; mask < 8; mask++) {
            QRCode zxing = Encoder.encode(payload, ErrorCorrectionLevel.H,
                    Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
            int size = zxing.getMatrix().getWidth();
            long[] rows = new long[size];
            long[] columns = new long[size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (zxing.getMatrix().get(x, y) == 1) {
                        rows[y] |= 1L << x;
                        columns[x] |= 1L << y;
                    }
                }
            }
            int score = QrMaskSearch.penalty(rows, columns, size);
            if (score < best) {
                best = score;
                bestMask = mask;
            }
        }
        assertEquals(Encoder.encode(payload, ErrorCorrectionLevel.H).getMaskPattern(), bestMask);
    }

    private static byte[] modules(ByteMatrix matrix) {
        int size = matrix.getWidth();
        byte[] modules = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                modules[y * size + x] = matrix.get(x, y);
            }
        }
        return modules;
    }
}
