package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.persistence.PassportReader;
import vn.xuatxu.api.passport.product.persistence.ProductPhotoStore;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers everything a scan shows: the stored lot with its product and producer (one query), and what
 * the ledger says at this moment (the proof and the lot's status, its journey, the product's certificates).
 * Organisation names for the journey cost a second, small query only when the lot left its producer; the
 * product's ingredients, allergens and storage one more by primary key.
 */
@Singleton
final class Passports {

    /** A lot's passport: the database record and the ledger's view of it. */
    record LotPassport(LotStore.StoredLot lot, LedgerProof.Reading ledger,
                       Optional<List<LedgerRecords.JourneyStep>> journey,
                       Optional<LedgerRecords.ProductCertificates> certificates,
                       Map<String, PassportQueries.OrganisationName> organisations, Optional<Passport> items,
                       List<ProductPhotoStore.StoredPhoto> photos, PassportQueries.ProductCare care) {
    }

    /** A product's passport for a GTIN-only scan. */
    record ProductPassport(PassportQueries.ProductWithProducer product,
                           Optional<LedgerRecords.ProductCertificates> certificates, Optional<Passport> items,
                           List<ProductPhotoStore.StoredPhoto> photos, PassportQueries.ProductCare care) {
    }

    private final DSLContext db;
    private final LotStore lots;
    private final PassportQueries queries;
    private final LedgerProof proof;
    private final LedgerRecords records;
    private final TranslationStore translations;
    private final PassportReader reader;
    private final ProductPhotoStore photos;

    Passports(DSLContext db, LotStore lots, PassportQueries queries, LedgerProof proof, LedgerRecords records,
              TranslationStore translations, PassportReader reader, ProductPhotoStore photos) {
        this.translations = translations;
        this.photos = photos;
        this.db = db;
        this.reader = reader;
        this.lots = lots;
        this.queries = queries;
        this.proof = proof;
        this.records = records;
    }

    Optional<LotPassport> lot(Gtin gtin, LotNumber number) {
        return lots.byGtinAndNumber(db, gtin, number).map(lot -> {
            String asking = lot.details().producerMspId();
            LedgerProof.Reading reading = proof.read(lot);
            Optional<List<LedgerRecords.JourneyStep>> journey = records.journey(asking, gtin, number);
            Optional<LedgerRecords.ProductCertificates> certificates = records.certificates(asking, gtin);
            Set<String> others = new LinkedHashSet<>();
            journey.ifPresent(steps -> steps.forEach(step -> {
                others.add(step.custodianFrom());
                others.add(step.custodianTo());
                others.add(step.recordedBy());
            }));
            reading.recall().ifPresent(recall -> others.add(recall.recalledBy()));
            others.remove(null);
            others.remove(asking);
            Map<String, PassportQueries.OrganisationName> names = new java.util.HashMap<>(queries.organisations(db, others));
            names.put(asking, new PassportQueries.OrganisationName(lot.producerName(), lot.province(), lot.commune()));
            return new LotPassport(lot, reading, journey, certificates, Map.copyOf(names), reader.ofLot(db, lot.id()),
                    photos.ofProduct(db, lot.productId()), queries.care(db, gtin));
        });
    }

    /** The producer's translations for a reader of {@code language}; none for Vietnamese, the texts' own language. */
    Optional<TranslationStore.ForReader> translation(Gtin gtin, String language) {
        if (language.equals("vi")) {
            return Optional.empty();
        }
        TranslationStore.ForReader found = translations.forReader(db, gtin, language);
        return found.product().isPresent() || found.producerName().isPresent() ? Optional.of(found) : Optional.empty();
    }

    Optional<ProductPassport> product(Gtin gtin) {
        return queries.product(db, gtin).map(product -> {
            Optional<Passport> items = reader.ofGtin(db, gtin);
            return new ProductPassport(product, records.certificates(product.producerMspId(), gtin), items,
                    items.map(p -> photos.ofProduct(db, p.product().id())).orElse(List.of()), queries.care(db, gtin));
        });
    }
}
