package vn.xuatxu.api.passport.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/passport-model.md holds the table of {@link PassportItem}; this test regenerates it and fails when the
 * document differs. After changing the enum, run it once with {@code -Dpassport.table.write=true} to rewrite
 * the table in place, and commit the document.
 */
class PassportModelTableTest {

    private static final Path DOC = Path.of("..", "docs", "passport-model.md");

    @Test
    void theDocumentedTableIsTheOneTheCodeGenerates() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(PassportModelTable.START);
        int end = doc.indexOf(PassportModelTable.END);
        assertTrue(start >= 0 && end > start, DOC + " must hold the generated table between its markers");
        String documented = doc.substring(start + PassportModelTable.START.length(), end).strip();
        String generated = PassportModelTable.markdown().strip();
        if (Boolean.getBoolean("passport.table.write") && !documented.equals(generated)) {
            Files.writeString(DOC, doc.substring(0, start + PassportModelTable.START.length()) + "\n" + generated
                    + "\n" + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, documented, "docs/passport-model.md differs from PassportItem; regenerate it with "
                + "./mvnw -pl api test -Dtest=PassportModelTableTest -Dpassport.table.write=true");
    }

    @Test
    void everyItemIsARowInTheOrderOfTheEnum() {
        String table = PassportModelTable.markdown();
        int last = -1;
        for (PassportItem item : PassportItem.values()) {
            int at = table.indexOf("(`" + item.name() + "`)");
            assertTrue(at > last, item + " is a row after the previous item");
            last = at;
        }
        assertEquals(PassportItem.values().length + 2, table.strip().split("\n").length);
    }
}
