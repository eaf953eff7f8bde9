package vn.xuatxu.api.offline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page loads a script, style sheet, font or image from another host: on a 2G link every extra host costs
 * a DNS look-up and a TLS handshake, and offline it cannot be reached at all (the CSP's {@code default-src
 * 'self'} would also block it, silently). Scans every template, style sheet and script we ship.
 */
class ThirdPartyResourcesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** Where a page names something the browser fetches by itself. */
    private static final Pattern FETCHED = Pattern.compile(
            "<(?:script|img|link|source|iframe|audio|video)\\b[^>]*?\\s(?:src|href|srcset)\\s*=\\s*[\"']([^\"']*)"
                    + "|url\\(\\s*[\"']?([^\"')]+)|@import\\s+[\"']([^\"']+)|importScripts\\(\\s*[\"']([^\"']+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyFetchedResourceIsOurOwn() throws IOException {
        List<String> foreign = new ArrayList<>();
        int checked = 0;
        for (Path file : shippedFiles()) {
            Matcher m = FETCHED.matcher(Files.readString(file));
            while (m.find()) {
                String target = firstNonNull(m);
                checked++;
                if (target.matches("(?i)^(https?:)?//.*") || target.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !target.startsWith("data:")) {
                    foreign.add(RESOURCES.relativize(file) + ": " + target);
                }
            }
        }
        assertTrue(checked > 10, "the scan found the pages' own resources (" + checked + "), so it reads the files");
        assertEquals(List.of(), foreign, "resources from other hosts");
    }

    @Test
    void theScanRecognisesAForeignScriptOrFont() {
        Matcher script = FETCHED.matcher("<script src=\"https://cdn.example.com/x.js\"></script>");
        Matcher font = FETCHED.matcher("@font-face{src:url('//fonts.example.com/a.woff2')}");
        assertTrue(script.find() && firstNonNull(script).startsWith("https://"));
        assertTrue(font.find() && firstNonNull(font).startsWith("//"));
    }

    private static String firstNonNull(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).strip();
            }
        }
        throw new IllegalStateException("no group matched");
    }

    private static List<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(html|css|js)$")).toList();
        }
    }
}
