package vn.xuatxu.chaincode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.xuatxu.chaincode.model.LedgerConfiguration;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotEventEntry;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.LotStatus;
import vn.xuatxu.chaincode.model.Product;
import vn.xuatxu.chaincode.model.Shipment;
import vn.xuatxu.chaincode.model.TraceEvent;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * The state machine of a lot: checks a traceability event against the current state of every lot
 * it touches and writes the consequences (new statuses and custodians, the event, each lot's event
 * list, derivation links).
 *
 * <p>All checks run before any write, and every lot is written at most once per transaction
 * (Fabric cannot read a transaction's own writes, so a lot touched twice would lose the first
 * change); that is why a lot may appear only once in an event.
 */
final class LotLifecycle {
    /** How far back the cycle check walks; the recall walk has the same kind of bound. */
    private static final int MAX_ANCESTORS = 200;
    private final WorldState state;
    private final LotStore lots;

    LotLifecycle(WorldState state) {
        this.state = state;
        this.lots = new LotStore(state);
    }

    /**
     * Applies {@code event} for {@code caller} and writes everything.
     *
     * @return the stored event
     */
    TraceEvent apply(String tx, Caller caller, LedgerConfiguration configuration, ProposedEvent event,
            String recordedAt, String txId) {
        String who = caller.organisationId();
        Map<LotReference, Lot> before = new LinkedHashMap<>();
        Map<LotReference, Lot> after = new LinkedHashMap<>();
        List<Lot> created = new ArrayList<>();
        String custodianFrom = null;
        String custodianTo = null;

        switch (event.step()) {
            case COMMISSIONING -> {
                for (LotReference reference : event.lots()) {
                    Lot lot = load(tx, reference, before);
                    if (!lot.ownerMspId().equals(who) || !lot.custodianMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "only its owner, while holding it, may commission it");
                    }
                    requireStatus(tx, lot, "commission", LotStatus.ACTIVE);
                    if (lot.events() > 0) {
                        throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " already has " + lot.events()
                                + " event(s); commissioning must be its first event");
                    }
                    after.put(reference, lot);
                }
            }
            case SHIPPING -> {
                String receiver = event.receiver().orElseThrow();
                for (LotReference reference : event.lots()) {
                    Lot lot = load(tx, reference, before);
                    if (!lot.custodianMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "it is held by '" + lot.custodianMspId()
                                + "', and only its custodian may ship it");
                    }
                    requireStatus(tx, lot, "ship", LotStatus.ACTIVE);
                    after.put(reference, lot.withStatus(LotStatus.IN_TRANSIT)
                            .withShipment(new Shipment(receiver, who, event.hash().value())));
                }
                custodianFrom = who;
                custodianTo = receiver;
            }
            case RECEIVING -> {
                for (LotReference reference : event.lots()) {
                    Lot lot = load(tx, reference, before);
                    Shipment shipment = lot.shipment();
                    if (shipment == null) {
                        throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " has no open shipment (status "
                                + lot.status() + ", held by '" + lot.custodianMspId() + "'); only shipped lots can be received");
                    }
                    if (!shipment.receiverMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "it was shipped to '" + shipment.receiverMspId() + "'");
                    }
                    if (custodianFrom != null && !custodianFrom.equals(shipment.senderMspId())) {
                        throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": one receiving event must receive lots from one sender; lot "
                                + reference + " was shipped by '" + shipment.senderMspId() + "', an earlier lot by '"
                                + custodianFrom + "'");
                    }
                    custodianFrom = shipment.senderMspId();
                    LotStatus next = lot.status() == LotStatus.RECALLED ? LotStatus.RECALLED : LotStatus.ACTIVE;
                    after.put(reference, lot.withShipment(null).withCustodian(who).withStatus(next));
                }
                custodianTo = who;
            }
            case TRANSFORMING -> {
                for (LotReference reference : event.inputLots()) {
                    Lot lot = load(tx, reference, before);
                    if (!lot.custodianMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "it is held by '" + lot.custodianMspId()
                                + "', and a transformation may only consume lots its caller holds");
                    }
                    requireStatus(tx, lot, "transform", LotStatus.ACTIVE);
                    after.put(reference, consume(tx, lot, event.quantityOf(reference)));
                }
                for (OutputLot output : event.outputLots()) {
                    LotReference reference = output.reference();
                    if (output instanceof OutputLot.Existing) {
                        Lot lot = load(tx, reference, before);
                        if (!lot.ownerMspId().equals(who) || !lot.custodianMspId().equals(who)) {
                            throw forbidden(tx, reference, who, "an existing output lot must be owned and held by the caller");
                        }
                        requireStatus(tx, lot, "link as a transformation output", LotStatus.ACTIVE);
                        requireNoCycle(tx, reference, event.inputLots());
                        TreeSet<LotReference> inputs = new TreeSet<>(event.inputLots());
                        if (lot.derivedFrom() != null) {
                            inputs.addAll(lot.derivedFrom());
                        }
                        after.put(reference, lot.withDerivedFrom(List.copyOf(inputs)));
                    } else if (output instanceof OutputLot.Created newLot) {
                        if (lots.find(reference).isPresent()) {
                            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": output lot " + reference
                                    + " is already registered; list it with only gtin and lotNumber to link it");
                        }
                        Product product = state.read(Product.class, ObjectType.PRODUCT, reference.gtin())
                                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no product with GTIN "
                                        + reference.gtin() + " is registered (output lot " + reference + ")"));
                        if (!product.ownerMspId().equals(who)) {
                            throw ErrorCode.FORBIDDEN.exception(tx + ": GTIN " + reference.gtin() + " is owned by '"
                                    + product.ownerMspId() + "'; caller '" + who + "' cannot create its lots");
                        }
                        created.add(Lot.registered(newLot.registration(), recordedAt, txId)
                                .withDerivedFrom(List.copyOf(new TreeSet<>(event.inputLots()))));
                    }
                }
            }
            case INSPECTING, SAMPLING -> {
                boolean agency = caller.isAgency(configuration);
                for (LotReference reference : event.lots()) {
                    Lot lot = load(tx, reference, before);
                    if (!agency && !lot.ownerMspId().equals(who) && !lot.custodianMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "only its owner, its custodian or the agency may record an "
                                + event.step().name().toLowerCase(java.util.Locale.ROOT) + " event");
                    }
                    if (lot.status() == LotStatus.DESTROYED) {
                        throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " is DESTROYED");
                    }
                    after.put(reference, lot);
                }
            }
            case DESTROYING -> {
                boolean agency = caller.isAgency(configuration);
                for (LotReference reference : event.lots()) {
                    Lot lot = load(tx, reference, before);
                    if (!agency && !lot.custodianMspId().equals(who)) {
                        throw forbidden(tx, reference, who, "only its custodian or the agency may destroy it");
                    }
                    requireStatus(tx, lot, "destroy", LotStatus.ACTIVE, LotStatus.RECALLED);
                    after.put(reference, lot.withStatus(LotStatus.DESTROYED));
                }
            }
            default -> throw new IllegalStateException("unhandled step " + event.step());
        }

        TraceEvent stored = new TraceEvent(event.hash().value(), event.type().epcisName(), event.bizStep(), event.step(),
                event.disposition(), event.eventTime(),
                event.lots(), event.inputLots(), event.outputReferences(), custodianFrom, custodianTo, who, recordedAt, txId,
                event.inputQuantities());

        // All checks passed: write each lot once, with its event-list entry.
        for (Map.Entry<LotReference, Lot> entry : after.entrySet()) {
            Lot next = entry.getValue().withOneMoreEvent();
            appendToEventList(next, stored);
            lots.update(before.get(entry.getKey()), next);
        }
        for (Lot lot : created) {
            Lot next = lot.withOneMoreEvent();
            appendToEventList(next, stored);
            lots.create(next);
        }
        for (LotReference input : event.inputLots()) {
            for (LotReference output : event.outputReferences()) {
                state.write(output, ObjectType.LOT_DERIVATION, input.gtin(), input.lotNumber(), output.gtin(),
                        output.lotNumber());
            }
        }
        state.write(stored, ObjectType.TRACE_EVENT, event.hash().hex());
        return stored;
    }

    /**
     * The input after a transformation used {@code amount} of it (or, with none, all that was left): it stays
     * active while something is left, and an amount larger than what is left is refused.
     */
    private static Lot consume(String tx, Lot lot, java.util.Optional<String> amount) {
        if (amount.isEmpty()) {
            return lot.withStatus(LotStatus.CONSUMED);
        }
        java.math.BigDecimal used = new java.math.BigDecimal(amount.get());
        java.math.BigDecimal left = lot.remaining().subtract(used);
        if (left.signum() < 0) {
            throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": input lot " + lot.reference() + " has " + lot.remaining()
                    .stripTrailingZeros().toPlainString() + " " + lot.unit() + " left, the event uses " + amount.get());
        }
        String consumed = new java.math.BigDecimal(lot.quantity()).subtract(left).stripTrailingZeros().toPlainString();
        Lot next = lot.withConsumedQuantity(consumed);
        return left.signum() == 0 ? next.withStatus(LotStatus.CONSUMED) : next;
    }

    /**
     * Refuses to make {@code output} from inputs that were themselves made from it: with partly used lots
     * staying active, a loop would otherwise be possible and would make one-step-back walks endless.
     */
    private void requireNoCycle(String tx, LotReference output, List<LotReference> inputs) {
        java.util.Deque<LotReference> queue = new java.util.ArrayDeque<>(inputs);
        java.util.Set<LotReference> seen = new java.util.HashSet<>();
        while (!queue.isEmpty() && seen.size() < MAX_ANCESTORS) {
            LotReference next = queue.removeFirst();
            if (next.equals(output)) {
                throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": output lot " + output
                        + " is among the lots its inputs were made from; a lot cannot be made from itself");
            }
            if (seen.add(next)) {
                lots.find(next).map(Lot::derivedFrom).ifPresent(queue::addAll);
            }
        }
    }

    private void appendToEventList(Lot lot, TraceEvent event) {
        state.write(new LotEventEntry(lot.events(), event.eventHash()), ObjectType.LOT_EVENT, lot.gtin(), lot.lotNumber(),
                sequenceKey(lot.events()));
    }

    /** The zero-padded sequence that orders a lot's events in key order. */
    static String sequenceKey(int sequence) {
        return String.format(java.util.Locale.ROOT, "%08d", sequence);
    }

    private Lot load(String tx, LotReference reference, Map<LotReference, Lot> loaded) {
        Lot lot = lots.require(tx, reference);
        loaded.put(reference, lot);
        return lot;
    }

    private static void requireStatus(String tx, Lot lot, String action, LotStatus... allowed) {
        for (LotStatus status : allowed) {
            if (lot.status() == status) {
                return;
            }
        }
        throw ErrorCode.INVALID_STATE.exception(tx + ": cannot " + action + " lot " + lot.reference() + ": it is "
                + lot.status() + (allowed.length == 1 ? ", not " + allowed[0] : ", not one of " + java.util.Arrays.toString(allowed)));
    }

    private static RuntimeException forbidden(String tx, LotReference lot, String caller, String why) {
        return ErrorCode.FORBIDDEN.exception(tx + ": caller '" + caller + "' may not act on lot " + lot + ": " + why);
    }

}
