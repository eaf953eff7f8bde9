package vn.xuatxu.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The module's design rules, checked on its own sources so they cannot drift. */
class ModuleRulesTest {

    private static final Path MAIN = Path.of("src/main/java/vn/xuatxu/kitchen");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertFalse(sources().isEmpty(), "run from the module directory");
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> undocumented = dirs.filter(Files::isDirectory)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
            assertEquals(List.of(), undocumented);
        }
    }

    /** The one package allowed a library: the PDF renderer of the official forms uses PDFBox. */
    private static final Path PDF_RENDERER = MAIN.resolve("form/pdf");

    @Test
    void domainDependsOnTheJdkOnly() throws IOException {
        Pattern imports = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
        for (Path file : sources()) {
            boolean pdf = file.startsWith(PDF_RENDERER);
            Matcher m = imports.matcher(Files.readString(file));
            while (m.find()) {
                String name = m.group(2);
                boolean allowed = name.startsWith("java.") || name.startsWith("vn.xuatxu.kitchen.")
                        || (pdf && name.startsWith("org.apache.pdfbox."));
                assertFalse(!allowed, file + " imports " + name);
            }
        }
    }

    @Test
    void onlyTheFormOutputsDependOnTheDomainFeatures() throws IOException {
        // The domain packages must not know how they are printed.
        for (Path file : sources()) {
            if (file.startsWith(MAIN.resolve("form"))) {
                continue;
            }
            String text = Files.readString(file);
            assertFalse(text.contains("import vn.xuatxu.kitchen.form.content")
                            || text.contains("import vn.xuatxu.kitchen.form.pdf")
                            || text.contains("import vn.xuatxu.kitchen.form.sheet"),
                    file + " depends on a form output package");
        }
    }

    @Test
    void noMutableStaticState() throws IOException {
        Pattern staticField = Pattern.compile("^\\s+(private |public |protected )?static (?!final)(?!class|interface|record|enum|<|[\\w<>\\[\\], ?]+\\()[\\w<>\\[\\], ?]+ \\w+\\s*[;=]",
                Pattern.MULTILINE);
        for (Path file : sources()) {
            assertFalse(staticField.matcher(Files.readString(file)).find(), file + " has a non-final static field");
        }
    }

    @Test
    void namesSayWhatThingsAre() throws IOException {
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            assertFalse(name.matches(".*(Manager|Helper|Util|Utils|Common)\\.java"), file.toString());
        }
    }

    @Test
    void publicTypesExplainThemselves() throws IOException {
        Pattern publicType = Pattern.compile("^public (final |sealed |abstract )*(class|interface|record|enum) ",
                Pattern.MULTILINE);
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher m = publicType.matcher(text);
            if (m.find()) {
                String before = text.substring(0, m.start()).stripTrailing();
                assertFalse(!before.endsWith("*/"), file + " has a public type without Javadoc");
            }
        }
    }
}
