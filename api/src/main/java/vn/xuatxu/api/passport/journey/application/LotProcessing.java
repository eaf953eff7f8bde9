package vn.xuatxu.api.passport.journey.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.journey.domain.JourneyStep;
import vn.xuatxu.api.passport.journey.domain.LotStatus;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotRegistration;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Processing: one or more input lots the producer holds (its own, or lots received from another
 * organisation on the platform) turned into one output lot, new or already registered, with the amount of
 * each input used. Recorded as an EPCIS 2.0 TransformationEvent (inputQuantityList / outputQuantityList, our
 * model being lot-level) and anchored on the ledger through the outbox like every event. An input used in
 * part stays active with what is left; one used up is consumed. The checks mirror the contract's, so a
 * producer hears at once, in their language, why processing is refused instead of a ledger failure later.
 */
@Singleton
public final class LotProcessing {

    /** Most inputs one processing step may name (the contract takes at most 50 lots per event). */
    public static final int MAX_INPUTS = 40;

    /** One input: the lot and the amount used, in the lot's unit; {@code null} uses all that is left. */
    public record Input(long lotId, BigDecimal quantity) {
    }

    /** A processing step as a person describes it: inputs, and either an existing output lot or a new one. */
    public record Request(List<Input> inputs, Long outputLotId, LotRegistration.Request newOutput,
                         OffsetDateTime eventTime, String note) {
    }

    private final DSLContext db;
    private final LotStore lots;
    private final LotCustodyStore custody;
    private final TraceEventStore events;
    private final LotRegistration registration;
    private final JourneyEvents journeyEvents;
    private final RefusedEvents refused;

    LotProcessing(DSLContext db, LotStore lots, LotCustodyStore custody, TraceEventStore events,
                  LotRegistration registration, JourneyEvents journeyEvents, RefusedEvents refused) {
        this.db = db;
        this.lots = lots;
        this.custody = custody;
        this.events = events;
        this.registration = registration;
        this.journeyEvents = journeyEvents;
        this.refused = refused;
    }

    /** Records the processing step in its own transaction. */
    public TraceEventStore.StoredEvent record(Actor actor, Request request) {
        long id = db.transactionResult(configuration -> recordIn(configuration.dsl(), actor, request));
        return events.byId(db, id).orElseThrow();
    }

