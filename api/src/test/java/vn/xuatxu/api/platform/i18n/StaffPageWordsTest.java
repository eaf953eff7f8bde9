package vn.xuatxu.api.platform.i18n;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed-in pages say nothing in one language only: every word a reader sees in these templates comes
 * from the page words ({@code #{...}}) or from data. A text the template writes itself (a text node, a
 * placeholder, a quoted literal inside an expression) fails this test, and so does a {@code #{key}} that
 * neither bundle knows.
 */
class StaffPageWordsTest {

    /** The staff templates converted to page words; public pages have their own mechanism. */
    static final List<String> TEMPLATES = List.of("home.html", "login.html", "account.html", "admin.html", "import.html",
            "lot.html", "organisation-details.html", "products.html", "product-translations.html",
            "serial-reservations.html", "problem-reports.html", "problem.html", "checklist.html",
            "passport-declarations.html", "passport-rules.html", "signed-in.html", "organisation-translations.html", "sms-checks.html");

    /** Names and marks that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Xuất Xứ", "Điện Biên", "(JSON)");

    /** Elements whose text Thymeleaf replaces, so the text in the template is only a designer's sample. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    /** Attributes a reader sees or hears. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("placeholder", "alt", "title", "aria-label",
            "data-offline-label");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w-]*\\.[\\w.-]+)[}(]");

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void noConvertedTemplateWritesWordsOfItsOwn() throws Exception {
        List<String> bare = new ArrayList<>();
        for (String template : TEMPLATES) {
            walk(template, parse(template), bare);
        }
        assertEquals(List.of(), bare, "words written in a template instead of #{...}");
    }

    @Test
    void everyKeyATemplateNamesIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String template : TEMPLATES) {
            Matcher keys = KEY.matcher(Files.readString(view(template)));
            while (keys.find()) {
                String key = keys.group(1);
                String bundle = key.substring(0, key.indexOf('.'));
                for (String language : List.of("vi", "en")) {
                    if (bundles.find(bundle, language).map(words -> !words.containsKey(key)).orElse(true)) {
                        missing.add(template + ": " + key + " (" + language + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckSeesBareWords() throws ParseException {
        List<String> bare = new ArrayList<>();
        walk("sample", new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(
                "<p>Lô hàng</p><p th:text=\"#{home.title}\">Lô</p><input placeholder=\"VD: CF\">"
                        + "<b th:text=\"${a} ? 'Đã ghi sổ cái' : #{x.y}\">b</b><i>Xuất Xứ</i>"), bare);
        assertEquals(3, bare.size(), bare.toString());
        assertTrue(bare.get(0).contains("Lô hàng"), bare.toString());
    }

    private static Document parse(String template) throws IOException, ParseException {
        return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(view(template)));
    }

    private static Path view(String template) {
        return Path.of("src/main/resources/views", template);
    }

    private static void walk(String template, INestableNode node, List<String> bare) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text) {
                check(template, line(node), text.getContent(), bare);
            } else if (child instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                Map<String, String> attributes = element.getAttributeMap();
                for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                    String value = attribute.getValue() == null ? "" : attribute.getValue();
                    if (SHOWN_ATTRIBUTES.contains(attribute.getKey())) {
                        check(template, element.getLine(), value, bare);
                    } else if (attribute.getKey().startsWith("th:")) {
                        Matcher quoted = QUOTED.matcher(value);
                        while (quoted.find()) {
                            String literal = quoted.group(1);
                            if (literal.contains(" ") || !literal.matches("[\\w./#?=&-]*")) {
                                check(template, element.getLine(), literal, bare);
                            }
                        }
                    }
                }
                boolean replaced = attributes.keySet().stream().anyMatch(REPLACING::contains);
                if (!replaced && !name.equals("style") && !name.equals("script")) {
                    walk(template, element, bare);
                }
            }
        }
    }

    private static void check(String template, Integer line, String text, List<String> bare) {
        String words = text.strip();
        for (String same : SAME_IN_EVERY_LANGUAGE) {
            words = words.replace(same, "");
        }
        if (LETTER.matcher(words).find()) {
            bare.add(template + ":" + line + " \"" + text.strip() + "\"");
        }
    }

    private static Integer line(INestableNode node) {
        return node instanceof Element element ? element.getLine() : Integer.valueOf(0);
    }
}
