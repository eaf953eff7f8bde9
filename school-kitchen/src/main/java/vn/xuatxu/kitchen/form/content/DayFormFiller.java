package vn.xuatxu.kitchen.form.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.MealService;
import vn.xuatxu.kitchen.PassFail;
import vn.xuatxu.kitchen.RapidTest;
import vn.xuatxu.kitchen.day.KitchenDay;
import vn.xuatxu.kitchen.form.FormColumn;
import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.inspection.AnimalHealthPaper;
import vn.xuatxu.kitchen.inspection.DishCooking;
import vn.xuatxu.kitchen.inspection.DishServing;
import vn.xuatxu.kitchen.inspection.DocumentRef;
import vn.xuatxu.kitchen.inspection.FreshFoodReceipt;
import vn.xuatxu.kitchen.inspection.HygieneCheck;
import vn.xuatxu.kitchen.inspection.IngredientSource;
import vn.xuatxu.kitchen.inspection.IngredientUse;
import vn.xuatxu.kitchen.inspection.MenuDeviation;
import vn.xuatxu.kitchen.inspection.PackagedFoodReceipt;
import vn.xuatxu.kitchen.inspection.ReceivingDecision;
import vn.xuatxu.kitchen.inspection.ReceivingTable;
import vn.xuatxu.kitchen.inspection.Supplier;
import vn.xuatxu.kitchen.sample.Destruction;
import vn.xuatxu.kitchen.sample.FoodSample;
import vn.xuatxu.kitchen.sample.HoldRelease;
import vn.xuatxu.kitchen.sample.LegalHold;
import vn.xuatxu.kitchen.sample.SampleId;

/** Fills the printed forms of one kitchen day: what each cell of Forms 1–5 says. */
final class DayFormFiller {

    static final String TICK = "X";

    private final FormSettings settings;

    DayFormFiller(FormSettings settings) {
        this.settings = settings;
    }

    List<FilledForm> fill(KitchenDay day, Map<SampleId, FoodSample> latest) {
        List<FoodSample> samples = day.samples().stream()
                .map(s -> latest.getOrDefault(s.id(), s))
                .sorted(Comparator.comparing(s -> s.id().value()))
                .toList();
        List<FilledForm> forms = new ArrayList<>();
        for (PrintedForm form : PrintedForm.values()) {
            if (!settings.forms().contains(form)) {
                continue;
            }
            forms.add(switch (form) {
                case FORM_1 -> form1(day);
                case FORM_2 -> form2(day);
                case FORM_3 -> form3(day);
                case FORM_4 -> form4(day, samples);
                case FORM_5 -> form5(day, samples);
            });
        }
        return List.copyOf(forms);
    }

    // ---- Form 1 ------------------------------------------------------------------------------

