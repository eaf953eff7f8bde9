package vn.xuatxu.api.kitchen.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredMenuItem;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore.StoredSupplier;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.CookingRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.Entered;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ReceiptRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.ServingRow;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore.Voided;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore.SampleRow;

/**
 * Everything stored about one kitchen's day, including struck-out rows. {@link #standingAt(Instant)} gives
 * the rows as they stood at an instant, which is how a closed version is rebuilt exactly.
 *
 * @param suppliers the kitchen's suppliers by id (rows refer to them)
 */
public record DayRecords(Kitchen kitchen, LocalDate day, List<StoredMenuItem> menu, Map<Long, StoredSupplier> suppliers,
                         List<ReceiptRow> receipts, List<CookingRow> cooking, List<ServingRow> serving,
                         List<SampleRow> samples) {

    public DayRecords {
        menu = List.copyOf(menu);
        suppliers = Map.copyOf(suppliers);
        receipts = List.copyOf(receipts);
        cooking = List.copyOf(cooking);
        serving = List.copyOf(serving);
        samples = List.copyOf(samples);
    }

    /** The rows entered up to {@code at} and not struck out by then; destructions after {@code at} are left out. */
    public DayRecords standingAt(Instant at) {
        return new DayRecords(kitchen, day,
                menu.stream().filter(m -> !m.createdAt().isAfter(at)).toList(),
                suppliers,
                receipts.stream().filter(r -> standing(r.entered(), r.voided(), at)).toList(),
                cooking.stream().filter(r -> standing(r.entered(), r.voided(), at)).toList(),
                serving.stream().filter(r -> standing(r.entered(), r.voided(), at)).toList(),
                samples.stream().filter(s -> !s.enteredAt().isAfter(at))
                        .map(s -> s.destruction() != null && s.destruction().at().isAfter(at) ? withoutDestruction(s) : s)
                        .toList());
    }

    private static boolean standing(Entered entered, Voided voided, Instant at) {
        return !entered.at().isAfter(at) && (voided == null || voided.at().isAfter(at));
    }

    private static SampleRow withoutDestruction(SampleRow s) {
        return new SampleRow(s.id(), s.day(), s.code(), s.meal(), s.dish(), s.servings(), s.amount(), s.container(),
                s.storageCelsius(), s.takenAt(), s.storagePlace(), s.note(), s.samplerId(), s.samplerName(), s.storerId(),
                s.storerName(), s.enteredAt(), null);
    }
}
