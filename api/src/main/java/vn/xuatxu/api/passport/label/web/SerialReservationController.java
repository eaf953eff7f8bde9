package vn.xuatxu.api.passport.label.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.label.application.QrImage;
import vn.xuatxu.api.passport.label.application.SerialReservations;
import vn.xuatxu.api.passport.label.persistence.SerialReservationStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reserving label serials over the API while online, for blank-lot labels printed before a lot exists; a
 * lot registered later (offline) names the block in {@code reservationId} and binds it.
 */
@Controller("/api/v1/serial-reservations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SerialReservationController {

    private final SerialReservations reservations;

    SerialReservationController(SerialReservations reservations) {
        this.reservations = reservations;
    }

    @Serdeable
    record NewReservation(@Nullable String gtin, @Nullable Integer count) {
    }

    @Serdeable
    record Label(String serial, String link, String qr) {
    }

    /** A block: unbound while {@code lotId} is null; its labels only when asked for one block. */
    @Serdeable
    record ReservationResponse(String reservationId, String gtin, String productName, int labelCount,
                               LocalDateTime reservedAt, @Nullable Long lotId, @Nullable List<Label> labels) {
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<ReservationResponse> reserve(Authentication authentication, @Body NewReservation body) {
        SerialReservations.Reservation reservation = reservations.reserve(Actors.of(authentication), body.gtin(), body.count());
        return HttpResponse.created(full(reservation),
                URI.create("/api/v1/serial-reservations/" + reservation.stored().reservationId()));
    }

    @Get
    List<ReservationResponse> list(Authentication authentication) {
        return reservations.newest(Actors.of(authentication)).stream().map(r -> summary(r, null)).toList();
    }

    @Get("/{reservationId}")
    ReservationResponse get(Authentication authentication, String reservationId) {
        return full(reservations.find(Actors.of(authentication), reservationId));
    }

    /** The QR code of one blank-lot label of the block. */
    @Get("/{reservationId}/qr/{serial}")
    @Produces(MediaType.IMAGE_PNG)
    HttpResponse<byte[]> qr(Authentication authentication, String reservationId, String serial) {
        SerialReservations.Reservation reservation = reservations.find(Actors.of(authentication), reservationId);
        if (!reservation.serials().contains(serial)) {
            throw new ProblemException.NotFound(PageText.of("printing.error.reservationSerial", serial, reservationId));
        }
        return HttpResponse.ok(QrImage.png(reservations.blankLink(reservation.stored().gtin(), serial)))
                .header("Cache-Control", "private, max-age=86400");
    }

    private ReservationResponse full(SerialReservations.Reservation reservation) {
        String id = reservation.stored().reservationId();
        return summary(reservation.stored(), reservation.serials().stream()
                .map(s -> new Label(s, reservations.blankLink(reservation.stored().gtin(), s),
                        "/api/v1/serial-reservations/" + id + "/qr/" + s)).toList());
    }

    private static ReservationResponse summary(SerialReservationStore.StoredReservation r, @Nullable List<Label> labels) {
        return new ReservationResponse(r.reservationId(), r.gtin(), r.productName(), r.labelCount(), r.reservedAt(),
                r.lotId(), labels);
    }
}
