package vn.xuatxu.api.passport.product.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.product.domain.InternalGtinRange;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;
import vn.xuatxu.api.passport.product.persistence.ProductStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A producer's products: its administrator creates and edits them, anyone in the organisation reads them.
 * Each change is checked here, stored, and queued for the ledger ({@code registerProduct} or
 * {@code updateProduct}) in the same transaction. Producers without a GS1 licence leave the GTIN empty
 * and get one from the platform's internal range.
 */
@Singleton
public final class ProductCatalogue {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The fields as they came from a form or JSON, before any check. */
    public record Request(String gtin, String name, String category, String description, String netContent,
                          String lotCode, Integer ocopStars, String ocopCertificateNumber, LocalDate ocopIssueDate,
                          LocalDate ocopExpiryDate, String markKind, String markName, String markCertificateNumber,
                          String markHolder, String ingredients, String allergens, String storage) {
    }

    private final DSLContext db;
    private final ProductStore products;
    private final ProductPassportStore passports;
    private final Outbox outbox;
    private final Clock clock;
    private final InternalGtinRange internalRange;

    ProductCatalogue(DSLContext db, ProductStore products, ProductPassportStore passports, Outbox outbox, Clock clock,
                     @Value("${xuatxu.products.internal-gtin-prefix:2099}") String internalPrefix) {
        this.db = db;
        this.products = products;
        this.passports = passports;
        this.outbox = outbox;
        this.clock = clock;
        this.internalRange = new InternalGtinRange(internalPrefix);
    }

