package vn.xuatxu.api.kitchen.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.kitchen.application.KitchenAlerts;
import vn.xuatxu.api.kitchen.application.KitchenAccess;
import vn.xuatxu.api.kitchen.persistence.AlertStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A kitchen's alerts, sample fridge readings (from staff, or from a thermometer with the school's sensor token)
 * and where alerts are sent. docs/user-guide-kitchen.*.md describe the dashboard; the webhook format is in the
 * English guide.
 */
@Controller("/api/v1/kitchens")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class KitchenAlertController {

    private final KitchenAlerts alerts;

    KitchenAlertController(KitchenAlerts alerts) {
        this.alerts = alerts;
    }

    @Serdeable
    record AlertResponse(long id, String day, String kind, String message, String raisedAt, @Nullable String resolvedAt,
                         @Nullable String acknowledgedAt, boolean open, String webhookState) {
        static AlertResponse of(AlertStore.StoredAlert a) {
            return new AlertResponse(a.id(), a.day().toString(), a.kind().name(), a.message(), a.raisedAt().toString(),
                    a.resolvedAt() == null ? null : a.resolvedAt().toString(),
                    a.acknowledgedAt() == null ? null : a.acknowledgedAt().toString(), a.open(), a.webhookState());
        }
    }

    @Serdeable
    record ReadingBody(@Nullable String fridge, @Nullable BigDecimal celsius, @Nullable String readAt) {
    }

    @Serdeable
    record SettingsBody(@Nullable String webhookUrl, @Nullable String closingDeadline, @Nullable Boolean newSensorToken) {
    }

    @Serdeable
    record SettingsResponse(@Nullable String webhookUrl, @Nullable String webhookSecret, boolean sensorTokenSet,
                            @Nullable String sensorToken, String closingDeadline) {
    }

    @Get("/{kitchenId}/alerts")
    List<AlertResponse> list(Authentication authentication, String kitchenId, @Nullable @QueryValue String day) {
        return alerts.ofDay(Actors.of(authentication), kitchenId, day == null ? null : date(day))
                .stream().map(AlertResponse::of).toList();
    }

    @Post("/{kitchenId}/alerts/{id}/acknowledge")
    HttpResponse<Void> acknowledge(Authentication authentication, String kitchenId, long id) {
        alerts.acknowledge(Actors.of(authentication), kitchenId, id);
        return HttpResponse.noContent();
    }

    @Post("/{kitchenId}/fridge-readings")
    HttpResponse<Void> reading(Authentication authentication, String kitchenId, @Body ReadingBody body) {
        alerts.recordReading(Actors.of(authentication), kitchenId, body.fridge(), body.celsius(), time(body.readAt()));
        return HttpResponse.status(io.micronaut.http.HttpStatus.CREATED);
    }

    /** For a networked thermometer: no session, the school's sensor token in {@code X-Sensor-Token}. */
    @Post("/sensor-readings")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> sensorReading(@Nullable @Header("X-Sensor-Token") String token, @Body ReadingBody body) {
        alerts.recordSensorReading(token, body.fridge(), body.celsius());
        return HttpResponse.status(io.micronaut.http.HttpStatus.CREATED);
    }

    @Get("/{kitchenId}/alert-settings")
    SettingsResponse settings(Authentication authentication, String kitchenId) {
        AlertStore.Settings s = alerts.settings(Actors.of(authentication), kitchenId);
        boolean manager = KitchenAccess.manager(Actors.of(authentication));
        return new SettingsResponse(s.webhookUrl(), manager ? s.webhookSecret() : null, s.sensorTokenSha256() != null, null,
                s.closingDeadline().toString());
    }

    @Put("/{kitchenId}/alert-settings")
    SettingsResponse saveSettings(Authentication authentication, String kitchenId, @Body SettingsBody body) {
        KitchenAlerts.SavedSettings saved = alerts.saveSettings(Actors.of(authentication), kitchenId, body.webhookUrl(),
                time(body.closingDeadline()), Boolean.TRUE.equals(body.newSensorToken()));
        AlertStore.Settings s = saved.settings();
        return new SettingsResponse(s.webhookUrl(), s.webhookSecret(), s.sensorTokenSha256() != null, saved.sensorToken(),
                s.closingDeadline().toString());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput("day", PageText.of("kitchen.error.badAlertDay", text));
        }
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput("time", PageText.of("kitchen.error.badAlertTime", text));
        }
    }
}