    private TabularForm form1(KitchenDay day) {
        CheckHeader header = day.receiving().header();
        List<List<FormCell>> fresh = new ArrayList<>();
        for (FreshFoodReceipt r : day.receiving().fresh()) {
            fresh.add(new Row(OfficialForm.FORM_1_FRESH)
                    .put(FormColumn.F1_ROW, FormCell.number(r.row()))
                    .put(FormColumn.F1_FOOD_NAME, r.foodName())
                    .put(FormColumn.F1_RECEIVED_AT, FormText.dateTime(r.receivedAt()))
                    .put(FormColumn.F1_QUANTITY, FormText.quantity(r.quantity()))
                    .supplier(FormColumn.F1_SUPPLIER_NAME, FormColumn.F1_SUPPLIER_CONTACT, FormColumn.F1_DELIVERED_BY,
                            r.supplier())
                    .put(FormColumn.F1_INVOICE, document(r.invoice()))
                    .put(FormColumn.F1_VETERINARY, paper(r.veterinaryRegistration()))
                    .put(FormColumn.F1_QUARANTINE, paper(r.quarantineCertificate()))
                    .tick(FormColumn.F1_SENSORY, r.sensory())
                    .tick(FormColumn.F1_RAPID_TEST, rapid(r.rapidTest()))
                    .put(FormColumn.F1_ACTION, action(r.decision(), r.action()))
                    .cells());
        }
        List<List<FormCell>> packaged = new ArrayList<>();
        for (PackagedFoodReceipt r : day.receiving().packaged()) {
            String name = r.lotNumber() == null || r.lotNumber().isBlank()
                    ? r.foodName() : r.foodName() + "\nSố lô: " + r.lotNumber();
            packaged.add(new Row(OfficialForm.FORM_1_PACKAGED)
                    .put(FormColumn.F1P_ROW, FormCell.number(r.row()))
                    .put(FormColumn.F1P_FOOD_NAME, name)
                    .put(FormColumn.F1P_MANUFACTURER, r.manufacturer())
                    .put(FormColumn.F1P_MANUFACTURER_ADDRESS, r.manufacturerAddress())
                    .put(FormColumn.F1P_RECEIVED_AT, FormText.dateTime(r.receivedAt()))
                    .put(FormColumn.F1P_QUANTITY, FormText.quantity(r.quantity()))
                    .supplier(FormColumn.F1P_SUPPLIER_NAME, FormColumn.F1P_SUPPLIER_CONTACT,
                            FormColumn.F1P_DELIVERED_BY, r.supplier())
                    .put(FormColumn.F1P_EXPIRY, FormText.date(r.expiryDate()))
                    .put(FormColumn.F1P_STORAGE, r.storage() == null ? "" : r.storage().label())
                    .put(FormColumn.F1P_INVOICE, document(r.invoice()))
                    .tick(FormColumn.F1P_LABEL_CHECK, r.labelCheck())
                    .put(FormColumn.F1P_ACTION, action(r.decision(), expiredNote(r)))
                    .cells());
        }
        List<FilledTable> tables = List.of(
                table(OfficialForm.FORM_1_FRESH, fresh),
                table(OfficialForm.FORM_1_PACKAGED, packaged));
        return tabular(PrintedForm.FORM_1, day, checkHeader(header, List.of()), tables, List.of(), header);
    }

    private static String expiredNote(PackagedFoodReceipt r) {
        if (!r.expiredOnArrival()) {
            return r.action();
        }
        String expired = "Quá hạn sử dụng khi nhận";
        return r.action() == null || r.action().isBlank() ? expired : expired + ". " + r.action();
    }

    private static String action(ReceivingDecision decision, String action) {
        String text = action == null ? "" : action.strip();
        if (decision == ReceivingDecision.REJECTED) {
            return text.isEmpty() ? decision.label() : decision.label() + ".\n" + text;
        }
        return text;
    }

    private static String document(DocumentRef ref) {
        return ref == null || ref.blank() ? "" : ref.reference();
    }

    private static String paper(AnimalHealthPaper paper) {
        if (paper instanceof AnimalHealthPaper.Provided provided) {
            return document(provided.document());
        }
        if (paper instanceof AnimalHealthPaper.NotApplicable na) {
            return na.reason() == null || na.reason().isBlank() ? "Không áp dụng" : "Không áp dụng: " + na.reason();
        }
        return "";
    }

    private static PassFail rapid(RapidTest test) {
        if (test == null || test == RapidTest.NOT_DONE) {
            return null;
        }
        return test == RapidTest.PASS ? PassFail.PASS : PassFail.FAIL;
    }

    // ---- Forms 2 and 3 -----------------------------------------------------------------------

    private TabularForm form2(KitchenDay day) {
        List<List<FormCell>> rows = new ArrayList<>();
        for (DishCooking d : day.cooking().dishes()) {
            rows.add(new Row(OfficialForm.FORM_2)
                    .put(FormColumn.F2_ROW, FormCell.number(d.row()))
                    .put(FormColumn.F2_MEAL, FormText.meal(d.meal()))
                    .put(FormColumn.F2_DISH, d.dishName())
                    .put(FormColumn.F2_INGREDIENTS, ingredients(d.ingredients()))
                    .put(FormColumn.F2_SERVINGS, FormCell.number(d.servings()))
                    .put(FormColumn.F2_PREP_FINISHED, FormText.dateTime(d.prepFinishedAt()))
                    .put(FormColumn.F2_COOKING_FINISHED, FormText.dateTime(d.cookingFinishedAt()))
                    .put(FormColumn.F2_HYGIENE_HANDLERS, hygiene(d.foodHandlers()))
                    .put(FormColumn.F2_HYGIENE_EQUIPMENT, hygiene(d.equipment()))
                    .put(FormColumn.F2_HYGIENE_AREA, hygiene(d.area()))
                    .tick(FormColumn.F2_SENSORY, d.sensory())
                    .put(FormColumn.F2_ACTION, d.action())
                    .cells());
        }
        List<MealService> meals = day.cooking().dishes().stream().map(DishCooking::meal).toList();
        CheckHeader header = day.cooking().header();
        return tabular(PrintedForm.FORM_2, day, checkHeader(header, meals),
                List.of(table(OfficialForm.FORM_2, rows)), List.of(), header);
    }