    public ProductPassportStore.StoredPassport create(Actor actor, Request request) {
        requireProducerAdmin(actor);
        boolean internal = request.gtin() == null || request.gtin().isBlank();
        Gtin given = internal ? null : Gtin.parse(request.gtin());
        if (given != null && internalRange.contains(given)) {
            throw new ProblemException.InvalidInput("gtin", PageText.of("product.error.gtinInternalRange", given));
        }
        ProductPassport checked = check(request, given == null ? internalRange.number(1) : given,
                internal ? ProductPassport.GtinSource.INTERNAL : ProductPassport.GtinSource.GS1);
        if (given != null && products.byGtin(db, given).isPresent()) {
            throw new ProblemException.Conflict(PageText.of("product.error.gtinTaken", given));
        }
        long id;
        try {
            id = db.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Gtin gtin = internal ? passports.nextInternalGtin(tx, internalRange) : given;
                ProductPassport passport = withGtin(checked, gtin);
                long productId = products.insert(tx, new ProductStore.NewProduct(actor.organisationId(), gtin,
                        passport.name(), passport.category(), passport.description(), passport.netContent(),
                        passport.ocop() == null ? null : passport.ocop().stars()));
                passports.save(tx, productId, passport);
                outbox.enqueue(tx, Outbox.SubjectType.PRODUCT, productId,
                        LedgerTransaction.of(actor.mspId(), "registerProduct", passport.ledgerArgument()));
                return productId;
            });
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw new ProblemException.Conflict(PageText.of("product.error.gtinRace"));
            }
            throw e;
        }
        return passports.byId(db, id).orElseThrow();
    }

    public ProductPassportStore.StoredPassport update(Actor actor, long id, Request request) {
        requireProducerAdmin(actor);
        ProductPassportStore.StoredPassport existing = find(actor, id);
        if (request.gtin() != null && !request.gtin().isBlank()
                && !Gtin.parse(request.gtin()).equals(existing.passport().gtin())) {
            throw new ProblemException.InvalidInput("gtin", PageText.of("product.error.gtinFixed"));
        }
        ProductPassport passport = check(request, existing.passport().gtin(), existing.passport().gtinSource());
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            passports.save(tx, id, passport);
            outbox.enqueue(tx, Outbox.SubjectType.PRODUCT, id,
                    LedgerTransaction.of(actor.mspId(), "updateProduct", passport.ledgerArgument()));
        });
        return passports.byId(db, id).orElseThrow();
    }

    /** One of the caller's organisation's products (the agency may read any); others are "not found". */
    public ProductPassportStore.StoredPassport find(Actor actor, long id) {
        return passports.byId(db, id)
                .filter(p -> p.organisationId() == actor.organisationId() || actor.organisationKind() == OrganisationKind.AGENCY)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("product.error.notFound", id)));
    }

    public List<ProductPassportStore.StoredPassport> list(Actor actor) {
        return passports.ofOrganisation(db, actor.organisationId());
    }

    static void requireProducerAdmin(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN)) {
            throw new ProblemException.Forbidden(PageText.of("product.error.adminsOnly"));
        }
    }

    private ProductPassport check(Request r, Gtin gtin, ProductPassport.GtinSource source) {
        String name = required(r.name(), "name", PageText.of("product.error.nameMissing"), 200);
        String category = required(r.category(), "category", PageText.of("product.error.categoryMissing"), 100);
        String lotCode = optional(r.lotCode(), "lotCode", 8);
        if (lotCode != null) {
            lotCode = lotCode.toUpperCase(Locale.ROOT);
            if (!lotCode.matches("[A-Z0-9]{1,8}")) {
                throw new ProblemException.InvalidInput("lotCode", PageText.of("product.error.lotCode"));
            }
        }
        return new ProductPassport(gtin, source, name, category, optional(r.description(), "description", 2000),
                optional(r.netContent(), "netContent", 50), lotCode, ocop(r), mark(r),
                optional(r.ingredients(), "ingredients", 1000), optional(r.allergens(), "allergens", 500),
                optional(r.storage(), "storage", 500));
    }

    private ProductPassport.Ocop ocop(Request r) {
        String number = optional(r.ocopCertificateNumber(), "ocopCertificateNumber", 100);
        boolean certificate = number != null || r.ocopIssueDate() != null || r.ocopExpiryDate() != null;
        if (r.ocopStars() == null || r.ocopStars() == 0) {
            if (certificate) {
                throw new ProblemException.InvalidInput("ocopStars", PageText.of("product.error.ocopStarsMissing"));
            }
            return null;
        }
        if (r.ocopStars() < 3 || r.ocopStars() > 5) {
            throw new ProblemException.InvalidInput("ocopStars", PageText.of("product.error.ocopStarsRange"));
        }
        if (!certificate) {
            return new ProductPassport.Ocop(r.ocopStars(), null, null, null);
        }
        if (number == null) {
            throw new ProblemException.InvalidInput("ocopCertificateNumber", PageText.of("product.error.ocopNumber"));
        }
        if (r.ocopIssueDate() == null) {
            throw new ProblemException.InvalidInput("ocopIssueDate", PageText.of("product.error.ocopIssueMissing"));
        }
        if (r.ocopExpiryDate() == null) {
            throw new ProblemException.InvalidInput("ocopExpiryDate", PageText.of("product.error.ocopExpiryMissing"));
        }
        if (r.ocopIssueDate().isAfter(LocalDate.now(clock.withZone(VIETNAM)))) {
            throw new ProblemException.InvalidInput("ocopIssueDate", PageText.of("product.error.ocopIssueFuture"));
        }
        if (!r.ocopExpiryDate().isAfter(r.ocopIssueDate())) {
            throw new ProblemException.InvalidInput("ocopExpiryDate", PageText.of("product.error.ocopExpiryEarly"));
        }
        return new ProductPassport.Ocop(r.ocopStars(), number, r.ocopIssueDate(), r.ocopExpiryDate());
    }

    private static ProductPassport.Mark mark(Request r) {
        String kind = r.markKind() == null ? "" : r.markKind().strip();
        String name = optional(r.markName(), "markName", 200);
        if (kind.isEmpty()) {
            if (name != null) {
                throw new ProblemException.InvalidInput("markKind", PageText.of("product.error.markKindMissing"));
            }
            return null;
        }
        ProductPassport.MarkKind markKind;
        try {
            markKind = ProductPassport.MarkKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("markKind", PageText.of("product.error.markKindUnknown", kind));
        }
        if (name == null) {
            throw new ProblemException.InvalidInput("markName", PageText.of("product.error.markName"));
        }
        return new ProductPassport.Mark(markKind, name, optional(r.markCertificateNumber(), "markCertificateNumber", 100),
                optional(r.markHolder(), "markHolder", 200));
    }

    private static ProductPassport withGtin(ProductPassport p, Gtin gtin) {
        return new ProductPassport(gtin, p.gtinSource(), p.name(), p.category(), p.description(), p.netContent(),
                p.lotCode(), p.ocop(), p.mark(), p.ingredients(), p.allergens(), p.storage());
    }

    private static String required(String value, String field, PageText missing, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new ProblemException.InvalidInput(field, missing);
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.textTooLong", max));
        }
        return text;
    }
}
