package vn.xuatxu.label.layout;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stock and density, for a lot label and a unit label, against stored PNGs, bit for bit.
 * A layout change shows up here as a picture to look at, not only as a failed assertion.
 * Regenerate: {@code ./mvnw -B -q -pl label-printer verify -Dtest=GoldenLayoutTest -Dgolden.update=true}.
 */
class GoldenLayoutTest {

    static Stream<Arguments> goldens() {
        List<Arguments> all = new ArrayList<>();
        for (LabelStock stock : LabelStock.values()) {
            for (PrintDensity density : PrintDensity.values()) {
                all.add(Arguments.of(stock, density, "lot"));
                all.add(Arguments.of(stock, density, "unit"));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} label, {0} at {1}")
    @MethodSource("goldens")
    void renderingMatchesTheGoldenImage(LabelStock stock, PrintDensity density, String kind) throws Exception {
        LabelImage label = LabelLayout.of(stock, density)
                .render(kind.equals("lot") ? SampleLabels.coffee() : SampleLabels.coffeeUnit());

        GoldenImages.assertMatches(kind + "-" + stock.name().toLowerCase() + "-" + density.dpi(), label);
    }

    @Test
    void theComparisonSeesASingleDot() throws Exception {
        LabelImage label = LabelLayout.of(LabelStock.MM_40_X_30, PrintDensity.DPI_203).render(SampleLabels.coffee());
        BufferedImage same = label.toBufferedImage();
        BufferedImage changed = label.toBufferedImage();
        int x = label.widthDots() - 3;
        int y = label.heightDots() - 3;
        changed.setRGB(x, y, label.isBlack(x, y) ? 0xFFFFFFFF : 0xFF000000);

        assertNull(GoldenImages.compare(same, label));
        String difference = GoldenImages.compare(changed, label);
        assertNotNull(difference);
        assertTrue(difference.startsWith("1 of 76800 dots differ, within x 317–317, y 237–237"), difference);
    }
}