    private static String ingredients(List<IngredientUse> ingredients) {
        List<String> lines = new ArrayList<>();
        for (IngredientUse i : ingredients) {
            String line = i.name() + ": " + FormText.quantity(i.quantity());
            if (i.source() instanceof IngredientSource.Delivered delivered) {
                String table = delivered.receipt().table() == ReceivingTable.FRESH ? "I" : "II";
                line += " (Mẫu số 1, bảng " + table + ", TT " + delivered.receipt().row() + ")";
            } else if (i.source() instanceof IngredientSource.FromStore store && store.storeNote() != null
                    && !store.storeNote().isBlank()) {
                line += " (kho: " + store.storeNote() + ")";
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static String hygiene(HygieneCheck check) {
        if (check == null || check.result() == null) {
            return "";
        }
        String note = check.note() == null ? "" : check.note().strip();
        return note.isEmpty() ? check.result().label() : check.result().label() + ": " + note;
    }

    private TabularForm form3(KitchenDay day) {
        List<List<FormCell>> rows = new ArrayList<>();
        for (DishServing d : day.serving().dishes()) {
            String utensils = FormText.nfc(d.utensils());
            if (d.utensilCheck() != null) {
                utensils = utensils.isBlank() ? d.utensilCheck().label() : utensils + "\n(" + d.utensilCheck().label() + ")";
            }
            rows.add(new Row(OfficialForm.FORM_3)
                    .put(FormColumn.F3_ROW, FormCell.number(d.row()))
                    .put(FormColumn.F3_MEAL, FormText.meal(d.meal()))
                    .put(FormColumn.F3_DISH, d.dishName())
                    .put(FormColumn.F3_SERVINGS, FormCell.number(d.servings()))
                    .put(FormColumn.F3_PORTIONING_FINISHED, FormText.dateTime(d.portioningFinishedAt()))
                    .put(FormColumn.F3_EATING_STARTS, FormText.dateTime(d.eatingStartsAt()))
                    .put(FormColumn.F3_UTENSILS, utensils)
                    .tick(FormColumn.F3_SENSORY, d.sensory())
                    .put(FormColumn.F3_ACTION, d.action())
                    .cells());
        }
        List<String> notes = new ArrayList<>();
        for (MenuDeviation m : day.serving().deviations()) {
            notes.add("Khác thực đơn – " + m.meal().label() + ", " + m.dishName() + ": " + m.note());
        }
        List<MealService> meals = day.serving().dishes().stream().map(DishServing::meal).toList();
        CheckHeader header = day.serving().header();
        return tabular(PrintedForm.FORM_3, day, checkHeader(header, meals),
                List.of(table(OfficialForm.FORM_3, rows)), notes, header);
    }

    // ---- Forms 4 and 5 -----------------------------------------------------------------------

    private LabelSheet form4(KitchenDay day, List<FoodSample> samples) {
        String timeLabel = FormColumn.F4_TAKEN_AT.label();
        int colon = timeLabel.indexOf(':');
        String timeField = colon < 0 ? timeLabel : timeLabel.substring(0, colon);
        List<FilledLabel> labels = new ArrayList<>();
        for (FoodSample s : samples) {
            List<HeaderField> fields = List.of(
                    new HeaderField(FormColumn.F4_MEAL.label(), s.meal().meal().label()),
                    new HeaderField(FormColumn.F4_DISH.label(), s.dish().name()),
                    new HeaderField(timeField, FormText.labelTime(s.takenAt())));
            String seal = s.container().sealId() == null || s.container().sealId().isBlank()
                    ? "" : " · Số niêm phong: " + s.container().sealId();
            labels.add(new FilledLabel(fields, new HeaderField(FormColumn.F4_SAMPLER.label(), s.sampler().fullName()),
                    "Mã mẫu: " + s.id().value() + seal));
        }
        String establishment = establishment(day);
        List<HeaderField> header = new ArrayList<>(identity(establishment));
        header.add(new HeaderField("Ngày lấy mẫu", FormText.date(day.date())));
        return new LabelSheet(PrintedForm.FORM_4, day.date(), establishment, header, labels);
    }

    private TabularForm form5(KitchenDay day, List<FoodSample> samples) {
        List<List<FormCell>> rows = new ArrayList<>();
        int number = 0;
        for (FoodSample s : samples) {
            number++;
            String container = FormText.nfc(s.container().type());
            if (s.container().sealId() != null && !s.container().sealId().isBlank()) {
                container += "\n(niêm phong " + s.container().sealId() + ")";
            }
            rows.add(new Row(OfficialForm.FORM_5)
                    .put(FormColumn.F5_ROW, FormCell.number(number))
                    .put(FormColumn.F5_DISH, s.dish().name())
                    .put(FormColumn.F5_MEAL, FormText.meal(s.meal()))
                    .put(FormColumn.F5_SERVINGS, FormCell.number(s.servings()))
                    .put(FormColumn.F5_AMOUNT, FormText.decimal(s.amount().value()) + " " + s.amount().unit().symbol())
                    .put(FormColumn.F5_CONTAINER, container)
                    .put(FormColumn.F5_TEMPERATURE, FormCell.number(s.storageReading().celsius()))
                    .put(FormColumn.F5_TAKEN_AT, FormText.dateTime(s.takenAt()))
                    .put(FormColumn.F5_DESTROYED_AT, s.destruction().map(d -> FormText.dateTime(d.destroyedAt())).orElse(""))
                    .put(FormColumn.F5_NOTES, sampleNotes(s))
                    .put(FormColumn.F5_STORER, FormText.signature(s.storer()))
                    .put(FormColumn.F5_DESTROYER, s.destruction().map(d -> FormText.signature(d.destroyer())).orElse(""))
                    .cells());
        }
        String establishment = establishment(day);
        List<HeaderField> header = new ArrayList<>(identity(establishment));
        header.add(new HeaderField("Ngày lấy mẫu", FormText.date(day.date())));
        header.add(new HeaderField("Bữa ăn", meals(samples.stream().map(FoodSample::meal).toList())));
        header.add(new HeaderField("Nơi lưu mẫu",
                String.join("; ", samples.stream().map(FoodSample::storagePlace).distinct().toList())));
        return new TabularForm(PrintedForm.FORM_5, day.date(), establishment, header,
                List.of(table(OfficialForm.FORM_5, rows)), List.of(), signingLine(day.date()),
                signOffs(PrintedForm.FORM_5, null));
    }

    private static String sampleNotes(FoodSample s) {
        List<String> notes = new ArrayList<>();
        s.note().filter(n -> !n.isBlank()).ifPresent(notes::add);
        for (LegalHold hold : s.activeHolds()) {
            notes.add("Đang tạm giữ, không được hủy (" + hold.holdId() + "): " + hold.reason());
        }
        for (HoldRelease release : s.releases()) {
            notes.add("Đã dỡ tạm giữ " + release.holdId() + " theo " + release.releaseReference());
        }
        s.destruction().ifPresent(d -> notes.addAll(destructionNotes(d)));
        return String.join("\n", notes);
    }

    private static List<String> destructionNotes(Destruction d) {
        List<String> notes = new ArrayList<>();
        if (d.finalReading() != null) {
            String reading = "Nhiệt độ khi hủy: " + FormText.decimal(d.finalReading().celsius()) + " °C";
            notes.add(d.temperatureAlert() ? reading + " (ngoài khoảng cho phép)" : reading);
        }
        if (d.note() != null && !d.note().isBlank()) {
            notes.add(d.note());
        }
        return notes;
    }

    // ---- shared ------------------------------------------------------------------------------

    private TabularForm tabular(PrintedForm form, KitchenDay day, List<HeaderField> header, List<FilledTable> tables,
                                List<String> notes, CheckHeader checkHeader) {
        return new TabularForm(form, day.date(), establishment(day), header, tables, notes, signingLine(day.date()),
                signOffs(form, checkHeader));
    }

    private static FilledTable table(OfficialForm table, List<List<FormCell>> rows) {
        PrintedForm form = PrintedForm.of(table);
        return new FilledTable(table, form.caption(table), PrintedColumn.of(table), rows);
    }

    private List<HeaderField> checkHeader(CheckHeader header, List<MealService> meals) {
        List<HeaderField> fields = new ArrayList<>(identity(header.establishment()));
        fields.add(new HeaderField("Người kiểm tra (họ tên)", header.checkerName()));
        fields.add(new HeaderField("Thời gian kiểm tra (giờ, ngày, tháng, năm)", FormText.longDateTime(header.checkedAt())));
        fields.add(new HeaderField("Địa điểm kiểm tra", header.place()));
        if (!meals.isEmpty()) {
            fields.add(new HeaderField("Bữa ăn", meals(meals)));
        }
        return fields;
    }

    private List<HeaderField> identity(String establishment) {
        List<HeaderField> fields = new ArrayList<>();
        fields.add(new HeaderField("Tên cơ sở", establishment));
        if (!settings.address().isBlank()) {
            fields.add(new HeaderField("Địa chỉ", settings.address()));
        }
        return fields;
    }

    private static String meals(List<MealService> meals) {
        return String.join("; ", meals.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing((MealService m) -> m.meal().ordinal()).thenComparing(MealService::mealTime))
                .map(FormText::meal).distinct().toList());
    }

    private static String establishment(KitchenDay day) {
        return day.receiving().header().establishment();
    }

    private String signingLine(LocalDate date) {
        String longDate = FormText.longDate(date);
        return settings.signingPlace().isBlank()
                ? Character.toUpperCase(longDate.charAt(0)) + longDate.substring(1)
                : settings.signingPlace() + ", " + longDate;
    }

    private List<SignOff> signOffs(PrintedForm form, CheckHeader header) {
        List<SignOff> signOffs = new ArrayList<>();
        for (SignOffRole role : settings.signOffsOf(form)) {
            String name = settings.names().getOrDefault(role, "");
            if (role == SignOffRole.CHECKER && header != null && header.checkerName() != null) {
                name = header.checkerName();
            }
            signOffs.add(new SignOff(role, name));
        }
        return signOffs;
    }

    /** The cells of one row, filled by domain column and laid out in printed-column order. */
    private static final class Row {

        private final OfficialForm table;
        private final Map<FormColumn, FormCell> text = new EnumMap<>(FormColumn.class);
        private final Map<FormColumn, PassFail> ticks = new EnumMap<>(FormColumn.class);

        Row(OfficialForm table) {
            this.table = table;
        }

        Row put(FormColumn column, String value) {
            return put(column, FormCell.text(value));
        }

        Row put(FormColumn column, FormCell cell) {
            text.put(column, cell);
            return this;
        }

        Row tick(FormColumn column, PassFail result) {
            if (result != null) {
                ticks.put(column, result);
            }
            return this;
        }

        Row supplier(FormColumn name, FormColumn contact, FormColumn deliveredBy, Supplier supplier) {
            return put(name, supplier == null ? "" : supplier.businessName())
                    .put(contact, supplier == null ? "" : supplier.addressAndPhone())
                    .put(deliveredBy, supplier == null ? "" : supplier.deliveredBy());
        }

        List<FormCell> cells() {
            List<FormCell> cells = new ArrayList<>();
            for (PrintedColumn column : PrintedColumn.of(table)) {
                if (column.kind() == ColumnKind.TICK) {
                    PassFail result = ticks.get(column.source());
                    PassFail printedHere = column.number() == column.source().firstColumn() ? PassFail.PASS : PassFail.FAIL;
                    cells.add(result == printedHere ? FormCell.text(TICK) : FormCell.blank());
                } else {
                    cells.add(text.getOrDefault(column.source(), FormCell.blank()));
                }
            }
            return cells;
        }
    }
}
