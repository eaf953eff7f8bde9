package vn.xuatxu.api.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.application.PassportDeclarations;
import vn.xuatxu.api.passport.model.persistence.DeclarationStore;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Gives the demo co-operative's dashboard a passport checklist worth looking at: the roasted coffee gets every
 * item of Decree 37/2026 and Circular 02/2024 (tax code, GLN, address with its former district, OCOP
 * certificate, quality certificate, standards, origin, photo), and a second product, green coffee, lacks its
 * photo, origin and standards and holds an OCOP certificate past its 36 months. {@link DemoData} calls it
 * after seeding the co-op; it acts once, through the same services the forms use (the photo is the app's own
 * demo picture).
 */
@Singleton
@Requires(property = "xuatxu.demo", value = "true")
final class PassportDemoData {

    static final String INCOMPLETE_PRODUCT = "Cà phê Arabica Mường Ảng nhân xanh";
    private static final Logger LOG = LoggerFactory.getLogger(PassportDemoData.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DSLContext db;
    private final AccountStore accounts;
    private final ProductStore products;
    private final ProductCatalogue catalogue;
    private final PassportDeclarations declarations;
    private final DeclarationStore store;
    private final Clock clock;

    PassportDemoData(DSLContext db, AccountStore accounts, ProductStore products, ProductCatalogue catalogue,
                     PassportDeclarations declarations, DeclarationStore store, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.products = products;
        this.catalogue = catalogue;
        this.declarations = declarations;
        this.store = store;
        this.clock = clock;
    }

    static Gtin incompleteGtin() {
        String body = "0893860000102";
        return new Gtin(body + Gtin.checkDigit(body));
    }

    void seed() {
        if (products.byGtin(db, incompleteGtin()).isPresent()) {
            return;
        }
        Actor coop = accounts.byUsername(db, DemoData.LOGINS.get(2).username()).orElseThrow().actor();
        long complete = products.byGtin(db, DemoData.demoGtin()).orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));

        String glnBody = "893860000001";
        declarations.saveProducer(coop, new PassportDeclarations.ProducerRequest("5600123456",
                glnBody + Gtin.checkDigit(glnBody), "Bản Co Líu", null, null));
        ProductPassport roasted = catalogue.find(coop, complete).passport();
        LocalDate decided = today.minusMonths(6);
        catalogue.update(coop, complete, new ProductCatalogue.Request(roasted.gtin().value(), roasted.name(),
                roasted.category(), roasted.description(), roasted.netContent(), roasted.lotCode(), 4, "1024/QĐ-UBND",
                decided, decided.plusMonths(36).minusDays(1), null, null, null, null,
                "100% cà phê Arabica rang mộc", roasted.allergens(), "Nơi khô ráo, thoáng mát, tránh ánh nắng"));
        db.transaction(configuration -> store.saveProduct(configuration.dsl(), complete,
                new DeclarationStore.ProductDeclarations("/static/demo/ca-phe-arabica.svg", "Mường Ảng Arabica",
                        "Xã Mường Ảng, tỉnh Điện Biên, Việt Nam", "TCVN 4193:2014 (cà phê nhân); TCVN 5250:2015 (cà phê rang)",
                        new Passport.QualityCertificate("VietGAP", "VG-DB-2025-012", today.plusMonths(20)),
                        "Không dùng cho trẻ em dưới 12 tuổi và người nhạy cảm với caffeine")));

        LocalDate lapsed = today.minusMonths(40);
        catalogue.create(coop, new ProductCatalogue.Request(incompleteGtin().value(), INCOMPLETE_PRODUCT, "Cà phê",
                "Cà phê Arabica nhân xanh, sơ chế ướt, chưa rang.", "1 kg", "NX", 3, "215/QĐ-UBND", lapsed,
                lapsed.plusMonths(36).minusDays(1), null, null, null, null, null, null, null));
        LOG.info("Demo passports seeded: one complete product, one with missing and expired items");
    }
}
