package vn.xuatxu.kitchen.day;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.Quantity;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.inspection.AnimalHealthPaper;
import vn.xuatxu.kitchen.inspection.CookingCheck;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.DocumentRef;
import vn.xuatxu.kitchen.inspection.FreshFoodReceipt;
import vn.xuatxu.kitchen.inspection.HygieneCheck;
import vn.xuatxu.kitchen.inspection.IngredientSource;
import vn.xuatxu.kitchen.inspection.IngredientUse;
import vn.xuatxu.kitchen.inspection.MenuDeviation;
import vn.xuatxu.kitchen.inspection.PackagedFoodReceipt;
import vn.xuatxu.kitchen.inspection.ReceivingCheck;
import vn.xuatxu.kitchen.inspection.ServingCheck;
import vn.xuatxu.kitchen.inspection.Supplier;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.Menu;
import vn.xuatxu.kitchen.menu.MenuItem;
import vn.xuatxu.kitchen.sample.Destruction;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.HoldRelease;
import vn.xuatxu.kitchen.sample.LegalHold;
import vn.xuatxu.kitchen.sample.SampleContainer;
import vn.xuatxu.kitchen.sample.TemperatureReading;

/**
 * Turns a {@link KitchenDay} into the value tree {@link CanonicalJson} writes. Rows are ordered
 * by their form row number, menu items by meal and dish name, samples by id, so the text does
 * not depend on the order in which parts were handed over.
 */
final class DayCanonicalForm {

    static final String SCHEMA = "vn.xuatxu.kitchen.day/1";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DayCanonicalForm() {
    }

    static Map<String, Object> of(KitchenDay day) {
        return obj(
                "schema", SCHEMA,
                "date", date(day.date()),
                "menu", menu(day.menu()),
                "receiving", receiving(day.receiving()),
                "cooking", cooking(day.cooking()),
                "serving", serving(day.serving()),
                "samples", day.samples().stream()
                        .sorted(Comparator.comparing(s -> s.id().value()))
                        .map(DayCanonicalForm::sample).toList());
    }

    private static List<Object> menu(Menu menu) {
        return menu.items().stream()
                .sorted(Comparator.comparing((MenuItem i) -> i.meal().ordinal())
                        .thenComparing(i -> Dish.key(i.dish().name())))
                .map(i -> (Object) obj("meal", i.meal().name(), "dish", i.dish().name(), "kind", i.dish().kind().name()))
                .toList();
    }

    private static Map<String, Object> receiving(ReceivingCheck form) {
        return obj(
                "header", header(form.header()),
                "fresh", form.fresh().stream().sorted(Comparator.comparingInt(FreshFoodReceipt::row))
                        .map(DayCanonicalForm::fresh).toList(),
                "packaged", form.packaged().stream().sorted(Comparator.comparingInt(PackagedFoodReceipt::row))
                        .map(DayCanonicalForm::packaged).toList());
    }

    private static Object fresh(FreshFoodReceipt r) {
        return obj("row", r.row(), "foodName", r.foodName(), "animalOrigin", r.animalOrigin(),
                "receivedAt", dateTime(r.receivedAt()), "quantity", quantity(r.quantity()),
                "supplier", supplier(r.supplier()), "invoice", document(r.invoice()),
                "veterinaryRegistration", paper(r.veterinaryRegistration()),
                "quarantineCertificate", paper(r.quarantineCertificate()),
                "sensory", name(r.sensory()), "rapidTest", name(r.rapidTest()),
                "decision", name(r.decision()), "action", r.action());
    }

    private static Object packaged(PackagedFoodReceipt r) {
        return obj("row", r.row(), "foodName", r.foodName(), "manufacturer", r.manufacturer(),
                "manufacturerAddress", r.manufacturerAddress(), "receivedAt", dateTime(r.receivedAt()),
                "quantity", quantity(r.quantity()), "supplier", supplier(r.supplier()),
                "expiryDate", r.expiryDate() == null ? null : date(r.expiryDate()),
                "storage", name(r.storage()), "invoice", document(r.invoice()), "lotNumber", r.lotNumber(),
                "labelCheck", name(r.labelCheck()), "decision", name(r.decision()), "action", r.action());
    }

    private static Map<String, Object> cooking(CookingCheck form) {
        return obj("header", header(form.header()),
                "dishes", form.dishes().stream().sorted(Comparator.comparingInt(DishCooking::row))
                        .map(DayCanonicalForm::dishCooking).toList());
    }

    private static Object dishCooking(DishCooking d) {
        return obj("row", d.row(), "meal", meal(d.meal()), "dishName", d.dishName(),
                "ingredients", d.ingredients().stream().map(DayCanonicalForm::ingredient).toList(),
                "servings", d.servings(), "prepFinishedAt", dateTime(d.prepFinishedAt()),
                "cookingFinishedAt", dateTime(d.cookingFinishedAt()),
                "foodHandlers", hygiene(d.foodHandlers()), "equipment", hygiene(d.equipment()),
                "area", hygiene(d.area()), "sensory", name(d.sensory()), "action", d.action());
    }

