package vn.xuatxu.api.kitchen.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;


import vn.xuatxu.api.kitchen.application.KitchenReceiving;
import vn.xuatxu.api.kitchen.application.SampleHolds;
import vn.xuatxu.api.kitchen.application.SampleLabels;
import vn.xuatxu.api.kitchen.application.TabletPeople;
import vn.xuatxu.api.printing.domain.LabelOutput;
import vn.xuatxu.label.content.RecordLabelContent;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.platform.idempotency.IdempotentRequests;
import vn.xuatxu.api.kitchen.application.DayClosing;
import vn.xuatxu.api.kitchen.application.DayOverview;
import vn.xuatxu.api.kitchen.application.FormExport;
import vn.xuatxu.api.kitchen.application.KitchenAccess;
import vn.xuatxu.api.kitchen.application.KitchenEntries;
import vn.xuatxu.api.kitchen.persistence.CatalogueStore;
import vn.xuatxu.api.kitchen.persistence.CheckRowStore;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * The kitchen's JSON API. A kitchen is named by its ledger id (e.g. {@code HimLamSchoolMSP}); every call
 * goes through {@link KitchenAccess}, so another school can neither read nor write it and inspectors only
 * read. Domain refusals come back as 400 with a Vietnamese message.
 */
@Controller("/api/v1/kitchens")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class KitchenController {

    @Serdeable
    record KitchenSummary(String kitchenId, String name, String address) {
    }

    @Serdeable
    record SupplierBody(@Nullable String businessName, @Nullable String address, @Nullable String phone,
                        @Nullable String certificateType, @Nullable String certificateNumber,
                        @Nullable String certificateIssuer, @Nullable LocalDate certificateValidUntil,
                        @Nullable String veterinaryRef) {
    }

    @Serdeable
    record MenuItemBody(@Nullable String meal, @Nullable LocalTime mealTime, @Nullable Long dishId,
                        @Nullable String dishName, @Nullable String dishKind, @Nullable Integer servings) {
    }

    @Serdeable
    record DeliveryBody(@Nullable String table, @Nullable Long supplierId, @Nullable String foodName,
                        @Nullable Boolean animalOrigin, @Nullable LocalTime receivedAt, @Nullable BigDecimal quantity,
                        @Nullable String unit, @Nullable String deliveredBy, @Nullable String invoiceRef,
                        @Nullable String veterinaryRef, @Nullable String quarantineRef,
                        @Nullable String papersNotApplicable, @Nullable String sensory, @Nullable String rapidTest,
                        @Nullable String manufacturer, @Nullable String manufacturerAddress,
                        @Nullable LocalDate expiryDate, @Nullable String storage, @Nullable String lotNumber,
                        @Nullable String actionNote, @Nullable String lotUri) {
    }

    @Serdeable
    record CookingBody(@Nullable Long menuItemId, @Nullable List<Long> receiptIds, @Nullable String storeIngredient,
                       @Nullable BigDecimal storeQuantity, @Nullable String storeUnit,
                       @Nullable LocalTime prepFinishedAt, @Nullable LocalTime cookingFinishedAt,
                       @Nullable String handlers, @Nullable String equipment, @Nullable String area,
                       @Nullable String sensory, @Nullable String actionNote) {
    }

    @Serdeable
    record ServingBody(@Nullable Long menuItemId, @Nullable LocalTime portioningFinishedAt,
                       @Nullable LocalTime eatingStartsAt, @Nullable String utensils, @Nullable String utensilCheck,
                       @Nullable String sensory, @Nullable String actionNote) {
    }

    @Serdeable
    record SampleBody(@Nullable Long menuItemId, @Nullable BigDecimal amount, @Nullable String unit,
                      @Nullable String containerType, @Nullable Boolean sealed, @Nullable String sealId,
                      @Nullable BigDecimal storageCelsius, @Nullable LocalTime takenAt, @Nullable String storagePlace,
                      @Nullable String note) {
    }

    @Serdeable
    record DestructionBody(@Nullable BigDecimal finalCelsius, @Nullable String note,
                           @Nullable Boolean destroyerConfirmed, @Nullable Boolean storerConfirmed,
                           @Nullable String storerPassword) {
    }

    @Serdeable
    record CloseBody(@Nullable String reason) {
    }

    @Serdeable
    record StrikeOutBody(@Nullable String reason) {
    }

    @Serdeable
    record Created(long id) {
    }

    @Serdeable
    record SampleTaken(String code) {
    }

    @Serdeable
    record DeliveryCreated(long id, @Nullable String journeyNote) {
    }

    @Serdeable
    record ScannedLotResponse(long lotId, String productName, String producerName, String producerAddress, String lotNumber,
                              @Nullable LocalDate bestBefore, @Nullable String certificateType,
                              @Nullable String certificateNumber, @Nullable LocalDate certificateValidUntil,
                              boolean recalled, @Nullable String recallReason, boolean shippedToUs,
                              @Nullable Long supplierId) {
    }

    @Serdeable
    record Closed(int version, String contentHash, String ledgerStatus) {
    }

    @Serdeable
    record HoldBody(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String reason) {
    }

    @Serdeable
    record HoldPlaced(String holdId) {
    }

    @Serdeable
    record ReleaseBody(@Nullable String releaseReference) {
    }

    @Serdeable
    record DeviationBody(@Nullable String meal, @Nullable String dishName, @Nullable String note) {
    }

    private final KitchenAccess access;
    private final KitchenEntries entries;
    private final DayOverview overview;
    private final DayClosing closing;
    private final FormExport forms;
    private final IdempotentRequests idempotency;
    private final SampleLabels sampleLabels;
    private final KitchenReceiving receiving;
    private final SampleHolds holds;
    private final TabletPeople people;

    KitchenController(KitchenAccess access, KitchenEntries entries, DayOverview overview, DayClosing closing,
                      FormExport forms, IdempotentRequests idempotency, SampleLabels sampleLabels,
                      KitchenReceiving receiving, SampleHolds holds, TabletPeople people) {
        this.holds = holds;
        this.people = people;
        this.receiving = receiving;
        this.sampleLabels = sampleLabels;
        this.idempotency = idempotency;
        this.access = access;
        this.entries = entries;
        this.overview = overview;
        this.closing = closing;
        this.forms = forms;
    }

    @Get
    List<KitchenSummary> kitchens(Authentication authentication) {
        return access.visible(actor(authentication)).stream()
                .map(k -> new KitchenSummary(k.mspId(), k.name(), k.address())).toList();
    }

    @Post("/{kitchenId}/suppliers")
    HttpResponse<Created> supplier(Authentication authentication, String kitchenId, @Body SupplierBody b) {
        return HttpResponse.created(new Created(entries.addSupplier(actor(authentication), kitchenId,
                new CatalogueStore.NewSupplier(b.businessName(), b.address(), b.phone(), b.certificateType(),
                        b.certificateNumber(), b.certificateIssuer(), b.certificateValidUntil(), b.veterinaryRef()))));
    }

    @Get("/{kitchenId}/days/{day}")
    DayOverview.DayView day(Authentication authentication, String kitchenId, String day) {
        return overview.view(actor(authentication), kitchenId, date(day, "day"));
    }

    @Post("/{kitchenId}/days/{day}/menu")
    HttpResponse<Created> menu(Authentication authentication, String kitchenId, String day, @Body MenuItemBody b) {
        return HttpResponse.created(new Created(entries.addMenuItem(actor(authentication), kitchenId,
                date(day, "day"), b.meal(), b.mealTime(), b.dishId(), b.dishName(), b.dishKind(), b.servings())));
    }

    @Post("/{kitchenId}/days/{day}/deliveries")
    HttpResponse<?> delivery(Authentication authentication, String kitchenId, String day,
                        @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body DeliveryBody b) {
        return once(authentication, idempotencyKey, kitchenId, day, "deliveries", b,
                () -> {
                    KitchenReceiving.Received received = receiving.recordDelivery(actor(authentication), kitchenId,
                            date(day, "day"), new KitchenEntries.Delivery(b.table(), b.supplierId(), b.foodName(),
                            b.animalOrigin(), b.receivedAt(), b.quantity(), b.unit(), b.deliveredBy(), b.invoiceRef(),
                            b.veterinaryRef(), b.quarantineRef(), b.papersNotApplicable(), b.sensory(), b.rapidTest(),
                            b.manufacturer(), b.manufacturerAddress(), b.expiryDate(), b.storage(), b.lotNumber(),
                            b.actionNote()), b.lotUri());
                    return new DeliveryCreated(received.deliveryId(), received.journeyNote().orElse(null));
                });
    }

    /** What a scanned supplier label says about its lot, to fill a delivery (Form 1) with; see KitchenReceiving. */
    @Get("/{kitchenId}/scanned-lot")
    ScannedLotResponse scannedLot(Authentication authentication, String kitchenId, @QueryValue String uri) {
        KitchenReceiving.ScannedLot lot = receiving.scan(actor(authentication), kitchenId, uri);
        return new ScannedLotResponse(lot.lotId(), lot.productName(), lot.producerName(), lot.producerAddress(),
                lot.lotNumber(), lot.bestBefore(), lot.certificateType(), lot.certificateNumber(), lot.certificateValidUntil(),
                lot.recalled(), lot.recallReason(), lot.shippedToUs(), lot.supplierId());
    }

    @Post("/{kitchenId}/days/{day}/cooking")
    HttpResponse<?> cooking(Authentication authentication, String kitchenId, String day,
                        @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body CookingBody b) {
        return once(authentication, idempotencyKey, kitchenId, day, "cooking", b,
                () -> new Created(entries.recordCooking(actor(authentication), kitchenId,
                date(day, "day"), new KitchenEntries.Cooking(b.menuItemId(), b.receiptIds(), b.storeIngredient(),
                        b.storeQuantity(), b.storeUnit(), b.prepFinishedAt(), b.cookingFinishedAt(), b.handlers(),
                        b.equipment(), b.area(), b.sensory(), b.actionNote()))));
    }

    @Post("/{kitchenId}/days/{day}/serving")
    HttpResponse<?> serving(Authentication authentication, String kitchenId, String day,
                        @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body ServingBody b) {
        return once(authentication, idempotencyKey, kitchenId, day, "serving", b,
                () -> new Created(entries.recordServing(actor(authentication), kitchenId,
                date(day, "day"), new KitchenEntries.Serving(b.menuItemId(), b.portioningFinishedAt(),
                        b.eatingStartsAt(), b.utensils(), b.utensilCheck(), b.sensory(), b.actionNote()))));
    }

    @Post("/{kitchenId}/days/{day}/samples")
    HttpResponse<?> sample(Authentication authentication, String kitchenId, String day,
                           @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body SampleBody b) {
        return once(authentication, idempotencyKey, kitchenId, day, "samples", b,
                () -> new SampleTaken(entries.takeSample(actor(authentication), kitchenId,
                date(day, "day"), new KitchenEntries.Sample(b.menuItemId(), b.amount(), b.unit(), b.containerType(),
                        b.sealed(), b.sealId(), b.storageCelsius(), b.takenAt(), b.storagePlace(), b.note()))));
    }

    @Post("/{kitchenId}/samples/{code}/destruction")
    HttpResponse<?> destroy(Authentication authentication, String kitchenId, String code, @Body DestructionBody b) {
        entries.destroySample(actor(authentication), kitchenId, code, new KitchenEntries.Destruction(b.finalCelsius(),
                b.note(), b.destroyerConfirmed(), b.storerConfirmed(), b.storerPassword()));
        return HttpResponse.noContent();
    }

    @Post("/{kitchenId}/rows/{kind}/{rowId}/strike-out")
    HttpResponse<?> strikeOut(Authentication authentication, String kitchenId, String kind, long rowId,
                              @Body StrikeOutBody b) {
        CheckRowStore.RowKind rowKind;
        try {
            rowKind = CheckRowStore.RowKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.noRowKind", kind));
        }
        entries.strikeOut(actor(authentication), kitchenId, rowKind, rowId, b.reason());
        return HttpResponse.noContent();
    }

    /** A legal hold on every sample taken in a date range (kitchen manager or agency inspector). */
    @Post("/{kitchenId}/holds")
    HttpResponse<HoldPlaced> placeHold(Authentication authentication, String kitchenId, @Body HoldBody b) {
        return HttpResponse.created(new HoldPlaced(holds.place(actor(authentication), kitchenId, b.from(), b.to(), b.reason())));
    }

    /** Lifts a hold ({@code PT-12} or {@code 12}) with the authority's reference. */
    @Post("/{kitchenId}/holds/{holdId}/release")
    HttpResponse<?> releaseHold(Authentication authentication, String kitchenId, String holdId, @Body ReleaseBody b) {
        holds.release(actor(authentication), kitchenId, holdNumber(holdId), b.releaseReference());
        return HttpResponse.noContent();
    }

    /** A note on how the day's dishes differed from the menu, and why. */
    @Post("/{kitchenId}/days/{day}/deviations")
    HttpResponse<Created> deviation(Authentication authentication, String kitchenId, String day, @Body DeviationBody b) {
        return HttpResponse.created(new Created(entries.noteDeviation(actor(authentication), kitchenId, date(day, "day"),
                b.meal(), b.dishName(), b.note())));
    }

    static long holdNumber(String holdId) {
        String digits = holdId == null ? "" : holdId.strip().replaceFirst("(?i)^PT-", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.noHold", holdId));
        }
    }

    /** The person the request acts as: on the shared tablet, whoever switched in with their PIN. */
    private Actor actor(Authentication authentication) {
        return people.acting(Actors.of(authentication), Actors.sessionOf(authentication).sessionId());
    }

    @Post("/{kitchenId}/days/{day}/close")
    HttpResponse<Closed> close(Authentication authentication, String kitchenId, String day, @Body CloseBody b) {
        DayVersionStore.StoredVersion v = closing.close(actor(authentication), kitchenId, date(day, "day"), b.reason());
        return HttpResponse.created(new Closed(v.version(), v.contentHash(), v.ledger().status()));
    }

    /**
     * Form 4 sample labels for the kitchen's thermal printer (or PDF): one sample by its code, or every sample
     * of a day ({@code /days/{day}/sample-labels}).
     */
    @Get("/{kitchenId}/samples/{code}/label")
    HttpResponse<byte[]> sampleLabel(Authentication authentication, String kitchenId, String code,
                                     @QueryValue(defaultValue = "pdf") String format,
                                     @QueryValue(defaultValue = "MM_50_X_30") String stock,
                                     @QueryValue(defaultValue = "203") int dpi) {
        return labels(List.of(sampleLabels.content(actor(authentication), kitchenId, code)), format, stock, dpi,
                "mau-" + code);
    }

    @Get("/{kitchenId}/days/{day}/sample-labels")
    HttpResponse<byte[]> dayLabels(Authentication authentication, String kitchenId, String day,
                                   @QueryValue(defaultValue = "pdf") String format,
                                   @QueryValue(defaultValue = "MM_50_X_30") String stock,
                                   @QueryValue(defaultValue = "203") int dpi) {
        return labels(sampleLabels.ofDay(actor(authentication), kitchenId, date(day, "day")), format, stock, dpi,
                "mau-luu-" + day);
    }

    private static HttpResponse<byte[]> labels(List<RecordLabelContent> contents, String format, String stock, int dpi,
                                               String fileName) {
        LabelStock labelStock = LabelOutput.stock(stock);
        LabelOutput output = LabelOutput.named(format);
        LabelLayout layout = LabelLayout.of(labelStock, LabelOutput.density(dpi));
        List<LabelImage> images = new java.util.ArrayList<>();
        for (RecordLabelContent content : contents) {
            try {
                images.add(layout.render(content));
            } catch (LabelDoesNotFitException e) {
                throw new ProblemException.InvalidInput("stock", PageText.of("kitchen.error.labelTooSmall"));
            }
        }
        return HttpResponse.ok(output.render(images, labelStock)).contentType(MediaType.of(output.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + output.extension() + "\"");
    }

    @Get("/{kitchenId}/forms.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(Authentication authentication, String kitchenId, @Nullable @QueryValue String from,
                             @Nullable @QueryValue String to) {
        return download(forms.pdf(actor(authentication), kitchenId, date(from, "from"), date(to, "to")), "application/pdf");
    }

    @Get("/{kitchenId}/forms.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> xlsx(Authentication authentication, String kitchenId, @Nullable @QueryValue String from,
                              @Nullable @QueryValue String to) {
        return download(forms.xlsx(actor(authentication), kitchenId, date(from, "from"), date(to, "to")),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /**
     * Records an entry once per {@code Idempotency-Key}: a tablet that sends its offline queue again after
     * losing the answer gets the first answer back instead of a second row in the official forms.
     */
    private HttpResponse<?> once(Authentication authentication, @Nullable String idempotencyKey, String kitchenId,
                                 String day, String kind, Object body, Supplier<Object> entry) {
        return idempotency.run(actor(authentication).userId(), idempotencyKey,
                "POST /api/v1/kitchens/" + kitchenId + "/days/" + day + "/" + kind, body,
                () -> new IdempotentRequests.Created(201, entry.get(), null));
    }

    static HttpResponse<byte[]> download(FormExport.Download file, String type) {
        return HttpResponse.ok(file.content()).contentType(MediaType.of(type))
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, PageText.of("kitchen.error.badDate", text.strip()));
        }
    }

}
