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
import vn.xuatxu.api.kitchen.persistence.DeviationStore.StoredDeviation;
import vn.xuatxu.api.kitchen.persistence.HoldStore.StoredHold;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.SampleStore.SampleRow;

/**
 * Everything stored about one kitchen's day, including struck-out rows. {@link #standingAt(Instant)} gives
 * the rows as they stood at an instant, which is how a closed version is rebuilt exactly. Legal holds over the
 * day and notes on menu deviations belong to the day too: both change what the forms say.
 *
 * @param suppliers the kitchen's suppliers by id (rows refer to them)
 */
public record DayRecords(Kitchen kitchen, LocalDate day, List<StoredMenuItem> menu, Map<Long, StoredSupplier> suppliers,
                         List<ReceiptRow> receipts, List<CookingRow> cooking, List<ServingRow> serving,
                         List<SampleRow> samples, List<StoredHold> holds, List<StoredDeviation> deviations) {

    public DayRecords {
        menu = List.copyOf(menu);
        suppliers = Map.copyOf(suppliers);
        receipts = List.copyOf(receipts);
        cooking = List.copyOf(cooking);
        serving = List.copyOf(serving);
        samples = List.copyOf(samples);
        holds = List.copyOf(holds);
        deviations = List.copyOf(deviations);
    }

    /** The same day with other Form 1–3 rows or samples (a candidate entry checked before it is stored). */
    DayRecords with(List<ReceiptRow> receipts, List<CookingRow> cooking, List<ServingRow> serving) {
        return new DayRecords(kitchen, day, menu, suppliers, receipts, cooking, serving, samples, holds, deviations);
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
                        .toList(),
                holds.stream().filter(h -> !h.placedAt().isAfter(at))
                        .map(h -> h.releasedAt() != null && h.releasedAt().isAfter(at) ? stillOn(h) : h).toList(),
                deviations.stream().filter(d -> !d.enteredAt().isAfter(at)).toList());
    }

    private static boolean standing(Entered entered, Voided voided, Instant at) {
        return !entered.at().isAfter(at) && (voided == null || voided.at().isAfter(at));
    }

    private static StoredHold stillOn(StoredHold h) {
        return new StoredHold(h.id(), h.from(), h.to(), h.reason(), h.placedAt(), h.placedBy(), h.placedByName(),
                null, null, null, null);
    }

    private static SampleRow withoutDestruction(SampleRow s) {
        return new SampleRow(s.id(), s.day(), s.code(), s.meal(), s.dish(), s.servings(), s.amount(), s.container(),
                s.storageCelsius(), s.takenAt(), s.storagePlace(), s.note(), s.samplerId(), s.samplerName(), s.storerId(),
                s.storerName(), s.enteredAt(), null);
    }
}
