package vn.xuatxu.api.passport.model.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.model.Completeness;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.persistence.BlockingItemStore;
import vn.xuatxu.api.passport.model.persistence.PassportReader;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The completeness of passports as of today in Vietnam (from the injected clock), with the agency's
 * blocking items: for a lot or a product the person may see (the same rules as reading the lot or product),
 * for all products of their organisation, and as the gate before labels are printed.
 */
@Singleton
public final class PassportCompleteness {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A passport and what it lacks. */
    public record Report(Passport passport, Completeness completeness) {
    }

    private final DSLContext db;
    private final PassportReader passports;
    private final BlockingItemStore blocking;
    private final LotLookup lots;
    private final ProductCatalogue products;
    private final Clock clock;

    PassportCompleteness(DSLContext db, PassportReader passports, BlockingItemStore blocking, LotLookup lots,
                         ProductCatalogue products, Clock clock) {
        this.db = db;
        this.passports = passports;
        this.blocking = blocking;
        this.lots = lots;
        this.products = products;
        this.clock = clock;
    }

    public Report ofLot(Actor actor, long lotId) {
        lots.find(actor, lotId);
        return lot(lotId);
    }

    public Report ofProduct(Actor actor, long productId) {
        products.find(actor, productId);
        Passport passport = passports.ofProduct(db, productId).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("product.error.notFound", productId)));
        return new Report(passport, check(passport));
    }

    /** Every product of the person's organisation (none for organisations without products). */
    public List<Report> ofOwnProducts(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER) {
            return List.of();
        }
        return passports.ofOrganisationProducts(db, actor.organisationId()).stream()
                .map(passport -> new Report(passport, check(passport))).toList();
    }

    /**
     * Lets label printing for a lot go ahead, or refuses it: a lot whose passport lacks items needs the
     * warning acknowledged, and a finding on a blocking item refuses even then. Authorisation is the caller's.
     */
    public void clearForPrinting(long lotId, boolean acknowledged) {
        Report report = lot(lotId);
        if (report.completeness().blocked() || (!report.completeness().complete() && !acknowledged)) {
            throw new IncompletePassportException(report.passport(), report.completeness());
        }
    }

    private Report lot(long lotId) {
        Passport passport = passports.ofLot(db, lotId).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("lot.error.notFoundId", lotId)));
        return new Report(passport, check(passport));
    }

    private Completeness check(Passport passport) {
        return Completeness.check(passport, LocalDate.now(clock.withZone(VIETNAM)), blocking.items(db));
    }
}
