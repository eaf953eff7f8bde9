package vn.xuatxu.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.identity.application.SignIn;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.kitchen.application.DayClosing;
import vn.xuatxu.api.kitchen.application.DayReconstruction;
import vn.xuatxu.api.kitchen.application.KitchenAccess;
import vn.xuatxu.api.kitchen.application.KitchenEntries;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.DeviationStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.SampleStore;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.kitchen.KitchenTime;

/**
 * Gives the demo school kitchen (Him Lam primary school) its last month of school days (22 by default,
 * {@code xuatxu.demo.school-days}; the tests seed 3 to start fast): suppliers with
 * their certificates, a rotating lunch menu for 900 pupils, the morning's deliveries, cooking, serving,
 * a sample of every dish, yesterday's samples destroyed after 24 h, and every day closed and anchored.
 *
 * <p>It goes through the same services the tablet uses, with their clock set to the hour each step happens,
 * so every row passes the domain's checks and every closed day reaches the ledger by the real outbox path.
 * Runs after {@link DemoData} (which creates the school) and only once.
 */
@Singleton
@Requires(property = "xuatxu.demo", value = "true")
final class KitchenDemoData implements ApplicationEventListener<StartupEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(KitchenDemoData.class);
    private static final ZoneId VIETNAM = KitchenTime.ZONE;

    /** The clock the seeding services read: moved to each step's hour. */
    private static final class SeedClock extends Clock {
        private Instant instant = Instant.EPOCH;

        void at(LocalDateTime local) {
            instant = local.atZone(VIETNAM).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    private record Dish(String name, String kind, String ingredientFood) {
    }

    private static final List<List<Dish>> MENUS = List.of(
            List.of(new Dish("Cơm trắng", "SOLID", null), new Dish("Thịt lợn kho trứng", "SOLID", "Thịt lợn nạc vai"),
                    new Dish("Rau cải xào tỏi", "SOLID", "Rau cải ngọt"), new Dish("Canh bí nấu tôm", "LIQUID", "Bí xanh"),
                    new Dish("Chuối tráng miệng", "READY_TO_EAT_VEGETABLE_OR_FRUIT", "Chuối tây")),
            List.of(new Dish("Cơm trắng", "SOLID", null), new Dish("Gà rang gừng", "SOLID", "Thịt gà ta"),
                    new Dish("Su su xào", "SOLID", "Su su"), new Dish("Canh rau ngót nấu thịt", "LIQUID", "Rau ngót"),
                    new Dish("Dưa hấu tráng miệng", "READY_TO_EAT_VEGETABLE_OR_FRUIT", "Dưa hấu")),
            List.of(new Dish("Cơm trắng", "SOLID", null), new Dish("Cá rô phi sốt cà chua", "SOLID", "Cá rô phi"),
                    new Dish("Bắp cải luộc", "SOLID", "Bắp cải"), new Dish("Canh chua cà chua trứng", "LIQUID", "Cà chua"),
                    new Dish("Cam tráng miệng", "READY_TO_EAT_VEGETABLE_OR_FRUIT", "Cam sành")));

    private final int schoolDays;
    private final DSLContext db;
    private final KitchenDirectory kitchens;
    private final CatalogueStore catalogue;
    private final AccountStore accounts;
    private final SeedClock clock = new SeedClock();
    private final KitchenEntries entries;
    private final DayClosing closing;
    private final Clock realClock;

    KitchenDemoData(DSLContext db, KitchenAccess access, KitchenDirectory kitchens, CatalogueStore catalogue,
                    CheckRowStore rows, SampleStore samples, DayReconstruction reconstruction, DayVersionStore versions,
                    AccountStore accounts, SignIn signIn, Outbox outbox, DeviationStore deviations, Clock realClock,
                    @Value("${xuatxu.demo.school-days:22}") int schoolDays) {
        this.db = db;
        this.schoolDays = Math.max(2, Math.min(60, schoolDays));
        this.kitchens = kitchens;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.realClock = realClock;
        // Seeded history raises no alerts: they are about what needs doing now, and the minute's run covers today.
        this.entries = new KitchenEntries(db, access, catalogue, rows, samples, reconstruction, accounts, kitchens, signIn,
                deviations, (kitchen, day) -> { }, clock);
        this.closing = new DayClosing(db, access, reconstruction, versions, accounts, outbox, clock);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Optional<KitchenDirectory.Kitchen> school = kitchens.byMspId(db, DemoData.SCHOOL_MSP);
        Optional<AccountStore.Account> manager = accounts.byUsername(db, DemoData.LOGINS.get(3).username());
        if (school.isEmpty() || manager.isEmpty() || !catalogue.suppliers(db, school.get().id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(realClock.withZone(VIETNAM));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); days.size() < schoolDays; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, d);
            }
        }
        seed(school.get().mspId(), manager.get().actor(), days);
        LOG.info("Demo kitchen data seeded: {} school days of Him Lam primary school", days.size());
    }

    private void seed(String kitchen, Actor manager, List<LocalDate> days) {
        clock.at(days.get(0).atTime(5, 30));
        long meat = entries.addSupplier(manager, kitchen, new CatalogueStore.NewSupplier(
                "Công ty TNHH Thực phẩm sạch Điện Biên", "Tổ 5, phường Him Lam, TP. Điện Biên Phủ", "0215 3825 118",
                "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "45/2025/NNPTNT-ĐB", "Chi cục Chất lượng, Chế biến và Phát triển thị trường Điện Biên",
                days.get(0).plusYears(2), "TY-ĐB-2025-031"));
        long greens = entries.addSupplier(manager, kitchen, new CatalogueStore.NewSupplier(
                "HTX Nông nghiệp Thanh Xương", "Xã Thanh Xương, huyện Điện Biên", null,
                "Giấy chứng nhận VietGAP", "VG-2025-0117", "Trung tâm Chứng nhận phù hợp (Quacert)",
                days.get(0).plusYears(1), null));
        long grocery = entries.addSupplier(manager, kitchen, new CatalogueStore.NewSupplier(
                "Cửa hàng Thực phẩm Hoa Ban", "Số 12 đường Võ Nguyên Giáp, TP. Điện Biên Phủ", "0215 3830 456",
                "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "112/2024/GCNATTP-SYT", "Sở Y tế Điện Biên",
                days.get(0).plusYears(1), null));
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            seedDay(kitchen, manager, day, MENUS.get(i % MENUS.size()), meat, greens, grocery);
            if (i > 0) {
                destroyYesterday(kitchen, manager, days.get(i - 1), day);
            }
        }
    }

    private void seedDay(String kitchen, Actor manager, LocalDate day, List<Dish> menu, long meat, long greens,
                         long grocery) {
        clock.at(day.atTime(5, 45));
        List<Long> items = new ArrayList<>();
        for (Dish dish : menu) {
            items.add(entries.addMenuItem(manager, kitchen, day, "LUNCH", LocalTime.of(11, 0), null, dish.name(),
                    dish.kind(), 900));
        }
        clock.at(day.atTime(6, 40));
        List<Long> receipts = new ArrayList<>();
        int minute = 0;
        for (Dish dish : menu) {
            if (dish.ingredientFood() == null) {
                receipts.add(null);
                continue;
            }
            boolean animal = dish.ingredientFood().startsWith("Thịt") || dish.ingredientFood().startsWith("Cá");
            boolean fruit = dish.kind().startsWith("READY");
            receipts.add(entries.recordDelivery(manager, kitchen, day, new KitchenEntries.Delivery("FRESH",
                    animal ? meat : greens, dish.ingredientFood(), animal, LocalTime.of(6, 5 + minute),
                    new BigDecimal(animal ? "42.5" : fruit ? "90" : "38"), "KILOGRAM",
                    animal ? "Lường Văn Hùng" : "Quàng Thị Mai", "HĐ " + day.getDayOfMonth() + "-" + (minute + 1),
                    animal ? "TY-ĐB-2025-031" : null, animal ? "KD-" + day + "-" + (minute + 1) : null, null, "PASS",
                    animal ? "NOT_DONE" : "PASS", null, null, null, null, null, null)));
            minute += 5;
        }
        long fishSauce = entries.recordDelivery(manager, kitchen, day, new KitchenEntries.Delivery("PACKAGED", grocery,
                "Nước mắm", false, LocalTime.of(6, 30), new BigDecimal("5"), "LITRE", "Lò Văn Tươi",
                "HĐ " + day.getDayOfMonth() + "-NM", null, null, null, "PASS", null, "Công ty CP Nước mắm Cát Hải",
                "Cát Hải, Hải Phòng", day.plusMonths(10), "AMBIENT", "L" + day.getYear() % 100 + "11", null));
        clock.at(day.atTime(10, 20));
        for (int i = 0; i < menu.size(); i++) {
            Dish dish = menu.get(i);
            List<Long> used = new ArrayList<>();
            if (receipts.get(i) != null) {
                used.add(receipts.get(i));
            }
            if (dish.name().contains("kho") || dish.name().contains("sốt") || dish.name().contains("rang")) {
                used.add(fishSauce);
            }
            boolean rice = dish.ingredientFood() == null;
            entries.recordCooking(manager, kitchen, day, new KitchenEntries.Cooking(items.get(i), used,
                    rice ? "Gạo tẻ" : null, rice ? new BigDecimal("85") : null, rice ? "KILOGRAM" : null,
                    LocalTime.of(8, 30), LocalTime.of(10, 10), null, null, null, null, null));
        }
        clock.at(day.atTime(10, 38));
        for (Long item : items) {
            entries.recordServing(manager, kitchen, day, new KitchenEntries.Serving(item, LocalTime.of(10, 35),
                    LocalTime.of(11, 0), "Khay inox có nắp, xe đẩy", null, null, null));
        }
        clock.at(day.atTime(10, 45));
        for (int i = 0; i < menu.size(); i++) {
            boolean liquid = "LIQUID".equals(menu.get(i).kind());
            entries.takeSample(manager, kitchen, day, new KitchenEntries.Sample(items.get(i),
                    new BigDecimal(liquid ? "160" : "120"), null, "Hộp inox 250 ml có nắp", true,
                    "NP-" + day.getDayOfMonth() + "-" + (i + 1), new BigDecimal("4.5"), LocalTime.of(10, 40),
                    "Tủ lưu mẫu số 1", null));
        }
        clock.at(day.atTime(13, 30));
        closing.close(manager, kitchen, day, null);
    }

    private void destroyYesterday(String kitchen, Actor manager, LocalDate previous, LocalDate day) {
        clock.at(day.atTime(11, 5));
        int count = MENUS.get(0).size();
        for (int i = 1; i <= count; i++) {
            String code = "MAU-" + previous.toString().replace("-", "") + "-" + String.format("%02d", i);
            entries.destroySample(manager, kitchen, code, new KitchenEntries.Destruction(new BigDecimal("4.0"), null,
                    true, true, null));
        }
    }
}
