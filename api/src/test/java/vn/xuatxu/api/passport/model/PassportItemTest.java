package vn.xuatxu.api.passport.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassportItemTest {

    @Test
    void theItemsFollowTheOrderOfDecree37sMinimumContent() {
        int last = 0;
        for (PassportItem item : PassportItem.values()) {
            for (LegalReference reference : item.references()) {
                if (reference.source() == LegalSource.DECREE_37_2026) {
                    int point = Integer.parseInt(reference.point());
                    assertTrue(point >= last, item + " (Decree 37 point " + point + ") comes after point " + last);
                    last = point;
                }
            }
        }
        assertEquals(7, last, "the seven listed points of Decree 37/2026 Art. 32 are all mapped");
    }

    @Test
    void everyItemOfCircular02IsMapped() {
        Set<String> points = new java.util.TreeSet<>();
        Arrays.stream(PassportItem.values()).flatMap(item -> item.references().stream())
                .filter(r -> r.source() == LegalSource.CIRCULAR_02_2024).forEach(r -> points.add(r.point()));
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), points);
    }

    @Test
    void everyItemSaysWhereItIsKeptAndShown() {
        for (PassportItem item : PassportItem.values()) {
            assertFalse(item.field().isBlank(), item.name());
            assertFalse(item.jsonLd().isBlank(), item.name());
            assertFalse(item.surfaces().isEmpty(), item.name());
            assertFalse(item.references().isEmpty(), item.name());
        }
        List<PassportItem> onTheELabel = Arrays.stream(PassportItem.values())
                .filter(i -> i.surfaces().contains(Surface.E_LABEL)).toList();
        assertTrue(onTheELabel.containsAll(EnumSet.of(PassportItem.PRODUCT_NAME, PassportItem.PRODUCER_ADDRESS,
                PassportItem.PRODUCTION_DATE, PassportItem.EXPIRY_DATE)));
    }
}
