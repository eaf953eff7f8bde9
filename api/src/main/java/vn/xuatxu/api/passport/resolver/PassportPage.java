package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.lot.persistence.LotStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** A note about the scanned label or the QR code's data, with how alarming it is ({@code ok}, {@code warn}, {@code bad}). */
    record Note(String text, String kind) {
    }

    private final PageTexts texts;
    private final Clock clock;

    PassportPage(PageTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    Map<String, Object> lot(Passports.LotPassport passport, Language language, List<Note> notes, String selfPath,
                            String linksetHref) {
        LotStore.StoredLot lot = passport.lot();
        Map<String, String> t = texts.of(language);
        Map<String, Object> model = common(language, selfPath, linksetHref);
        model.put("isLot", true);
        model.put("productName", lot.productName());
        model.put("category", lot.category());
        model.put("netContent", lot.netContent());
        model.put("gtin", lot.details().gtin().value());
        model.put("producerName", lot.producerName());
        model.put("commune", lot.commune());
        model.put("district", lot.district());
        model.put("province", lot.province());
        certificates(model, t, lot.ocopStars(), passport.certificates());
        model.put("lotNumber", lot.details().lotNumber().value());
        model.put("productionDate", DATE.format(lot.details().productionDate()));
        model.put("bestBeforeDate", lot.details().bestBeforeDate().map(DATE::format).orElse(null));
        model.put("quantity", lot.details().quantity().stripTrailingZeros().toPlainString() + " "
                + (language == Language.VI ? lot.details().unit().vietnamese() : lot.details().unit().english()));
        model.put("recordHash", lot.details().recordHash());
        LedgerProof.Reading ledger = passport.ledger();
        model.put("status", ledger.status().map(status -> t.getOrDefault("status." + status, status)).orElse(null));
        model.put("proof", LedgerProof.code(ledger.result()));
        String registeredAt = null;
        if (ledger.result() instanceof LedgerProof.Result.Matches matches) {
            registeredAt = matches.registeredAt();
            model.put("transactionId", matches.transactionId());
            model.put("registeredAt", time(matches.registeredAt()));
            model.put("blockNumber", matches.transactionId().equals(lot.ledger().transactionId())
                    ? lot.ledger().blockNumber() : null);
        }
        if (ledger.recalled()) {
            Map<String, Object> recall = new HashMap<>();
            ledger.recall().ifPresent(r -> {
                recall.put("reason", r.reason());
                recall.put("by", name(passport, r.recalledBy()));
                recall.put("at", time(r.recalledAt()));
                boolean inherited = !(r.sourceGtin().equals(lot.details().gtin().value())
                        && r.sourceLotNumber().equals(lot.details().lotNumber().value()));
                recall.put("source", inherited ? r.sourceLotNumber() + " (GTIN " + r.sourceGtin() + ")" : null);
            });
            model.put("recall", recall);
        }
        model.put("journey", passport.journey().map(steps -> journey(passport, steps, t)).orElse(null));
        model.put("journeyStart", registeredAt == null ? null : time(registeredAt));
        model.put("notes", notes.stream().map(note -> Map.of("text", note.text(), "kind", note.kind())).toList());
        return model;
    }

    Map<String, Object> product(Passports.ProductPassport passport, Language language, String selfPath,
                                String linksetHref) {
        PassportQueries.ProductWithProducer product = passport.product();
        Map<String, Object> model = common(language, selfPath, linksetHref);
        model.put("isLot", false);
        model.put("productName", product.name());
        model.put("category", product.category());
        model.put("netContent", product.netContent());
        model.put("description", product.description());
        model.put("gtin", product.gtin());
        model.put("producerName", product.producerName());
        model.put("commune", product.commune());
        model.put("district", product.district());
        model.put("province", product.province());
        certificates(model, texts.of(language), product.ocopStars(), passport.certificates());
        model.put("notes", List.of());
        return model;
    }

    private Map<String, Object> common(Language language, String selfPath, String linksetHref) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts.of(language));
        model.put("lang", language.tag());
        model.put("switchHref", selfPath + (selfPath.contains("?") ? "&" : "?") + "lang="
                + (language == Language.VI ? "en" : "vi"));
        model.put("linksetHref", linksetHref);
        return model;
    }

    private void certificates(Map<String, Object> model, Map<String, String> t, Integer storedStars,
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
            ocop.put("issued", parseDate(c.issueDate()).map(DATE::format).orElse(c.issueDate()));
            String until = parseDate(c.expiryDate()).map(DATE::format).orElse(c.expiryDate());
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
                                                     Map<String, String> t) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LedgerRecords.JourneyStep step : steps) {
            Map<String, Object> entry = new HashMap<>();
            String stepName = step.step() == null ? "OTHER" : step.step();
            entry.put("label", t.getOrDefault("step." + stepName, t.get("step.OTHER")));
            entry.put("bizStep", step.bizStep());
            entry.put("time", time(step.eventTime()));
            entry.put("by", name(passport, step.recordedBy()));
            entry.put("from", step.custodianFrom() == null ? null : name(passport, step.custodianFrom()));
            entry.put("to", step.custodianTo() == null ? null : name(passport, step.custodianTo()));
            entry.put("transactionId", step.transactionId());
            entries.add(entry);
        }
        passport.ledger().recall().ifPresent(recall -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("label", t.get("step.RECALL"));
            entry.put("time", time(recall.recalledAt()));
            entry.put("by", name(passport, recall.recalledBy()));
            entry.put("recall", true);
            entries.add(entry);
        });
        return entries;
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
    static String time(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return TIME.format(Instant.parse(instant).atZone(VIETNAM));
        } catch (DateTimeParseException e) {
            try {
                return TIME.format(java.time.OffsetDateTime.parse(instant).atZoneSameInstant(VIETNAM));
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
