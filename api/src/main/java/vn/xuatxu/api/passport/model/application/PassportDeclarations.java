package vn.xuatxu.api.passport.model.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.persistence.DeclarationStore;
import vn.xuatxu.api.passport.model.persistence.PassportReader;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * What a producer declares for the passport beyond the product form: the product's photo, brand, origin,
 * standards, quality certificate and safety warnings, and the producer's tax code, GLN and address details.
 * Only the producer's administrator changes them; each value is checked and stored NFC-normalised.
 */
@Singleton
public final class PassportDeclarations {

    /** A product's declarations as typed, before any check. */
    public record ProductRequest(String imageUrl, String brand, String origin, String standardsApplied,
                                 String qualityCertificateName, String qualityCertificateNumber,
                                 LocalDate qualityCertificateValidUntil, String safetyWarnings) {
    }

    /** A producer's details as typed, before any check. */
    public record ProducerRequest(String taxCode, String gln, String addressLine, String formerCommune,
                                  String formerProvince) {
    }

    private final DSLContext db;
    private final DeclarationStore store;
    private final PassportReader passports;
    private final ProductCatalogue products;

    PassportDeclarations(DSLContext db, DeclarationStore store, PassportReader passports, ProductCatalogue products) {
        this.db = db;
        this.store = store;
        this.passports = passports;
        this.products = products;
    }

    /** A product's passport for its declarations form; the same visibility as the product itself. */
    public Passport product(Actor actor, long productId) {
        products.find(actor, productId);
        return passports.ofProduct(db, productId).orElseThrow();
    }

    /** The person's organisation as its passports show it. */
    public Passport.Producer producer(Actor actor) {
        return passports.producer(db, actor.organisationId()).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("organisation.error.notFound")));
    }

    public Passport saveProduct(Actor actor, long productId, ProductRequest r) {
        requireProducerAdmin(actor);
        products.find(actor, productId);
        String certificateName = text(r.qualityCertificateName(), "qualityCertificateName", 200);
        String certificateNumber = text(r.qualityCertificateNumber(), "qualityCertificateNumber", 100);
        Passport.QualityCertificate certificate = null;
        if (certificateName != null || certificateNumber != null || r.qualityCertificateValidUntil() != null) {
            if (certificateName == null) {
                throw new ProblemException.InvalidInput("qualityCertificateName",
                        PageText.of("declaration.error.certificateName"));
            }
            if (certificateNumber == null) {
                throw new ProblemException.InvalidInput("qualityCertificateNumber", PageText.of("declaration.error.certificateNumber"));
            }
            certificate = new Passport.QualityCertificate(certificateName, certificateNumber, r.qualityCertificateValidUntil());
        }
        DeclarationStore.ProductDeclarations declarations = new DeclarationStore.ProductDeclarations(
                imageUrl(r.imageUrl()), text(r.brand(), "brand", 200), text(r.origin(), "origin", 300),
                text(r.standardsApplied(), "standardsApplied", 500), certificate,
                text(r.safetyWarnings(), "safetyWarnings", 500));
        db.transaction(configuration -> store.saveProduct(configuration.dsl(), productId, declarations));
        return passports.ofProduct(db, productId).orElseThrow();
    }

    public void saveProducer(Actor actor, ProducerRequest r) {
        requireProducerAdmin(actor);
        String taxCode = text(r.taxCode(), "taxCode", 20);
        if (taxCode != null && !taxCode.matches("[0-9]{10}(-[0-9]{3})?")) {
            throw new ProblemException.InvalidInput("taxCode",
                    PageText.of("organisation.error.taxCode"));
        }
        String gln = text(r.gln(), "gln", 13);
        if (gln != null && (!gln.matches("[0-9]{13}") || Gtin.checkDigit(gln.substring(0, 12)) != gln.charAt(12) - '0')) {
            throw new ProblemException.InvalidInput("gln", PageText.of("organisation.error.gln"));
        }
        DeclarationStore.ProducerDetails details = new DeclarationStore.ProducerDetails(taxCode, gln,
                text(r.addressLine(), "addressLine", 200), text(r.formerCommune(), "formerCommune", 100),
                text(r.formerProvince(), "formerProvince", 100));
        db.transaction(configuration -> store.saveProducer(configuration.dsl(), actor.organisationId(), details));
    }

    private static void requireProducerAdmin(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN)) {
            throw new ProblemException.Forbidden(PageText.of("declaration.error.adminsOnly"));
        }
    }

    private static String imageUrl(String value) {
        String text = text(value, "imageUrl", 500);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ProblemException.InvalidInput("imageUrl", PageText.of("declaration.error.imageUrl"));
    }

    private static String text(String value, String field, int max) {
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
