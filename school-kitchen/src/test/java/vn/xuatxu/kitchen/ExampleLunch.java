package vn.xuatxu.kitchen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import vn.xuatxu.kitchen.sample.SampleAmount;
import vn.xuatxu.kitchen.sample.SampleContainer;
import vn.xuatxu.kitchen.sample.SampleEntry;
import vn.xuatxu.kitchen.sample.TemperatureReading;

/**
 * A realistic lunch of a 900-pupil primary school on Monday 23 November 2026, used by the tests
 * of every package: deliveries at 06:00, cooking until 10:15, portioning until 10:35, samples at
 * 10:40, eating at 11:00.
 */
public final class ExampleLunch {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    public static final MealService LUNCH = new MealService(Meal.LUNCH, LocalTime.of(11, 0));
    public static final int SERVINGS = 900;

    public static final Dish RICE = new Dish("Cơm trắng", DishKind.SOLID);
    public static final Dish PORK = new Dish("Thịt kho trứng", DishKind.SOLID);
    public static final Dish GREENS = new Dish("Rau muống xào tỏi", DishKind.SOLID);
    public static final Dish SOUP = new Dish("Canh chua cá", DishKind.LIQUID);
    public static final Dish BANANA = new Dish("Chuối tráng miệng", DishKind.READY_TO_EAT_VEGETABLE_OR_FRUIT);
    public static final List<Dish> DISHES = List.of(RICE, PORK, GREENS, SOUP, BANANA);

    private ExampleLunch() {
    }

    public static LocalDateTime at(int hour, int minute) {
        return DATE.atTime(hour, minute);
    }

