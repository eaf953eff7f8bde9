package vn.xuatxu.api.platform.i18n;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageTextTest {

    private final PageMessages messages = new PageMessages(new MessageBundles());

    @Test
    void aNestedTextIsWrittenInTheOuterTextsLanguage() {
        PageText text = PageText.of("kitchen.violation.withRule", PageText.of("kitchen.meal.LUNCH"), "§5.4");

        assertEquals("Lunch (§5.4)", text.in("en", messages));
        assertEquals("Bữa trưa (§5.4)", text.in("vi", messages));
        assertEquals("Bữa trưa (§5.4)", text.vietnamese());
    }

    @Test
    void aListOfTextsIsJoinedWithASpaceInEitherLanguage() {
        PageText text = PageText.of("kitchen.violation.joined",
                List.of(PageText.of("kitchen.meal.BREAKFAST"), PageText.of("kitchen.meal.DINNER")));

        assertEquals("Breakfast Dinner", text.in("en", messages));
        assertEquals("Bữa sáng Bữa tối", text.vietnamese());
    }

    @Test
    void otherArgumentsAreWrittenAsTheyAre() {
        PageText text = PageText.of("kitchen.violation.withRule", List.of("a", "b"), 7);

        assertEquals("[a, b] (7)", text.in("en", messages));
    }
}
