package vn.xuatxu.kitchen.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.QuantityUnit;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.SignatureMethod;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.inspection.AnimalHealthPaper;
import vn.xuatxu.kitchen.inspection.CookingCheck;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.DocumentRef;
import vn.xuatxu.kitchen.inspection.FreshFoodReceipt;
import vn.xuatxu.kitchen.inspection.HygieneCheck;
import vn.xuatxu.kitchen.inspection.IngredientSource;
import vn.xuatxu.kitchen.inspection.IngredientUse;
import vn.xuatxu.kitchen.inspection.PackagedFoodReceipt;
import vn.xuatxu.kitchen.inspection.ReceiptRef;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.inspection.ReceivingDecision;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.inspection.ServingCheck;
import vn.xuatxu.kitchen.inspection.StorageCondition;
import vn.xuatxu.kitchen.inspection.Supplier;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.DishKind;
import vn.xuatxu.kitchen.menu.Menu;
import vn.xuatxu.kitchen.menu.MenuItem;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.RetentionPolicyHistory;
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleContainer;
import vn.xuatxu.kitchen.sample.SampleEntry;
import vn.xuatxu.kitchen.sample.SampleRegister;
import vn.xuatxu.kitchen.sample.TemperatureReading;

/**
 * A realistic day of the semi-boarding kitchen of a primary school in Điện Biên Phủ, built only
 * through the domain API: seven fresh deliveries (one beef delivery refused for its smell, quail
 * eggs from a household farm without a quarantine paper), four packaged ones (one seasoning
 * refused as expired), five lunch dishes, and one sealed sample per dish.
 */
public final class FormFixtures {

    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final String SCHOOL = "Bếp ăn bán trú Trường Tiểu học Him Lam";
    public static final String ADDRESS = "Tổ 5, phường Him Lam, TP. Điện Biên Phủ, tỉnh Điện Biên";
    public static final String CHECKER = "Lò Thị Thanh";
    public static final String HEAD_COOK = "Quàng Văn Duy";
    public static final int SERVINGS = 912;

    public static final Dish RICE = new Dish("Cơm trắng", DishKind.SOLID);
    public static final Dish PORK = new Dish("Thịt lợn kho trứng cút", DishKind.SOLID);
    public static final Dish GREENS = new Dish("Cải ngọt xào tỏi", DishKind.SOLID);
    public static final Dish SOUP = new Dish("Canh bí đỏ nấu xương", DishKind.LIQUID);
    public static final Dish MELON = new Dish("Dưa hấu tráng miệng", DishKind.READY_TO_EAT_VEGETABLE_OR_FRUIT);
    public static final List<Dish> DISHES = List.of(RICE, PORK, GREENS, SOUP, MELON);

    private FormFixtures() {
    }

    /** A clock a test can move; samples can only be destroyed 24 h after they were taken. */
    public static final class MovableClock extends Clock {
        private Instant now;