    public static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.atZone(KitchenTime.ZONE).toInstant(), KitchenTime.ZONE);
    }

    public static Signature signature(String id, String name, LocalDateTime at) {
        return new Signature(id, name, at, SignatureMethod.PERSONAL_LOGIN);
    }

    public static Signature headCook(LocalDateTime at) {
        return signature("nv-bep-01", "Nguyễn Thị Hoa", at);
    }

    public static Signature healthOfficer(LocalDateTime at) {
        return signature("nv-yte-01", "Trần Văn Bình", at);
    }

    public static CheckHeader header(String place, LocalDateTime at) {
        return new CheckHeader("Bếp ăn bán trú Trường Tiểu học Hòa Bình", "Trần Văn Bình", at, place);
    }

    public static Menu menu() {
        return new Menu(DATE, DISHES.stream().map(d -> new MenuItem(Meal.LUNCH, d)).toList());
    }

    public static Supplier butcher() {
        return new Supplier("Công ty TNHH Thực phẩm Sạch An Phú", "12 Lê Lợi, TP. Hòa Bình; 0218 3850 000", "Lê Văn Tám");
    }

    public static FreshFoodReceipt pork(int row) {
        return new FreshFoodReceipt(row, "Thịt lợn nạc vai", true, at(6, 0), Quantity.of("45", QuantityUnit.KILOGRAM),
                butcher(), new DocumentRef("HĐ 0001234"), AnimalHealthPaper.provided("TY-2026-118"),
                AnimalHealthPaper.provided("KD-2026-5521"), PassFail.PASS, RapidTest.NOT_DONE,
                ReceivingDecision.ACCEPTED, null);
    }

    public static FreshFoodReceipt fish(int row) {
        return new FreshFoodReceipt(row, "Cá basa phi lê", true, at(6, 5), Quantity.of("30", QuantityUnit.KILOGRAM),
                butcher(), new DocumentRef("HĐ 0001235"), AnimalHealthPaper.provided("TY-2026-119"),
                AnimalHealthPaper.provided("KD-2026-5522"), PassFail.PASS, RapidTest.PASS,
                ReceivingDecision.ACCEPTED, null);
    }

    public static FreshFoodReceipt greens(int row) {
        return new FreshFoodReceipt(row, "Rau muống", false, at(6, 10), Quantity.of("40", QuantityUnit.KILOGRAM),
                new Supplier("HTX Rau an toàn Yên Mông", "Xóm 3, Yên Mông; 0218 3860 111", "Bùi Thị Lan"),
                new DocumentRef("PX 778"), AnimalHealthPaper.notApplicable(""), AnimalHealthPaper.notApplicable(""),
                PassFail.PASS, RapidTest.PASS, ReceivingDecision.ACCEPTED, null);
    }

    public static FreshFoodReceipt bananas(int row) {
        return new FreshFoodReceipt(row, "Chuối tiêu", false, at(6, 15), Quantity.of("95.5", QuantityUnit.KILOGRAM),
                new Supplier("HTX Rau an toàn Yên Mông", "Xóm 3, Yên Mông; 0218 3860 111", "Bùi Thị Lan"),
                new DocumentRef("PX 779"), AnimalHealthPaper.notApplicable(""), AnimalHealthPaper.notApplicable(""),
                PassFail.PASS, RapidTest.NOT_DONE, ReceivingDecision.ACCEPTED, null);
    }

    public static PackagedFoodReceipt fishSauce(int row) {
        return new PackagedFoodReceipt(row, "Nước mắm", "Công ty CP Nước mắm Cát Hải", "Cát Hải, Hải Phòng",
                at(6, 20), Quantity.of("5", QuantityUnit.LITRE),
                new Supplier("Cửa hàng Tạp hóa Minh Châu", "45 Trần Hưng Đạo; 0218 3870 222", "Phạm Minh Châu"),
                LocalDate.of(2027, 6, 30), StorageCondition.AMBIENT, new DocumentRef("HĐ 0045"), "L2411",
                PassFail.PASS, ReceivingDecision.ACCEPTED, null);
    }

    public static List<FreshFoodReceipt> freshRows() {
        return List.of(pork(1), fish(2), greens(3), bananas(4));
    }

    public static ReceivingCheck receiving() {
        return ReceivingCheck.of(header("Khu tiếp nhận", at(6, 30)), freshRows(), List.of(fishSauce(1))).orElseThrow();
    }

    private static IngredientUse delivered(String name, String qty, QuantityUnit unit, ReceivingTable table, int row) {
        return new IngredientUse(name, Quantity.of(qty, unit), new IngredientSource.Delivered(new ReceiptRef(table, row)));
    }

    public static DishCooking cooking(int row, Dish dish, List<IngredientUse> ingredients) {
        return new DishCooking(row, LUNCH, dish.name(), ingredients, SERVINGS, at(8, 30), at(10, 15),
                HygieneCheck.pass("Đủ mũ, tạp dề, găng tay"), HygieneCheck.pass("Dụng cụ sống, chín riêng"),
                HygieneCheck.pass("Sàn khô, cống thoát sạch"), PassFail.PASS, null);
    }

    public static List<DishCooking> cookingRows() {
        return List.of(
                cooking(1, RICE, List.of(new IngredientUse("Gạo tẻ", Quantity.of("90", QuantityUnit.KILOGRAM),
                        new IngredientSource.FromStore("Gạo, lô nhập 20/11")))),
                cooking(2, PORK, List.of(delivered("Thịt lợn", "45", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 1),
                        delivered("Nước mắm", "1", QuantityUnit.LITRE, ReceivingTable.PACKAGED, 1))),
                cooking(3, GREENS, List.of(delivered("Rau muống", "40", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 3))),
                cooking(4, SOUP, List.of(delivered("Cá basa", "30", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 2))),
                cooking(5, BANANA, List.of(delivered("Chuối", "95.5", QuantityUnit.KILOGRAM, ReceivingTable.FRESH, 4))));
    }

    public static CookingCheck cooking(ReceivingCheck receiving) {
        return CookingCheck.of(header("Khu chế biến", at(10, 15)), cookingRows(), receiving).orElseThrow();
    }

    public static DishServing serving(int row, Dish dish) {
        return new DishServing(row, LUNCH, dish.name(), SERVINGS, at(10, 35), at(11, 0),
                "Khay inox có nắp, xe đẩy", PassFail.PASS, PassFail.PASS, null);
    }

    public static List<DishServing> servingRows() {
        List<DishServing> rows = new ArrayList<>();
        for (int i = 0; i < DISHES.size(); i++) {
            rows.add(serving(i + 1, DISHES.get(i)));
        }
        return rows;
    }

    public static ServingCheck serving() {
        return ServingCheck.of(header("Khu chia, nhà ăn", at(10, 45)), servingRows(), menu(), List.of()).orElseThrow();
    }

    public static SampleContainer sealedBox() {
        return new SampleContainer("Hộp inox 250 ml có nắp", true, true, "NP-0001");
    }

    public static SampleAmount typicalAmount(Dish dish) {
        return dish.kind().liquid() ? SampleAmount.millilitres("160") : SampleAmount.grams("120");
    }

    public static SampleEntry sample(Dish dish, SampleAmount amount, LocalDateTime takenAt) {
        return new SampleEntry(dish, LUNCH, SERVINGS, amount, sealedBox(),
                new TemperatureReading(new BigDecimal("4.5"), takenAt), takenAt, headCook(takenAt),
                headCook(takenAt), "Tủ lưu mẫu số 1", null);
    }

    public static SampleEntry sample(Dish dish) {
        return sample(dish, typicalAmount(dish), at(10, 40));
    }
}
