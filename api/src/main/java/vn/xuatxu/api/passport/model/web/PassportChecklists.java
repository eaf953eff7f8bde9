package vn.xuatxu.api.passport.model.web;

import jakarta.inject.Singleton;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.passport.model.PassportItem;
import vn.xuatxu.api.passport.model.PassportLevel;
import vn.xuatxu.api.passport.model.application.PassportCompleteness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short checklist on a producer's home page: what the organisation itself still lacks (once, not per
 * product), then each product with what its passport lacks, each line linking to the field that fixes it.
 */
@Singleton
public final class PassportChecklists {

    /** The home page's checklist: the producer's own findings, then one checklist per product. */
    public record Home(List<Checklist.Entry> producer, List<Checklist> products) {

        public boolean complete() {
            return producer.isEmpty() && products.stream().allMatch(Checklist::complete);
        }
    }

    private final PassportCompleteness completeness;

    PassportChecklists(PassportCompleteness completeness) {
        this.completeness = completeness;
    }

    public Home forHome(Actor actor) {
        Map<String, Checklist.Entry> producer = new LinkedHashMap<>();
        List<Checklist> products = new ArrayList<>();
        for (PassportCompleteness.Report report : completeness.ofOwnProducts(actor)) {
            Checklist full = Checklist.of(report.passport(), report.completeness());
            List<Checklist.Entry> own = new ArrayList<>();
            for (Checklist.Entry entry : full.findings()) {
                if (PassportItem.valueOf(entry.item()).level() == PassportLevel.PRODUCER) {
                    producer.putIfAbsent(entry.item(), entry);
                } else {
                    own.add(entry);
                }
            }
            products.add(new Checklist(full.productId(), full.productName(), null, null, own.isEmpty(),
                    own.stream().anyMatch(Checklist.Entry::blocking), own));
        }
        return new Home(List.copyOf(producer.values()), products);
    }
}
