package vn.xuatxu.api.kitchen.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.kitchen.application.DayClosing;
import vn.xuatxu.api.kitchen.application.DayOverview;
import vn.xuatxu.api.kitchen.application.KitchenAccess;
import vn.xuatxu.api.kitchen.application.KitchenAlerts;
import vn.xuatxu.api.kitchen.application.KitchenReceiving;
import vn.xuatxu.api.kitchen.application.SampleHolds;
import vn.xuatxu.api.kitchen.application.TabletPeople;
import vn.xuatxu.api.kitchen.persistence.AlertStore;
import vn.xuatxu.api.kitchen.application.KitchenEntries;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.HoldStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.TabletPersonStore;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;

/**
 * The kitchen tablet: one page per day with five big steps (nhận hàng, chế biến, chia món, lưu mẫu, chốt
 * sổ). Checks are pre-set to "Đạt"; staff tap "Không đạt" only when something fails, and only then type
 * what was done. Every post re-checks the person and the kitchen on the server; a refusal re-renders the
 * step with the Vietnamese message. Inspectors get the list of schools, the forms download and the holds.
 *
 * <p>The tablet is shared: the session stays signed in and a "who is working" step lets a person switch in with
 * their PIN ({@link TabletPeople}); every entry then acts as that person. Words come from
 * {@code i18n/kitchen_{vi,en}.properties}; refusals keep the domain's Vietnamese message.
 */
