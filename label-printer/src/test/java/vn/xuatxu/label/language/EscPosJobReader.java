package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads an ESC/POS job of GS v 0 raster bands back into one bitmap per printed label. */
public final class EscPosJobReader {

    public record Job(List<DecodedRaster> labels, List<Integer> bandHeights, boolean cuts) {
    }

    private EscPosJobReader() {
    }

    public static Job read(byte[] job) {
        assertEquals(0x1B, job[0]);
        assertEquals('@', job[1], "starts with ESC @");
        List<DecodedRaster> labels = new ArrayList<>();
        List<Integer> bands = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int widthBytes = -1;
        int rows = 0;
        boolean cuts = false;
        int pos = 2;
        while (pos < job.length) {
            if (job[pos] == 0x1D && job[pos + 1] == 'v' && job[pos + 2] == '0') {
                assertEquals(0, job[pos + 3], "normal density");
                int w = (job[pos + 4] & 0xFF) | (job[pos + 5] & 0xFF) << 8;
                int h = (job[pos + 6] & 0xFF) | (job[pos + 7] & 0xFF) << 8;
                assertTrue(widthBytes == -1 || widthBytes == w, "bands of one label share a width");
                widthBytes = w;
                bands.add(h);
                current.write(job, pos + 8, w * h);
                rows += h;
                pos += 8 + w * h;
            } else if (job[pos] == 0x1D && job[pos + 1] == 'V' && job[pos + 2] == 66) {
                cuts = true;
                pos += 4;
                labels.add(new DecodedRaster(widthBytes * 8, rows, current.toByteArray()));
                current.reset();
                rows = 0;
            } else if (job[pos] == 0x1B && job[pos + 1] == 'd') {
                pos += 3;
                labels.add(new DecodedRaster(widthBytes * 8, rows, current.toByteArray()));
                current.reset();
                rows = 0;
            } else {
                fail("unexpected byte 0x%02X at %d".formatted(job[pos], pos));
            }
        }
        assertEquals(0, rows, "every label is followed by a feed or cut");
        return new Job(labels, bands, cuts);
    }
}
