package vn.xuatxu.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.identity.application.OrganisationRegistration;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.OrganisationStore;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.product.application.ProductRegistration;
import vn.xuatxu.api.passport.product.persistence.ProductStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Seeds the demo province once, through the same services real users go through, so the demo lot reaches
 * the ledger by the real outbox path. Later starts find it and leave it alone.
 */
@Singleton
@Requires(property = "xuatxu.demo", value = "true")
final class DemoData implements ApplicationEventListener<StartupEvent> {

    /** A demo login, listed in the README and the startup banner. */
    record DemoLogin(String username, String password, String who) {
    }

    static final String AGENCY_MSP = "DienBienAgencyMSP";
    static final String COOP_MSP = "MuongAngCoffeeMSP";
    static final String SCHOOL_MSP = "HimLamSchoolMSP";
    static final String DEMO_LOT = "MA2026-001";
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("so.nongnghiep", "demo-agency-2026", "Sở Nông nghiệp và Môi trường (quản trị)"),
            new DemoLogin("thanh.tra", "demo-inspector-2026", "Thanh tra viên của Sở"),
            new DemoLogin("htx.muongang", "demo-coffee-2026", "HTX Cà phê Mường Ảng (quản trị)"),
            new DemoLogin("bep.himlam", "demo-kitchen-2026", "Bếp ăn Trường Tiểu học Him Lam"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DSLContext db;
    private final OrganisationStore organisations;
    private final OrganisationRegistration registration;
    private final AccountStore accounts;
    private final ProductRegistration products;
    private final ProductStore productStore;
    private final LotRegistration lots;
    private final Clock clock;
    private final PassportDemoData passports;

    DemoData(DSLContext db, OrganisationStore organisations, OrganisationRegistration registration, AccountStore accounts,
             ProductRegistration products, ProductStore productStore, LotRegistration lots, Clock clock,
             PassportDemoData passports) {
        this.db = db;
        this.passports = passports;
        this.organisations = organisations;
        this.registration = registration;
        this.accounts = accounts;
        this.products = products;
        this.productStore = productStore;
        this.lots = lots;
        this.clock = clock;
    }

    static Gtin demoGtin() {
        String body = "0893860000101";
        return new Gtin(body + Gtin.checkDigit(body));
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (organisations.idByMspId(db, AGENCY_MSP).isEmpty()) {
            seedOrganisations();
            LOG.info("Demo data seeded: province agency, coffee co-operative, school kitchen");
        }
        AccountStore.Account producer = accounts.byUsername(db, "htx.muongang").orElseThrow();
        if (productStore.byGtin(db, demoGtin()).isPresent()
                && !db.fetchExists(vn.xuatxu.api.db.Tables.LOT, vn.xuatxu.api.db.Tables.LOT.LOT_NUMBER.eq(DEMO_LOT))) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
            lots.register(producer.actor(), new LotRegistration.Request(demoGtin().value(), DEMO_LOT,
                    today.minusDays(14), today.minusDays(14).plusMonths(12), new BigDecimal("1200"), "kg"));
        }
        passports.seed();
    }

    private void seedOrganisations() {
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            long agency = registration.register(tx, new OrganisationStore.NewOrganisation(AGENCY_MSP,
                    "Sở Nông nghiệp và Môi trường tỉnh Điện Biên", OrganisationKind.AGENCY, "Điện Biên", null,
                    "Phường Điện Biên Phủ"));
            long coop = registration.register(tx, new OrganisationStore.NewOrganisation(COOP_MSP,
                    "Hợp tác xã Cà phê Mường Ảng", OrganisationKind.PRODUCER, "Điện Biên", "Mường Ảng", "Xã Mường Ảng"));
            long school = registration.register(tx, new OrganisationStore.NewOrganisation(SCHOOL_MSP,
                    "Trường Tiểu học Him Lam", OrganisationKind.SCHOOL_KITCHEN, "Điện Biên", "Thành phố Điện Biên Phủ",
                    "Phường Điện Biên Phủ"));
            registration.addAccount(tx, agency, LOGINS.get(0).username(), "Quản trị Sở Nông nghiệp", LOGINS.get(0).password(),
                    Set.of(Role.AGENCY_ADMIN));
            registration.addAccount(tx, agency, LOGINS.get(1).username(), "Thanh tra viên", LOGINS.get(1).password(),
                    Set.of(Role.INSPECTOR));
            registration.addAccount(tx, coop, LOGINS.get(2).username(), "Lò Văn Thành", LOGINS.get(2).password(),
                    Set.of(Role.ORG_ADMIN, Role.STAFF));
            registration.addAccount(tx, school, LOGINS.get(3).username(), "Nguyễn Thị Hoa", LOGINS.get(3).password(),
                    Set.of(Role.KITCHEN_MANAGER));
            products.register(tx, new ProductStore.NewProduct(coop, demoGtin(), "Cà phê Arabica Mường Ảng rang xay",
                    "Cà phê", "Cà phê Arabica trồng ở độ cao 1.000 m tại Mường Ảng, rang mộc, xay vừa.", "500 g", 4),
                    COOP_MSP);
        });
    }
}