    private static Object ingredient(IngredientUse i) {
        Object source;
        if (i.source() instanceof IngredientSource.Delivered delivered) {
            source = obj("delivered", obj("table", delivered.receipt().table().name(), "row", delivered.receipt().row()));
        } else if (i.source() instanceof IngredientSource.FromStore store) {
            source = obj("fromStore", store.storeNote());
        } else {
            source = null;
        }
        return obj("name", i.name(), "quantity", quantity(i.quantity()), "source", source);
    }

    private static Map<String, Object> serving(ServingCheck form) {
        return obj("header", header(form.header()),
                "dishes", form.dishes().stream().sorted(Comparator.comparingInt(DishServing::row))
                        .map(DayCanonicalForm::dishServing).toList(),
                "deviations", form.deviations().stream()
                        .sorted(Comparator.comparing((MenuDeviation m) -> m.meal().ordinal())
                                .thenComparing(m -> Dish.key(m.dishName())))
                        .map(m -> (Object) obj("meal", m.meal().name(), "dishName", m.dishName(), "note", m.note()))
                        .toList());
    }

    private static Object dishServing(DishServing d) {
        return obj("row", d.row(), "meal", meal(d.meal()), "dishName", d.dishName(), "servings", d.servings(),
                "portioningFinishedAt", dateTime(d.portioningFinishedAt()),
                "eatingStartsAt", dateTime(d.eatingStartsAt()), "utensils", d.utensils(),
                "utensilCheck", name(d.utensilCheck()), "sensory", name(d.sensory()), "action", d.action());
    }

    private static Object sample(FoodSample s) {
        SampleContainer c = s.container();
        return obj("id", s.id().value(), "registerRow", s.registerRow(), "version", s.version(),
                "dish", s.dish().name(), "kind", s.dish().kind().name(), "meal", meal(s.meal()),
                "servings", s.servings(),
                "amount", obj("value", s.amount().value(), "unit", s.amount().unit().name()),
                "container", obj("type", c.type(), "lidded", c.lidded(), "sealed", c.sealed(), "sealId", c.sealId()),
                "storageReading", reading(s.storageReading()), "takenAt", dateTime(s.takenAt()),
                "sampler", signature(s.sampler()), "storer", signature(s.storer()),
                "storagePlace", s.storagePlace(), "note", s.note().orElse(null),
                "policyVersion", s.policy().version(),
                "holds", s.holds().stream().map(DayCanonicalForm::hold).toList(),
                "releases", s.releases().stream().map(DayCanonicalForm::release).toList(),
                "destruction", s.destruction().map(DayCanonicalForm::destruction).orElse(null));
    }

    private static Object hold(LegalHold h) {
        return obj("holdId", h.holdId(), "reason", h.reason(), "placedAt", dateTime(h.placedAt()), "placedBy", h.placedBy());
    }

    private static Object release(HoldRelease r) {
        return obj("holdId", r.holdId(), "releaseReference", r.releaseReference(),
                "releasedAt", dateTime(r.releasedAt()), "releasedBy", r.releasedBy());
    }

    private static Object destruction(Destruction d) {
        return obj("destroyedAt", dateTime(d.destroyedAt()), "destroyer", signature(d.destroyer()),
                "storerConfirmation", signature(d.storerConfirmation()), "finalReading", reading(d.finalReading()),
                "note", d.note(), "temperatureAlert", d.temperatureAlert());
    }

    private static Object header(CheckHeader h) {
        return obj("establishment", h.establishment(), "checkerName", h.checkerName(),
                "checkedAt", dateTime(h.checkedAt()), "place", h.place());
    }

    private static Object supplier(Supplier s) {
        return s == null ? null
                : obj("businessName", s.businessName(), "addressAndPhone", s.addressAndPhone(), "deliveredBy", s.deliveredBy());
    }

    private static Object paper(AnimalHealthPaper p) {
        if (p instanceof AnimalHealthPaper.Provided provided) {
            return obj("provided", document(provided.document()));
        }
        if (p instanceof AnimalHealthPaper.NotApplicable na) {
            return obj("notApplicable", na.reason());
        }
        return null;
    }

    private static Object document(DocumentRef d) {
        return d == null ? null : d.reference();
    }

    private static Object quantity(Quantity q) {
        return q == null ? null : obj("amount", q.amount(), "unit", q.unit().name());
    }

    private static Object hygiene(HygieneCheck h) {
        return h == null ? null : obj("result", name(h.result()), "note", h.note());
    }

    private static Object meal(MealService m) {
        return m == null ? null : obj("meal", m.meal().name(), "mealTime", time(m.mealTime()));
    }

    private static Object reading(TemperatureReading r) {
        return r == null ? null : obj("celsius", r.celsius(), "readAt", dateTime(r.readAt()));
    }

    private static Object signature(Signature s) {
        return s == null ? null : obj("signerId", s.signerId(), "fullName", s.fullName(),
                "signedAt", dateTime(s.signedAt()), "method", s.method().name());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String date(LocalDate d) {
        return d.toString();
    }

    private static String dateTime(LocalDateTime t) {
        return t == null ? null : DATE_TIME.format(t);
    }

    private static String time(LocalTime t) {
        return TIME.format(t);
    }

    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
