package vn.xuatxu.label.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a one-bitmap TSPL job back: text commands, then raw BITMAP bytes where 0 = black. */
public final class TsplJobReader {

    public record Job(List<String> commands, DecodedRaster raster, int copies) {
    }

    private TsplJobReader() {
    }

    public static Job read(byte[] job) {
        List<String> commands = new ArrayList<>();
        DecodedRaster raster = null;
        int copies = -1;
        int pos = 0;
        while (pos < job.length) {
            int lineEnd = indexOfCrLf(job, pos);
            String head = new String(job, pos, Math.min(job.length, pos + 64) - pos, StandardCharsets.US_ASCII);
            if (head.startsWith("BITMAP ")) {
                int comma = pos;
                int commas = 0;
                while (commas < 5) {
                    if (job[comma++] == ',') {
                        commas++;
                    }
                }
                String[] params = new String(job, pos + 7, comma - pos - 8, StandardCharsets.US_ASCII).split(",");
                assertEquals("0", params[0], "x");
                assertEquals("0", params[1], "y");
                assertEquals("0", params[4], "overwrite mode");
                int widthBytes = Integer.parseInt(params[2]);
                int height = Integer.parseInt(params[3]);
                byte[] bits = new byte[widthBytes * height];
                for (int i = 0; i < bits.length; i++) {
                    bits[i] = (byte) ~job[comma + i]; // TSPL: 0 = burn
                }
                raster = new DecodedRaster(widthBytes * 8, height, bits);
                commands.add("BITMAP");
                pos = comma + bits.length;
                assertEquals('\r', job[pos]);
                assertEquals('\n', job[pos + 1]);
                pos += 2;
                continue;
            }
            assertTrue(lineEnd > 0, "commands end with CR LF");
            String command = new String(job, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            commands.add(command);
            if (command.startsWith("PRINT ")) {
                copies = Integer.parseInt(command.substring("PRINT 1,".length()));
            }
            pos = lineEnd + 2;
        }
        return new Job(commands, raster, copies);
    }

    private static int indexOfCrLf(byte[] job, int from) {
        for (int i = from; i + 1 < job.length; i++) {
            if (job[i] == '\r' && job[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