@Controller("/bep")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class KitchenPagesController {

    static final Set<String> STEPS = Set.of("thuc-don", "nhan-hang", "che-bien", "chia-mon", "luu-mau", "chot-so",
            "nguoi-lam");
    private final KitchenAccess access;
    private final KitchenEntries entries;
    private final DayOverview overview;
    private final DayClosing closing;
    private final Clock clock;
    private final KitchenAlerts alerts;
    private final KitchenReceiving receiving;

    private final TabletPeople people;
    private final SampleHolds holds;
    private final PageMessages messages;
    private final PageLanguageResolver languages;

    KitchenPagesController(KitchenAccess access, KitchenEntries entries, DayOverview overview, DayClosing closing,
                           Clock clock, KitchenAlerts alerts, KitchenReceiving receiving, TabletPeople people,
                           SampleHolds holds, PageMessages messages, PageLanguageResolver languages) {
        this.people = people;
        this.holds = holds;
        this.messages = messages;
        this.languages = languages;
        this.alerts = alerts;
        this.receiving = receiving;
        this.access = access;
        this.entries = entries;
        this.overview = overview;
        this.closing = closing;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> home(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue("ok") String ok) {
        Actor actor = actor(authentication);
        List<KitchenDirectory.Kitchen> kitchens = access.visible(actor);
        if (kitchens.isEmpty()) {
            throw new ProblemException.Forbidden(text(request, "kitchen.error.notKitchenPerson"));
        }
        if (kitchens.size() == 1 && kitchens.get(0).id() == actor.organisationId()) {
            return HttpResponse.seeOther(URI.create("/bep/" + kitchens.get(0).mspId() + "/" + today()));
        }
        return HttpResponse.ok(inspectorPage(actor, kitchens, ok, null));
    }

    private ModelAndView<Map<String, Object>> inspectorPage(Actor actor, List<KitchenDirectory.Kitchen> kitchens,
                                                            String ok, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("kitchens", kitchens);
        model.put("today", today().toString());
        model.put("monthStart", today().withDayOfMonth(1).toString());
        Map<String, List<HoldStore.StoredHold>> active = new HashMap<>();
        kitchens.forEach(k -> active.put(k.mspId(), holds.active(actor, k.mspId())));
        model.put("holds", active);
        model.put("canHold", KitchenAccess.agency(actor));
        model.put("ok", ok);
        model.put("error", error);
        return new ModelAndView<>("kitchen-inspector", model);
    }

    @Get("/{kitchenId}/{day}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> day(HttpRequest<?> request, Authentication authentication, String kitchenId,
                                          String day,
                                          @Nullable @QueryValue("buoc") String step, @Nullable @QueryValue("ok") String ok,
                                          @Nullable @QueryValue("qr") String qr) {
        Actor actor = actor(authentication);
        Map<String, Object> model = model(authentication, actor, kitchenId, KitchenController.date(day, "day"), step, Map.of());
        model.put("ok", ok);
        if (qr != null && !qr.isBlank()) {
            model.put("scannedUri", qr.strip());
            try {
                model.put("scanned", receiving.scan(actor, kitchenId, qr));
            } catch (ProblemException problem) {
                model.put("scanError", refusal(request, problem));
            }
        }
        return new ModelAndView<>("kitchen", model);
    }

    @Post(uri = "/{kitchenId}/{day}/thuc-don", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> menu(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                         @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "thuc-don", form, "kitchen.ok.menu", (actor, date) ->
                entries.addMenuItem(actor, kitchenId, date, form.get("meal"), time(form, "mealTime"), number(form, "dishId"),
                        form.get("dishName"), form.get("dishKind"), integer(form, "servings")));
    }

    @Post(uri = "/{kitchenId}/{day}/khac-thuc-don", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> deviation(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                              @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "chia-mon", form, "kitchen.ok.deviation", (actor, date) ->
                entries.noteDeviation(actor, kitchenId, date, form.get("meal"), form.get("deviationDish"),
                        form.get("deviationNote")));
    }

    @Post(uri = "/{kitchenId}/{day}/nha-cung-cap", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> supplier(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                             @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "thuc-don", form, "kitchen.ok.supplier", (actor, date) ->
                entries.addSupplier(actor, kitchenId, new CatalogueStore.NewSupplier(form.get("businessName"),
                        form.get("address"), form.get("phone"), form.get("certificateType"), form.get("certificateNumber"),
                        form.get("certificateIssuer"), KitchenController.date(form.get("certificateValidUntil"),
                        "certificateValidUntil"), form.get("veterinaryRef"))));
    }

    @Post(uri = "/{kitchenId}/{day}/nhan-hang", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> delivery(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                             @Body Map<String, String> form) {
        String[] note = {""};
        return act(request, authentication, kitchenId, day, "nhan-hang", form, (actor, date) -> {
            KitchenReceiving.Received received = receiving.recordDelivery(actor, kitchenId, date,
                    new KitchenEntries.Delivery(form.get("table"),
                        number(form, "supplierId"), form.get("foodName"), "on".equals(form.get("animalOrigin")),
                        time(form, "receivedAt"), decimal(form, "quantity"), form.get("unit"), form.get("deliveredBy"),
                        form.get("invoiceRef"), form.get("veterinaryRef"), form.get("quarantineRef"),
                        form.get("papersNotApplicable"), form.get("sensory"), form.get("rapidTest"),
                        form.get("manufacturer"), form.get("manufacturerAddress"),
                        KitchenController.date(form.get("expiryDate"), "expiryDate"), form.get("storage"),
                        form.get("lotNumber"), form.get("actionNote")), form.get("lotUri"));
            note[0] = received.journeyNote().map(n -> " " + n).orElse("");
            return received.deliveryId();
        }, () -> text(request, "kitchen.ok.delivery") + note[0]);
    }

    @Post(uri = "/{kitchenId}/{day}/che-bien", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> cooking(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                            @Body Map<String, String> form) {
        List<Long> receipts = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("receipt-") && "on".equals(value)) {
                receipts.add(Long.parseLong(key.substring("receipt-".length())));
            }
        });
        return act(request, authentication, kitchenId, day, "che-bien", form, "kitchen.ok.cooking", (actor, date) ->
                entries.recordCooking(actor, kitchenId, date, new KitchenEntries.Cooking(number(form, "menuItemId"),
                        receipts, form.get("storeIngredient"), decimal(form, "storeQuantity"), form.get("storeUnit"),
                        time(form, "prepFinishedAt"), time(form, "cookingFinishedAt"), form.get("handlers"),
                        form.get("equipment"), form.get("area"), form.get("sensory"), form.get("actionNote"))));
    }

    @Post(uri = "/{kitchenId}/{day}/chia-mon", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> serving(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                            @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "chia-mon", form, "kitchen.ok.serving", (actor, date) ->
                entries.recordServing(actor, kitchenId, date, new KitchenEntries.Serving(number(form, "menuItemId"),
                        time(form, "portioningFinishedAt"), time(form, "eatingStartsAt"), form.get("utensils"),
                        form.get("utensilCheck"), form.get("sensory"), form.get("actionNote"))));
    }

    @Post(uri = "/{kitchenId}/{day}/luu-mau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> sample(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                           @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "luu-mau", form, "kitchen.ok.sample", (actor, date) -> {
            entries.takeSample(actor, kitchenId, date, new KitchenEntries.Sample(number(form, "menuItemId"),
                    decimal(form, "amount"), null, form.get("containerType"), "on".equals(form.get("sealed")),
                    form.get("sealId"), decimal(form, "storageCelsius"), time(form, "takenAt"),
                    form.get("storagePlace"), form.get("note")));
            return 0L;
        });
    }

    @Post(uri = "/{kitchenId}/{day}/huy-mau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> destroy(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                            @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "luu-mau", form, "kitchen.ok.destroyed", (actor, date) -> {
            entries.destroySample(actor, kitchenId, form.get("code"), new KitchenEntries.Destruction(
                    decimal(form, "finalCelsius"), form.get("note"), "on".equals(form.get("destroyerConfirmed")),
                    "on".equals(form.get("storerConfirmed")), form.get("storerPassword")));
            return 0L;
        });
    }

    /** A legal hold placed from the tablet (manager) or the inspectors' page (agency). */
    @Post(uri = "/{kitchenId}/{day}/phong-toa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> placeHold(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                              @Body Map<String, String> form) {
        String[] id = {""};
        return holdAction(request, authentication, kitchenId, day, form, (actor, date) -> {
            id[0] = holds.place(actor, kitchenId, KitchenController.date(form.get("from"), "from"),
                    KitchenController.date(form.get("to"), "to"), form.get("reason"));
            return 0L;
        }, () -> text(request, "kitchen.ok.holdPlaced", id[0]));
    }

    @Post(uri = "/{kitchenId}/{day}/do-phong-toa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> releaseHold(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                @Body Map<String, String> form) {
        return holdAction(request, authentication, kitchenId, day, form, (actor, date) -> {
            holds.release(actor, kitchenId, KitchenController.holdNumber(form.get("holdId")), form.get("releaseReference"));
            return 0L;
        }, () -> text(request, "kitchen.ok.holdReleased", form.get("holdId")));
    }

    /** Holds answer the inspector on the inspectors' page and kitchen staff on the samples step. */
    private HttpResponse<?> holdAction(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                       Map<String, String> form, Entry entry, Supplier<String> message) {
        Actor actor = actor(authentication);
        if (!KitchenAccess.agency(actor)) {
            return act(request, authentication, kitchenId, day, "luu-mau", form, entry, message);
        }
        try {
            entry.apply(actor, KitchenController.date(day, "day"));
            return HttpResponse.seeOther(URI.create("/bep?ok=" + URLEncoder.encode(message.get(), StandardCharsets.UTF_8)));
        } catch (ProblemException problem) {
            return HttpResponse.status(problem.status()).body(inspectorPage(actor, access.visible(actor), null,
                    refusal(request, problem)));
        }
    }

    @Post(uri = "/{kitchenId}/{day}/chot-so", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> close(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                          @Nullable @Body Map<String, String> body) {
        Map<String, String> form = body == null ? Map.of() : body;
        return act(request, authentication, kitchenId, day, "chot-so", form, "kitchen.ok.closed",
                (actor, date) -> (long) closing.close(actor, kitchenId, date, form.get("reason")).version());
    }

    /** "Who is working": the person taps their name and types their PIN; the tablet's session acts as them. */
    @Post(uri = "/{kitchenId}/{day}/nguoi-lam", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> switchPerson(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                 @Body Map<String, String> form) {
        String back = STEPS.contains(form.get("buoc")) ? form.get("buoc") : "nhan-hang";
        String[] name = {""};
        Actor signedIn = Actors.of(authentication);
        String sessionId = Actors.sessionOf(authentication).sessionId();
        return act(request, authentication, kitchenId, day, back, form, (actor, date) -> {
            Actor now = people.switchTo(signedIn, sessionId, kitchenId, number(form, "person"), form.get("pin"));
            name[0] = people.people(now, kitchenId).stream().filter(p -> p.userId() == now.userId())
                    .map(TabletPersonStore.KitchenPerson::displayName).findFirst().orElse(now.username());
            return now.userId();
        }, () -> text(request, "kitchen.ok.switched", name[0]));
    }

    @Post(uri = "/{kitchenId}/{day}/ma-pin", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> setPin(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                           @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "nguoi-lam", form, "kitchen.ok.pinSet", (actor, date) -> {
            people.setPin(actor, kitchenId, number(form, "pinPerson"), form.get("newPin"));
            return 0L;
        });
    }

    /** An entry made from the tablet: redirect to the step with a message, or re-render it with the refusal. */
    private HttpResponse<?> act(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                String step, Map<String, String> form, String messageKey, Entry entry) {
        return act(request, authentication, kitchenId, day, step, form, entry, () -> text(request, messageKey));
    }

    /** Runs an entry and answers with the step and a message, or the page again with the refusal. */
    private HttpResponse<?> act(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                String step, Map<String, String> form, Entry entry, Supplier<String> message) {
        Actor actor = actor(authentication);
        LocalDate date = KitchenController.date(day, "day");
        try {
            entry.apply(actor, date);
            return HttpResponse.seeOther(URI.create("/bep/" + kitchenId + "/" + date + "?buoc=" + step + "&ok="
                    + URLEncoder.encode(message.get(), StandardCharsets.UTF_8)));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(authentication, actor, kitchenId, date, step, form);
            model.put("error", refusal(request, problem));
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("kitchen", model));
        }
    }

    /** A sample fridge reading typed on the tablet; out of 2–8 °C it raises an alert at once. */
    @Post(uri = "/{kitchenId}/{day}/nhiet-do-tu", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> fridgeReading(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                  @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, "luu-mau", form, "kitchen.ok.fridge", (actor, date) -> {
            alerts.recordReading(actor, kitchenId, form.get("fridge"), decimal(form, "celsius"), null);
            return 0;
        });
    }

    @Post(uri = "/{kitchenId}/{day}/canh-bao/{alertId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> acknowledge(HttpRequest<?> request, Authentication authentication, String kitchenId, String day,
                                long alertId, @Body Map<String, String> form) {
        return act(request, authentication, kitchenId, day, form.getOrDefault("buoc", "nhan-hang"), form,
                "kitchen.ok.alertSeen", (actor, date) -> {
                    alerts.acknowledge(actor, kitchenId, alertId);
                    return alertId;
                });
    }

    @FunctionalInterface
    private interface Entry {
        long apply(Actor actor, LocalDate date);
    }

    /** The person the page acts as: on the shared tablet, whoever switched in with their PIN. */
    private Actor actor(Authentication authentication) {
        return people.acting(Actors.of(authentication), Actors.sessionOf(authentication).sessionId());
    }

    /** A refusal in the page's language. */
    private String refusal(HttpRequest<?> request, ProblemException problem) {
        return problem.message(languages.language(request), messages);
    }

    private String text(HttpRequest<?> request, String key, Object... arguments) {
        return messages.text(languages.language(request), key, arguments);
    }

    /**
     * The page for the person working; the header and the offline queue name the signed-in account, which is
     * what sends queued entries (an entry queued offline is recorded under the person working when it is sent).
     */
    private Map<String, Object> model(Authentication authentication, Actor actor, String kitchenId, LocalDate date,
                                      String step, Map<String, String> form) {
        DayOverview.DayView view = overview.view(actor, kitchenId, date);
        Map<String, Object> model = new HashMap<>();
        model.put("username", Actors.of(authentication).username());
        model.put("day", view);
        model.put("step", step != null && STEPS.contains(step) ? step : "nhan-hang");
        model.put("now", LocalTime.now(clock.withZone(KitchenTime.ZONE)).withSecond(0).withNano(0).toString());
        model.put("previousDay", date == null ? null : LocalDate.parse(view.day()).minusDays(1).toString());
        model.put("nextDay", LocalDate.parse(view.day()).plusDays(1).toString());
        model.put("form", form);
        model.put("acceptedDeliveries", view.deliveries().stream().filter(d -> !d.struckOut() && !d.failed()).toList());
        model.put("keptSamples", view.samples().stream().filter(s -> s.destroyedAt() == null && !s.held()).toList());
        model.put("openAlerts", alerts.stored(actor, kitchenId, LocalDate.parse(view.day())).stream()
                .filter(AlertStore.StoredAlert::open).toList());
        if (view.writable()) {
            List<TabletPersonStore.KitchenPerson> team = people.people(actor, kitchenId);
            model.put("people", team);
            model.put("worker", team.stream().filter(p -> p.userId() == actor.userId()).findFirst().orElse(null));
            model.put("isManager", KitchenAccess.manager(actor));
            model.put("activeHolds", holds.active(actor, kitchenId));
        }
        return model;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(KitchenTime.ZONE));
    }

    private static LocalTime time(Map<String, String> form, String field) {
        return parse(form, field, () -> LocalTime.parse(form.get(field).strip()), "kitchen.error.badTime");
    }

    private static Long number(Map<String, String> form, String field) {
        return parse(form, field, () -> Long.parseLong(form.get(field).strip()), "kitchen.error.badNumber");
    }

    private static Integer integer(Map<String, String> form, String field) {
        return parse(form, field, () -> Integer.parseInt(form.get(field).strip()), "kitchen.error.badNumber");
    }

    private static BigDecimal decimal(Map<String, String> form, String field) {
        return parse(form, field, () -> new BigDecimal(form.get(field).strip().replace(',', '.')), "kitchen.error.badNumber");
    }

    private static <T> T parse(Map<String, String> form, String field, Supplier<T> parser, String refusalKey) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.get();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, PageText.of(refusalKey, text.strip()));
        }
    }
}