        public MovableClock(LocalDateTime start) {
            this.now = start.atZone(KitchenTime.ZONE).toInstant();
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return KitchenTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A closed day and the register holding its samples. */
    public record FixtureDay(KitchenDay day, SampleRegister register, MovableClock clock) {
    }

    public static KitchenDay day(LocalDate date) {
        return fixture(date, "").day();
    }

    /**
     * The day of {@code date}; {@code extraActionNote} is appended to the refused beef row's
     * action (column 15) so a test can make one cell very long.
     */
    public static FixtureDay fixture(LocalDate date, String extraActionNote) {
        return fixture(date, extraActionNote, 0);
    }

    /** As {@link #fixture(LocalDate, String)}, with {@code extraGreens} more vegetable deliveries. */
    public static FixtureDay fixture(LocalDate date, String extraActionNote, int extraGreens) {
        MealService lunch = new MealService(Meal.LUNCH, LocalTime.of(11, 0));
        Menu menu = new Menu(date, DISHES.stream().map(d -> new MenuItem(Meal.LUNCH, d)).toList());
        ReceivingCheck receiving = ReceivingCheck.of(header("Khu tiếp nhận thực phẩm", date.atTime(6, 45)),
                fresh(date, extraActionNote, extraGreens), packaged(date)).orElseThrow();
        CookingCheck cooking = CookingCheck.of(header("Khu sơ chế và chế biến", date.atTime(10, 15)),
                cooking(date, lunch), receiving).orElseThrow();
        List<DishServing> servingRows = new ArrayList<>();
        for (int i = 0; i < DISHES.size(); i++) {
            Dish dish = DISHES.get(i);
            servingRows.add(new DishServing(i + 1, lunch, dish.name(), SERVINGS, date.atTime(10, 35), date.atTime(11, 0),
                    dish == SOUP ? "Xoong inox có nắp, muôi riêng" : "Khay inox có nắp đậy, xe đẩy",
                    PassFail.PASS, PassFail.PASS, null));
        }
        ServingCheck serving = ServingCheck.of(header("Khu chia suất, nhà ăn", date.atTime(10, 50)), servingRows, menu,
                List.of()).orElseThrow();
        MovableClock clock = new MovableClock(date.atTime(10, 50));
        SampleRegister register = SampleRegister.create(clock, RetentionPolicyHistory.decision1246Only());
        List<FoodSample> samples = new ArrayList<>();
        int seal = 1;
        for (Dish dish : DISHES) {
            LocalDateTime taken = date.atTime(10, 40);
            SampleAmount amount = dish.kind().liquid() ? SampleAmount.millilitres("180") : SampleAmount.grams("125.5");
            samples.add(register.take(new SampleEntry(dish, lunch, SERVINGS, amount,
                    new SampleContainer("Hộp inox 300 ml có nắp", true, true, String.format("NP-%03d", seal++)),
                    new TemperatureReading(new BigDecimal("4.5"), taken), taken, headCook(taken), headCook(taken),
                    "Tủ lưu mẫu số 1 (bếp một chiều)", null)).orElseThrow());
        }
        KitchenDay day = KitchenDay.close(date, menu, receiving, cooking, serving, samples).orElseThrow();
        return new FixtureDay(day, register, clock);
    }

    public static Signature headCook(LocalDateTime at) {
        return new Signature("nv-bep-01", HEAD_COOK, at, SignatureMethod.PERSONAL_LOGIN);
    }

    public static Signature kitchenHand(LocalDateTime at) {
        return new Signature("nv-bep-04", "Lường Thị Mai", at, SignatureMethod.PERSONAL_LOGIN);
    }

    private static CheckHeader header(String place, LocalDateTime at) {
        return new CheckHeader(SCHOOL, CHECKER, at, place);
    }

    private static Supplier meat() {
        return new Supplier("Công ty TNHH Thực phẩm sạch Mường Thanh", "Số 18, phường Mường Thanh; 0215 3830 123",
                "Vì Văn Hùng");
    }

    private static Supplier farm() {
        return new Supplier("HTX Nông nghiệp Thanh Xương", "Bản Pom Lót, xã Thanh Xương; 0215 3925 456", "Lò Thị Ơn");
    }

    private static Supplier grocer() {
        return new Supplier("Cửa hàng tạp hóa Hương Sen", "Số 7, phường Tân Thanh; 0215 3826 789", "Nguyễn Thị Sen");
    }

    private static List<FreshFoodReceipt> fresh(LocalDate date, String extraActionNote, int extraGreens) {
        String refusal = "Thịt có mùi lạ, màu sẫm; đã lập biên bản với người giao hàng." + extraActionNote;
        List<FreshFoodReceipt> rows = new ArrayList<>(List.of(
                new FreshFoodReceipt(1, "Thịt lợn nạc vai", true, date.atTime(6, 0), Quantity.of("48", QuantityUnit.KILOGRAM),
                        meat(), new DocumentRef("HĐ 0001234"), AnimalHealthPaper.provided("TY-ĐB-2026-118"),
                        AnimalHealthPaper.provided("KD-2026-5521"), PassFail.PASS, RapidTest.NOT_DONE,
                        ReceivingDecision.ACCEPTED, null),
                new FreshFoodReceipt(2, "Thịt bò thăn", true, date.atTime(6, 5), Quantity.of("20", QuantityUnit.KILOGRAM),
                        meat(), new DocumentRef("HĐ 0001235"), AnimalHealthPaper.provided("TY-ĐB-2026-119"),
                        AnimalHealthPaper.provided("KD-2026-5522"), PassFail.FAIL, RapidTest.NOT_DONE,
                        ReceivingDecision.REJECTED, refusal),
                new FreshFoodReceipt(3, "Xương ống lợn", true, date.atTime(6, 5), Quantity.of("25.5", QuantityUnit.KILOGRAM),
                        meat(), new DocumentRef("HĐ 0001236"), AnimalHealthPaper.provided("TY-ĐB-2026-118"),
                        AnimalHealthPaper.provided("KD-2026-5523"), PassFail.PASS, RapidTest.PASS,
                        ReceivingDecision.ACCEPTED, null),
                new FreshFoodReceipt(4, "Trứng chim cút", true, date.atTime(6, 10), Quantity.of("15", QuantityUnit.KILOGRAM),
                        farm(), new DocumentRef("PX 0778"), AnimalHealthPaper.provided("TY-ĐB-HTX-07"),
                        AnimalHealthPaper.notApplicable("Hộ chăn nuôi của HTX, không cấp giấy kiểm dịch"),
                        PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED,
                        "Đã kiểm tra giấy đăng ký thú y của HTX"),
                new FreshFoodReceipt(5, "Cải ngọt", false, date.atTime(6, 15), Quantity.of("42", QuantityUnit.KILOGRAM),
                        farm(), new DocumentRef("PX 0779"), AnimalHealthPaper.notApplicable(""),
                        AnimalHealthPaper.notApplicable(""), PassFail.PASS, RapidTest.PASS, ReceivingDecision.ACCEPTED, null),
                new FreshFoodReceipt(6, "Bí đỏ", false, date.atTime(6, 15), Quantity.of("35", QuantityUnit.KILOGRAM),
                        farm(), new DocumentRef("PX 0780"), AnimalHealthPaper.notApplicable(""),
                        AnimalHealthPaper.notApplicable(""), PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED, null),
                new FreshFoodReceipt(7, "Dưa hấu", false, date.atTime(6, 20), Quantity.of("120", QuantityUnit.KILOGRAM),
                        farm(), new DocumentRef("PX 0781"), AnimalHealthPaper.notApplicable(""),
                        AnimalHealthPaper.notApplicable(""), PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED, null)));
        for (int i = 0; i < extraGreens; i++) {
            rows.add(new FreshFoodReceipt(rows.size() + 1, "Rau thơm các loại, lô " + (i + 1), false,
                    date.atTime(6, 25), Quantity.of("1.5", QuantityUnit.KILOGRAM), farm(),
                    new DocumentRef("PX 09" + String.format("%02d", i)), AnimalHealthPaper.notApplicable(""),
                    AnimalHealthPaper.notApplicable(""), PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED, null));
        }
        return rows;
    }

    private static List<PackagedFoodReceipt> packaged(LocalDate date) {
        return List.of(
                new PackagedFoodReceipt(1, "Gạo tẻ Séng Cù", "HTX Nông nghiệp Mường Thanh", "Xã Thanh Yên, huyện Điện Biên",
                        date.atTime(6, 25), Quantity.of("95", QuantityUnit.KILOGRAM), grocer(), date.plusMonths(6),
                        StorageCondition.AMBIENT, new DocumentRef("HĐ 0045"), "SC-2611", PassFail.PASS,
                        ReceivingDecision.ACCEPTED, null),
                new PackagedFoodReceipt(2, "Nước mắm", "Công ty CP Nước mắm Cát Hải", "Thị trấn Cát Hải, TP. Hải Phòng",
                        date.atTime(6, 25), Quantity.of("5", QuantityUnit.LITRE), grocer(), date.plusMonths(18),
                        StorageCondition.AMBIENT, new DocumentRef("HĐ 0045"), "L2411", PassFail.PASS,
                        ReceivingDecision.ACCEPTED, null),
                new PackagedFoodReceipt(3, "Dầu ăn thực vật", "Công ty TNHH Dầu thực vật Cái Lân", "KCN Cái Lân, Quảng Ninh",
                        date.atTime(6, 25), Quantity.of("10", QuantityUnit.LITRE), grocer(), date.plusMonths(12),
                        StorageCondition.AMBIENT, new DocumentRef("HĐ 0045"), "CL-0926", PassFail.PASS,
                        ReceivingDecision.ACCEPTED, null),
                new PackagedFoodReceipt(4, "Hạt nêm", "Công ty CP Thực phẩm Á Châu", "KCN Tân Tạo, TP. Hồ Chí Minh",
                        date.atTime(6, 25), Quantity.of("4", QuantityUnit.PACKAGE), grocer(), date.minusDays(3),
                        StorageCondition.AMBIENT, new DocumentRef("HĐ 0045"), "AC-0526", PassFail.PASS,
                        ReceivingDecision.REJECTED, "Trả lại cửa hàng"));
    }

    private static IngredientUse delivered(String name, String qty, QuantityUnit unit, ReceivingTable table, int row) {
        return new IngredientUse(name, Quantity.of(qty, unit), new IngredientSource.Delivered(new ReceiptRef(table, row)));
    }

    private static DishCooking dish(LocalDate date, int row, MealService lunch, Dish dish, List<IngredientUse> ingredients) {
        return new DishCooking(row, lunch, dish.name(), ingredients, SERVINGS, date.atTime(8, 30), date.atTime(10, 10),
                HygieneCheck.pass("Đủ mũ, tạp dề, khẩu trang, găng tay"), HygieneCheck.pass("Dụng cụ sống, chín riêng"),
                HygieneCheck.pass("Sàn khô, cống thoát sạch"), PassFail.PASS, null);
    }

    private static List<DishCooking> cooking(LocalDate date, MealService lunch) {
        return List.of(
                dish(date, 1, lunch, RICE, List.of(delivered("Gạo tẻ Séng Cù", "95", QuantityUnit.KILOGRAM, ReceivingTable.PACKAGED, 1))),
                dish(date, 2, lunch, PORK, List.of(
                        delivered("Thịt lợn nạc vai", "48", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 1),
                        delivered("Trứng chim cút", "15", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 4),
                        delivered("Nước mắm", "1.5", QuantityUnit.LITRE, ReceivingTable.PACKAGED, 2))),
                dish(date, 3, lunch, GREENS, List.of(
                        delivered("Cải ngọt", "42", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 5),
                        delivered("Dầu ăn thực vật", "2", QuantityUnit.LITRE, ReceivingTable.PACKAGED, 3),
                        new IngredientUse("Tỏi", Quantity.of("1", QuantityUnit.KILOGRAM),
                                new IngredientSource.FromStore("Tỏi khô, lô nhập 16/11")))),
                dish(date, 4, lunch, SOUP, List.of(
                        delivered("Bí đỏ", "35", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 6),
                        delivered("Xương ống lợn", "25.5", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 3))),
                dish(date, 5, lunch, MELON, List.of(delivered("Dưa hấu", "120", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 7))));
    }
}
