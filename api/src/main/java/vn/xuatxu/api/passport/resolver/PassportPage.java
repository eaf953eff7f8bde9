package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.PassportItem;
import vn.xuatxu.api.passport.model.Surface;
import vn.xuatxu.api.passport.product.persistence.ProductPhotoStore;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;
import vn.xuatxu.api.platform.i18n.LocaleFormat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a passport into the page model: plain strings, already translated and formatted for a Vietnamese
 * (or English) reader, times in Vietnam time, so the template only places them. The ledger's organisation
 * ids become names, its step codes become words, and an OCOP star is shown with its certificate's validity.
 */
@Singleton
final class PassportPage {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * A note about the scanned label or the QR code's data, with how alarming it is ({@code ok}, {@code warn},
     * {@code bad}) and, for a warning the reader can act on, a link ({@code link} and {@code linkText} or null).
     */
    record Note(String text, String kind, String link, String linkText) {
        Note(String text, String kind) {
            this(text, kind, null, null);
        }
    }

    private final PageTexts texts;
    private final Clock clock;

    PassportPage(PageTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    Map<String, Object> lot(Passports.LotPassport passport, Language language,
                            Optional<TranslationStore.ForReader> translation, List<Note> notes, String selfPath,
                            String linksetHref) {
        LotStore.StoredLot lot = passport.lot();
        Map<String, String> t = texts.of(language);
        LocaleFormat format = language.format();
        Map<String, Object> model = common(language, translation, selfPath, linksetHref);
        model.put("isLot", true);
        model.put("productName", lot.productName());
        model.put("category", lot.category());
        model.put("netContent", lot.netContent());
        care(model, passport.care());
        model.put("gtin", lot.details().gtin().value());
        model.put("producerName", lot.producerName());
        model.put("commune", lot.commune());
        model.put("district", lot.district());
        model.put("province", lot.province());
        certificates(model, t, format, lot.ocopStars(), passport.certificates());
        model.put("lotNumber", lot.details().lotNumber().value());
        model.put("productionDate", format.date(lot.details().productionDate()));
        model.put("bestBeforeDate", lot.details().bestBeforeDate().map(format::date).orElse(null));
        model.put("quantity", format.number(lot.details().quantity()) + " "
                + (language == Language.VI ? lot.details().unit().vietnamese() : lot.details().unit().english()));
        model.put("recordHash", lot.details().recordHash());
        LedgerProof.Reading ledger = passport.ledger();
        model.put("status", ledger.status().map(status -> t.getOrDefault("status." + status, status)).orElse(null));
        model.put("proof", LedgerProof.code(ledger.result()));
        String registeredAt = null;
        if (ledger.result() instanceof LedgerProof.Result.Matches matches) {
            registeredAt = matches.registeredAt();
            model.put("transactionId", matches.transactionId());
            model.put("registeredAt", time(matches.registeredAt(), format));
            model.put("blockNumber", matches.transactionId().equals(lot.ledger().transactionId())
                    ? lot.ledger().blockNumber() : null);
        }
        if (ledger.recalled()) {
            Map<String, Object> recall = new HashMap<>();
            ledger.recall().ifPresent(r -> {
                recall.put("reason", r.reason());
                recall.put("by", name(passport, r.recalledBy()));
                recall.put("at", time(r.recalledAt(), format));
                boolean inherited = !(r.sourceGtin().equals(lot.details().gtin().value())
                        && r.sourceLotNumber().equals(lot.details().lotNumber().value()));
                recall.put("source", inherited ? r.sourceLotNumber() + " (GTIN " + r.sourceGtin() + ")" : null);
            });
            model.put("recall", recall);
        }
        model.put("journey", passport.journey().map(steps -> journey(passport, steps, t, format)).orElse(null));
        model.put("journeyStart", registeredAt == null ? null : time(registeredAt, format));
        model.put("notes", notes.stream().map(note -> Map.of("text", note.text(), "kind", note.kind())).toList());
        model.put("elabel", passport.items().map(items -> eLabel(items, language,
                LocalDate.now(clock.withZone(VIETNAM)))).orElse(List.of()));
        model.put("photos", photos(passport.photos()));
        return model;
    }

    Map<String, Object> product(Passports.ProductPassport passport, Language language,
                                Optional<TranslationStore.ForReader> translation, String selfPath, String linksetHref) {
        PassportQueries.ProductWithProducer product = passport.product();
        Map<String, Object> model = common(language, translation, selfPath, linksetHref);
        model.put("isLot", false);
        model.put("productName", product.name());
        model.put("category", product.category());
        model.put("netContent", product.netContent());
        care(model, passport.care());
        model.put("description", product.description());
        model.put("gtin", product.gtin());
        model.put("producerName", product.producerName());
        model.put("commune", product.commune());
        model.put("district", product.district());
        model.put("province", product.province());
        certificates(model, texts.of(language), language.format(), product.ocopStars(), passport.certificates());
        model.put("notes", List.of());
        model.put("elabel", passport.items().map(items -> eLabel(items, language,
                LocalDate.now(clock.withZone(VIETNAM)))).orElse(List.of()));
        model.put("photos", photos(passport.photos()));
        return model;
    }

    /** Uploaded photos as the page shows them: the thumbnail with its size, linking to the large rendition. */
    private static List<Map<String, Object>> photos(List<ProductPhotoStore.StoredPhoto> photos) {
        return photos.stream().map(p -> Map.<String, Object>of("src", p.thumbnailPath(), "href", p.largePath(),
                "width", p.thumbWidth(), "height", p.thumbHeight())).toList();
    }

    /**
     * The e-label: the passport's label items in the order of {@link PassportItem} (Decree 37/2026's order),
     * named in Vietnamese always; an English reader gets the translation beside the name, not instead of it.
     * The values are shown as the producer declared them, an expired one marked so (a consumer must not read a
     * lapsed OCOP certificate or best-before date as valid). The photo is a separate entry, shown as an image.
     */
    static List<Map<String, String>> eLabel(Passport passport, Language language, LocalDate today) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PassportItem item : PassportItem.values()) {
            if (!item.surfaces().contains(Surface.E_LABEL)) {
                continue;
            }
            item.value(passport).ifPresent(value -> {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("item", item.name());
                row.put("vi", item.vietnamese());
                if (language != Language.VI) {
                    row.put("en", item.english());
                }
                boolean expired = item.validUntil(passport).map(today::isAfter).orElse(false);
                row.put(item == PassportItem.PRODUCT_IMAGE ? "image" : "value", expired ? value + " (đã hết hiệu lực)" : value);
                rows.add(row);
            });
        }
        return rows;
    }

    private static void care(Map<String, Object> model, PassportQueries.ProductCare care) {
        model.put("ingredients", blankToNull(care.ingredients()));
        model.put("allergens", blankToNull(care.allergens()));
        model.put("storage", blankToNull(care.storage()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Map<String, Object> common(Language language, Optional<TranslationStore.ForReader> translation,
                                       String selfPath, String linksetHref) {
        Map<String, Object> model = new HashMap<>();
        translation.ifPresent(found -> {
            Map<String, Object> translated = new HashMap<>();
            translated.put("lang", found.language());
            found.product().ifPresent(text -> {
                translated.put("name", text.name());
                translated.put("description", text.description());
            });
            translated.put("producerName", found.producerName().orElse(null));
            model.put("translated", translated);
        });
        model.put("t", texts.of(language));
        model.put("lang", language.tag());
        model.put("switchHref", selfPath + (selfPath.contains("?") ? "&" : "?") + "lang="
                + (language == Language.VI ? "en" : "vi"));
        model.put("linksetHref", linksetHref);
        return model;
    }

    private void certificates(Map<String, Object> model, Map<String, String> t, LocaleFormat format, Integer storedStars,
                              Optional<LedgerRecords.ProductCertificates> onLedger) {
        Optional<Integer> stars = onLedger.flatMap(LedgerRecords.ProductCertificates::ocopStars)
                .or(() -> Optional.ofNullable(storedStars).filter(s -> s > 0));
        Optional<LedgerRecords.OcopCertificate> certificate = onLedger.flatMap(LedgerRecords.ProductCertificates::ocop);
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        boolean expired = certificate.map(c -> parseDate(c.expiryDate()).map(today::isAfter).orElse(false)).orElse(false);
        model.put("ocopStars", stars.filter(s -> !expired).orElse(null));
        certificate.ifPresent(c -> {
            Map<String, Object> ocop = new LinkedHashMap<>();
            ocop.put("stars", stars.orElse(null));
            ocop.put("number", c.number());
            ocop.put("issued", parseDate(c.issueDate()).map(format::date).orElse(c.issueDate()));
            String until = parseDate(c.expiryDate()).map(format::date).orElse(c.expiryDate());
            ocop.put("validity", (expired ? t.get("cert.expired") : t.get("cert.validUntil")) + " " + until);
            ocop.put("valid", !expired);
            model.put("ocop", ocop);
        });
        model.put("ocopWithoutCertificate", certificate.isEmpty() && stars.isPresent() ? stars.get() : null);
        onLedger.flatMap(LedgerRecords.ProductCertificates::mark).ifPresent(mark -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", t.getOrDefault("mark." + mark.kind(), mark.kind()));
            view.put("name", mark.name());
            view.put("certificateNumber", mark.certificateNumber());
            view.put("holder", mark.holder());
            model.put("mark", view);
        });
        model.put("hasCertification", stars.isPresent() || onLedger.flatMap(LedgerRecords.ProductCertificates::mark).isPresent());
    }

    private static List<Map<String, Object>> journey(Passports.LotPassport passport, List<LedgerRecords.JourneyStep> steps,
                                                     Map<String, String> t, LocaleFormat format) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LedgerRecords.JourneyStep step : steps) {
            Map<String, Object> entry = new HashMap<>();
            String stepName = step.step() == null ? "OTHER" : step.step();
            entry.put("label", t.getOrDefault("step." + stepName, t.get("step.OTHER")));
            entry.put("bizStep", step.bizStep());
            entry.put("time", time(step.eventTime(), format));
            entry.put("by", name(passport, step.recordedBy()));
            entry.put("from", step.custodianFrom() == null ? null : name(passport, step.custodianFrom()));
            entry.put("to", step.custodianTo() == null ? null : name(passport, step.custodianTo()));
            entry.put("transactionId", step.transactionId());
            LedgerRecords.LotLink self = new LedgerRecords.LotLink(passport.lot().details().gtin().value(),
                    passport.lot().details().lotNumber().value());
            entry.put("madeFrom", step.outputLots().contains(self) ? lotLinks(step.inputLots()) : List.of());
            entry.put("madeInto", step.inputLots().contains(self) ? lotLinks(step.outputLots()) : List.of());
            entries.add(entry);
        }
        passport.ledger().recall().ifPresent(recall -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("label", t.get("step.RECALL"));
            entry.put("time", time(recall.recalledAt(), format));
            entry.put("by", name(passport, recall.recalledBy()));
            entry.put("recall", true);
            entries.add(entry);
        });
        return entries;
    }

    /** One step back or forward as links to the other lots' passports. */
    private static List<Map<String, String>> lotLinks(List<LedgerRecords.LotLink> lots) {
        return lots.stream().map(l -> Map.of("lotNumber", l.lotNumber(), "path", "/01/" + l.gtin() + "/10/"
                + java.net.URLEncoder.encode(l.lotNumber(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).toList();
    }

    private static String name(Passports.LotPassport passport, String organisationId) {
        if (organisationId == null) {
            return null;
        }
        PassportQueries.OrganisationName name = passport.organisations().get(organisationId);
        return name == null ? organisationId : String.join(", ", Stream.of(name.name(), name.commune())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    /** A ledger timestamp (UTC) as a reader in Vietnam reads it. */
    static String time(String instant, LocaleFormat format) {
        if (instant == null) {
            return null;
        }
        try {
            return format.time(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            try {
                return format.time(java.time.OffsetDateTime.parse(instant).toInstant());
            } catch (DateTimeParseException again) {
                return instant;
            }
        }
    }

    private static Optional<LocalDate> parseDate(String date) {
        try {
            return Optional.ofNullable(date).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
