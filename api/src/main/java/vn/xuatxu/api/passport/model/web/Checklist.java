package vn.xuatxu.api.passport.model.web;

import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.passport.model.Completeness;
import vn.xuatxu.api.passport.model.Finding;
import vn.xuatxu.api.passport.model.Passport;

import java.util.List;

/**
 * A passport's completeness as people and programs read it: each finding with the item, a Vietnamese
 * message and the page (and field) where it is fixed. The same shape for the API, the pages and a refused
 * label request.
 */
@Serdeable
public record Checklist(long productId, String productName, Long lotId, String lotNumber, boolean complete,
                        boolean blocked, List<Entry> findings) {

    /** One finding. {@code kind} is MISSING or EXPIRED; {@code fix} is a path in this application. */
    @Serdeable
    public record Entry(String item, String kind, String label, String message, boolean blocking, String fix) {
    }

    public static Checklist of(Passport passport, Completeness completeness) {
        List<Entry> entries = completeness.findings().stream().map(finding -> new Entry(finding.item().name(),
                finding instanceof Finding.Expired ? "EXPIRED" : "MISSING", finding.item().vietnamese(),
                finding.message(), completeness.blocks(finding), FixLinks.of(finding.item(), passport))).toList();
        return new Checklist(passport.product().id(), passport.product().name(),
                passport.lot().map(Passport.Lot::id).orElse(null),
                passport.lot().map(l -> l.number() == null ? null : l.number().value()).orElse(null),
                completeness.complete(), completeness.blocked(), entries);
    }
}