    /** Records the processing step inside the caller's transaction; returns the event's id. */
    public long recordIn(DSLContext tx, Actor actor, Request request) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF)) {
            throw new ProblemException.Forbidden(PageText.of("journey.error.producersOnly"));
        }
        List<Input> inputs = request.inputs() == null ? List.of() : request.inputs();
        if (inputs.isEmpty()) {
            throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.noInputs"));
        }
        if (inputs.size() > MAX_INPUTS) {
            throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.tooManyInputs", MAX_INPUTS));
        }
        Set<Long> inputIds = new HashSet<>();
        for (Input input : inputs) {
            if (!inputIds.add(input.lotId())) {
                throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.inputTwice", input.lotId()));
            }
            if (input.quantity() != null && (input.quantity().signum() <= 0 || input.quantity().stripTrailingZeros().scale() > 3
                    || input.quantity().precision() - input.quantity().scale() > 15)) {
                throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.badQuantity", input.lotId()));
            }
        }
        if (request.outputLotId() != null && inputIds.contains(request.outputLotId())) {
            throw new ProblemException.InvalidInput("outputLotId", PageText.of("journey.error.outputIsInput"));
        }
        OffsetDateTime eventTime = journeyEvents.eventTime(request.eventTime());
        String note = note(request.note());

        // Lock the inputs in id order, so two processing steps sharing inputs cannot deadlock.
        List<Input> ordered = inputs.stream().sorted(Comparator.comparingLong(Input::lotId)).toList();
        Map<Long, TraceEventStore.Link> named = new LinkedHashMap<>();
        List<Map<String, Object>> ledgerInputs = new ArrayList<>();
        ArrayNode inputList = JourneyEvents.JSON.createArrayNode();
        List<Runnable> custodyChanges = new ArrayList<>();
        for (Input input : ordered) {
            LotCustodyStore.Custody current = custody.of(tx, input.lotId(), true)
                    .filter(c -> c.custodianId() == actor.organisationId())
                    .orElseThrow(() -> new ProblemException.Forbidden(PageText.of("journey.error.inputNotHeld", input.lotId())));
            LotStore.StoredLot lot = lots.byId(tx, input.lotId()).orElseThrow();
            String number = lot.details().lotNumber().value();
            if (current.status() == LotStatus.RECALLED) {
                throw new ProblemException.Conflict(PageText.of("journey.error.inputRecalled", number));
            }
            if (current.status() != LotStatus.ACTIVE) {
                throw new ProblemException.Conflict(PageText.of("journey.error.inputNotActive." + current.status().name(), number));
            }
            refused.requireNotHeld(tx, lot);
            BigDecimal left = lot.details().quantity().subtract(events.used(tx, lot.id()));
            BigDecimal used = input.quantity() == null ? left : input.quantity();
            if (used.compareTo(left) > 0) {
                throw new ProblemException.InvalidInput("inputs", PageText.of("journey.error.moreThanLeft", number,
                        plain(used), plain(left), lot.details().unit().name()));
            }
            named.put(lot.id(), new TraceEventStore.Link(TraceEventStore.Role.INPUT, used, current));
            inputList.add(JourneyEvents.quantity(lot, used));
            Map<String, Object> reference = JourneyEvents.reference(lot);
            if (input.quantity() != null) {
                reference.put("quantity", plain(used));
            }
            ledgerInputs.add(reference);
            if (used.compareTo(left) == 0) {
                custodyChanges.add(() -> custody.set(tx, lot.id(), LotStatus.CONSUMED, current.custodianId(), null));
            }
        }

        long outputId;
        if (request.outputLotId() != null) {
            outputId = request.outputLotId();
            LotCustodyStore.Custody output = custody.of(tx, outputId, true)
                    .filter(o -> o.ownerId() == actor.organisationId() && o.custodianId() == actor.organisationId())
                    .orElseThrow(() -> new ProblemException.Forbidden(PageText.of("journey.error.outputNotOwned", outputId)));
            LotStore.StoredLot existing = lots.byId(tx, outputId).orElseThrow();
            if (output.status() != LotStatus.ACTIVE) {
                throw new ProblemException.Conflict(PageText.of("journey.error.outputNotActive",
                        existing.details().lotNumber().value()));
            }
            refused.requireNotHeld(tx, existing);
            if (custody.ancestors(tx, inputIds).contains(outputId)) {
                throw new ProblemException.InvalidInput("outputLotId", PageText.of("journey.error.cycle",
                        existing.details().lotNumber().value()));
            }
        } else if (request.newOutput() != null) {
            outputId = registration.registerIn(tx, actor, request.newOutput());
        } else {
            throw new ProblemException.InvalidInput("outputLotId", PageText.of("journey.error.noOutput"));
        }
        LotStore.StoredLot output = lots.byId(tx, outputId).orElseThrow();
        named.put(output.id(), TraceEventStore.Link.unchanged(TraceEventStore.Role.OUTPUT));

        ObjectNode event = JourneyEvents.event(JourneyStep.PROCESSING, eventTime);
        event.set("inputQuantityList", inputList);
        event.putArray("outputQuantityList").add(JourneyEvents.quantity(output, output.details().quantity()));
        event.put("bizStep", JourneyStep.PROCESSING.bizStep());
        if (note != null) {
            event.put(JourneyEvents.EXTENSION_PREFIX + ":note", note);
        }
        Map<String, Object> ledger = JourneyEvents.ledgerEvent(JourneyStep.PROCESSING, null, eventTime);
        ledger.put("inputLots", ledgerInputs);
        ledger.put("outputLots", List.of(JourneyEvents.reference(output)));
        long id = journeyEvents.store(tx, actor, JourneyStep.PROCESSING, event, eventTime, ledger, null, note, null, named);
        custodyChanges.forEach(Runnable::run);
        return id;
    }

    private String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.length() > 1000) {
            throw new ProblemException.InvalidInput("note", PageText.of("journey.error.noteTooLong", 1000));
        }
        return text;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
