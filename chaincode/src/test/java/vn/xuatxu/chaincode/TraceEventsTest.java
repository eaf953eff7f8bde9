package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.ledger.ChaincodeEventRecord;
import vn.xuatxu.chaincode.ledger.TestIdentity;

class TraceEventsTest extends ContractScenario {
    static final String G1 = ref(GREEN, "G1");
    static final String G2 = ref(GREEN, "G2");

    @BeforeEach
    void setUp() {
        province();
    }

    @Test
    void commissioningIsStoredByHashListedOnTheLotAndEmitted() {
        ledger.setNextTxId("tx-commission");
        String stored = record(GROWER, objectEvent("c1", "commissioning", null, G1));
        String expected = "{\"bizStep\":\"commissioning\",\"eventHash\":\"" + eventHash("c1") + "\","
                + "\"eventTime\":\"2026-11-23T02:00:00Z\",\"lots\":[{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\"}],"
                + "\"recordedAt\":\"2026-11-23T03:04:05.123Z\",\"recordedBy\":\"HtxMuongAngMSP\",\"step\":\"COMMISSIONING\","
                + "\"txId\":\"tx-commission\",\"type\":\"ObjectEvent\"}";
        assertEquals(expected, stored);
        assertEquals(expected, lastEvent("TraceEventRecorded").payloadText());
        assertEquals(expected, ledger.evaluate(STRANGER, ctx -> contract.getTraceEvent(ctx, eventHash("c1"))));
        assertEquals("[" + expected + "]", ledger.evaluate(STRANGER, ctx -> contract.getLotEvents(ctx, GREEN, "G1")));
        assertTrue(lot(GREEN, "G1").contains("\"eventCount\":1"), lot(GREEN, "G1"));
        assertTrue(lot(GREEN, "G1").contains("\"status\":\"ACTIVE\""));
    }

    @Test
    void commissioningMustBeFirstAndByTheOwner() {
        refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> record(ROASTER, objectEvent("c1", "commissioning", null, G1)));
        record(GROWER, objectEvent("c1", "commissioning", null, G1));
        assertMentions(refusedWithoutEffect(ErrorCode.INVALID_STATE,
                () -> record(GROWER, objectEvent("c2", "commissioning", null, G1))), "first event");
    }

    @Test
    void resubmittingTheSameEventIsIdempotentAndAnotherEventUnderItsHashConflicts() {
        String first = ship(GROWER, ROASTER, "s1", G1);
        int events = ledger.events().size();
        ledger.setNextTxId("retry");
        assertEquals(first, ship(GROWER, ROASTER, "s1", G1), "the retry returns the stored event");
        assertTrue(ledger.lastTransaction().writes().isEmpty());
        assertEquals(events, ledger.events().size());
        refusedWithoutEffect(ErrorCode.ALREADY_EXISTS, () -> ship(GROWER, KITCHEN, "s1", G2));
    }

    @Nested
    class ShippingAndReceiving {

        @Test
        void shippingPutsTheLotInTransitToTheReceiver() {
            String stored = ship(GROWER, ROASTER, "s1", G1, G2);
            assertTrue(stored.contains("\"custodianFrom\":\"HtxMuongAngMSP\",\"custodianTo\":\"HtxRangXayMSP\""), stored);
            String lot = lot(GREEN, "G1");
            assertTrue(lot.contains("\"status\":\"IN_TRANSIT\""), lot);
            assertTrue(lot.contains("\"shipment\":{\"eventHash\":\"" + eventHash("s1")
                    + "\",\"receiverMspId\":\"HtxRangXayMSP\",\"senderMspId\":\"HtxMuongAngMSP\"}"), lot);
            assertTrue(lot.contains("\"custodianMspId\":\"HtxMuongAngMSP\""), "custody moves on receipt, not on shipping");
        }

        @Test
        void aLotInTransitCannotBeShippedAgain() {
            ship(GROWER, ROASTER, "s1", G1);
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> ship(GROWER, KITCHEN, "s2", G1)),
                    "IN_TRANSIT");
        }

        @Test
        void onlyTheCustodianShipsAndOnlyToARegisteredOtherOrganisation() {
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ship(ROASTER, KITCHEN, "s1", G1));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ship(GROWER, STRANGER, "s1", G1));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ship(GROWER, GROWER, "s1", G1));
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> record(GROWER, objectEvent("s1", "shipping", null, G1))), "receiverMspId");
        }

        @Test
        void receivingMatchesTheOpenShipmentAndMovesCustody() {
            ship(GROWER, ROASTER, "s1", G1);
            assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> receive(KITCHEN, "r1", G1)), "HtxRangXayMSP");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> receive(ROASTER, "r1", G2)),
                    "no open shipment");
            String received = receive(ROASTER, "r1", G1);
            assertTrue(received.contains("\"custodianFrom\":\"HtxMuongAngMSP\",\"custodianTo\":\"HtxRangXayMSP\""), received);
            String lot = lot(GREEN, "G1");
            assertTrue(lot.contains("\"custodianMspId\":\"HtxRangXayMSP\""), lot);
            assertTrue(lot.contains("\"status\":\"ACTIVE\""), lot);
            assertFalse(lot.contains("shipment"), lot);
            assertTrue(ledger.state("\u0000lotByCustodian\u0000HtxRangXayMSP\u0000" + GREEN + "\u0000G1\u0000").isPresent());
            assertTrue(ledger.state("\u0000lotByCustodian\u0000HtxMuongAngMSP\u0000" + GREEN + "\u0000G1\u0000").isEmpty(),
                    "the custodian index entry moved");
            assertTrue(ledger.state("\u0000lotByOwner\u0000HtxMuongAngMSP\u0000" + GREEN + "\u0000G1\u0000").isPresent());
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> receive(ROASTER, "r2", G1));
        }

        @Test
        void eventsAreListedInTheOrderTheLedgerAcceptedThem() {
            record(GROWER, objectEvent("c1", "commissioning", null, G1));
            ship(GROWER, ROASTER, "s1", G1);
            receive(ROASTER, "r1", G1);
            String events = ledger.evaluate(STRANGER, ctx -> contract.getLotEvents(ctx, GREEN, "G1"));
            int c = events.indexOf(eventHash("c1"));
            int s = events.indexOf(eventHash("s1"));
            int r = events.indexOf(eventHash("r1"));
            assertTrue(c >= 0 && c < s && s < r, events);
        }
    }

    @Nested
    class Transformations {

        @BeforeEach
        void roasterHoldsG1() {
            ship(GROWER, ROASTER, "s1", G1);
            receive(ROASTER, "r1", G1);
        }

        String newRoastedLot(String lot) {
            return "{\"gtin\":\"" + ROASTED + "\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\"2026-11-23\","
                    + "\"quantity\":\"1200\",\"unit\":\"kg\",\"recordHash\":\"" + HASH + "\"}";
        }

        @Test
        void consumesHeldInputsAndCreatesLinkedOutputs() {
            String stored = record(ROASTER, transformation("t1", G1, newRoastedLot("R1")));
            assertTrue(stored.contains("\"inputLots\":[" + G1 + "],\"outputLots\":[" + ref(ROASTED, "R1") + "]"), stored);
            assertTrue(lot(GREEN, "G1").contains("\"status\":\"CONSUMED\""));
            String output = lot(ROASTED, "R1");
            assertTrue(output.contains("\"derivedFrom\":[" + G1 + "]"), output);
            assertTrue(output.contains("\"ownerMspId\":\"HtxRangXayMSP\""), output);
            assertTrue(output.contains("\"eventCount\":1"), output);
            assertTrue(ledger.state("\u0000lotDerivation\u0000" + GREEN + "\u0000G1\u0000" + ROASTED + "\u0000R1\u0000")
                    .isPresent());
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> ship(ROASTER, KITCHEN, "s9", G1));
        }

        @Test
        void linksAnOutputLotRegisteredEarlier() {
            registerLot(ROASTER, ROASTED, "R2");
            record(ROASTER, transformation("t1", G1, ref(ROASTED, "R2")));
            assertTrue(lot(ROASTED, "R2").contains("\"derivedFrom\":[" + G1 + "]"));
        }

        @Test
        void refusesInputsTheCallerDoesNotHold() {
            assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN,
                    () -> record(ROASTER, transformation("t1", G1 + "," + G2, newRoastedLot("R1")))), "G2");
        }

        @Test
        void refusesOutputsOfProductsTheCallerDoesNotOwn() {
            String json = "{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"X1\",\"productionDate\":\"2026-11-23\","
                    + "\"quantity\":\"1\",\"unit\":\"kg\",\"recordHash\":\"" + HASH + "\"}";
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> record(ROASTER, transformation("t1", G1, json)));
        }

        @Test
        void aLotMayAppearOnlyOnceInAnEvent() {
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> record(ROASTER, transformation("t1", G1, G1)));
        }

        static String used(String gtin, String lot, String quantity) {
            return "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + lot + "\",\"quantity\":\"" + quantity + "\"}";
        }

        @Test
        void anInputUsedInPartStaysActiveUntilNothingIsLeft() {
            String stored = record(ROASTER, transformation("t1", used(GREEN, "G1", "600.5"), newRoastedLot("R1")));
            assertTrue(stored.contains("\"inputQuantities\":[{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\","
                    + "\"quantity\":\"600.5\"}]"), stored);
            String input = lot(GREEN, "G1");
            assertTrue(input.contains("\"status\":\"ACTIVE\"") && input.contains("\"consumedQuantity\":\"600.5\""), input);
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> record(ROASTER, transformation("t2", used(GREEN, "G1", "1000"), newRoastedLot("R2")))), "999.5");
            record(ROASTER, transformation("t3", used(GREEN, "G1", "999.5"), newRoastedLot("R3")));
            input = lot(GREEN, "G1");
            assertTrue(input.contains("\"status\":\"CONSUMED\"") && input.contains("\"consumedQuantity\":\"1600\""), input);
        }

        @Test
        void severalInputsMakeOneOutputLinkedToAllOfThem() {
            ship(GROWER, ROASTER, "s2", G2);
            receive(ROASTER, "r2", G2);
            record(ROASTER, transformation("t1", used(GREEN, "G1", "100") + "," + G2, newRoastedLot("R1")));
            assertTrue(lot(ROASTED, "R1").contains("\"derivedFrom\":[" + G1 + "," + G2 + "]"));
            assertTrue(lot(GREEN, "G2").contains("\"status\":\"CONSUMED\""));
        }

        @Test
        void refusesALoopBackIntoAnInputsAncestor() {
            record(ROASTER, transformation("t1", used(GREEN, "G1", "100"), newRoastedLot("R1")));
            registerLot(ROASTER, ROASTED, "R2");
            record(ROASTER, transformation("t2", used(ROASTED, "R1", "1"), ref(ROASTED, "R2")));
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> record(ROASTER, transformation("t3", used(ROASTED, "R2", "1"), ref(ROASTED, "R1")))),
                    "made from itself");
        }

        @Test
        void aKitchenCookingConsumesWithoutOutputs() {
            ship(ROASTER, KITCHEN, "s2", G1);
            receive(KITCHEN, "r2", G1);
            record(KITCHEN, transformation("cook", G1, null));
            assertTrue(lot(GREEN, "G1").contains("\"status\":\"CONSUMED\""));
        }
    }

    @Nested
    class InspectionSamplingAndDestruction {

        @Test
        void theAgencyMayInspectAnyLotButStrangersMayNot() {
            String inspected = record(AGENCY, "{\"eventHash\":\"" + eventHash("i1") + "\",\"type\":\"ObjectEvent\","
                    + "\"bizStep\":\"inspecting\",\"disposition\":\"https://ref.gs1.org/cbv/Disp-conformant\","
                    + "\"eventTime\":\"2026-11-23T02:00:00Z\",\"lots\":[" + G1 + "]}");
            assertTrue(inspected.contains("\"disposition\":\"conformant\""), inspected);
            registerOrganisation(STRANGER, "PRODUCER");
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> record(STRANGER, objectEvent("i2", "sampling", null, G1)));
            record(GROWER, objectEvent("i3", "sampling", null, G1));
        }

        @Test
        void destroyingEndsTheLot() {
            record(GROWER, objectEvent("d1", "destroying", null, G1));
            assertTrue(lot(GREEN, "G1").contains("\"status\":\"DESTROYED\""));
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> ship(GROWER, ROASTER, "s1", G1));
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> record(GROWER, objectEvent("i1", "inspecting", null, G1)));
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> record(GROWER, objectEvent("d2", "destroying", null, G1)));
        }

        @Test
        void aLotInTransitCannotBeDestroyed() {
            ship(GROWER, ROASTER, "s1", G1);
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> record(GROWER, objectEvent("d1", "destroying", null, G1)));
        }
    }

    @Nested
    class Validation {

        @Test
        void unsupportedStepsMalformedHashesAndFutureTimesAreRefused() {
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> record(GROWER, objectEvent("x", "packing", null, G1))), "packing", "not recorded");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> record(GROWER, objectEvent("x", "teleporting", null, G1))), "field 'bizStep'");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> record(GROWER,
                    objectEvent("x", "inspecting", null, G1).replace(eventHash("x"), "sha256:" + sha256("x")))),
                    "field 'eventHash'");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> record(GROWER,
                    objectEvent("x", "inspecting", null, G1).replace("2026-11-23T09:00:00.000+07:00",
                            "2026-11-23T10:30:00+07:00"))), "field 'eventTime'");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> record(GROWER,
                    objectEvent("x", "inspecting", null, G1).replace("2026-11-23T09:00:00.000+07:00",
                            "2026-11-23T09:00:00"))), "offset");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> record(GROWER,
                    objectEvent("x", "inspecting", null, "{\"gtin\":\"" + GREEN + "\"}"))), "field 'lots[0].lotNumber'");
            refusedWithoutEffect(ErrorCode.NOT_FOUND, () -> record(GROWER, objectEvent("x", "inspecting", null,
                    ref(GREEN, "NOPE"))));
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> record(STRANGER, objectEvent("x", "inspecting", null, G1)));
        }

        @Test
        void theEventHashIsStoredLowerCase() {
            String upper = objectEvent("x", "inspecting", null, G1).replace(sha256("x"), sha256("x").toUpperCase());
            assertTrue(record(GROWER, upper).contains(eventHash("x")));
        }
    }

    @Nested
    class Recalls {
        String r1 = ref(ROASTED, "R1");

        @BeforeEach
        void roastAndShip() {
            ship(GROWER, ROASTER, "s1", G1);
            receive(ROASTER, "r1", G1);
            record(ROASTER, transformation("t1", G1, "{\"gtin\":\"" + ROASTED + "\",\"lotNumber\":\"R1\","
                    + "\"productionDate\":\"2026-11-23\",\"quantity\":\"1200\",\"unit\":\"kg\",\"recordHash\":\"" + HASH + "\"}"));
            ship(ROASTER, KITCHEN, "s2", r1);
        }

        String recall(TestIdentity who, String gtin, String lot, String reason) {
            return ledger.submit(who, ctx -> contract.recallLot(ctx,
                    "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + lot + "\",\"reason\":\"" + reason + "\"}"));
        }

        @Test
        void aRecallByTheOwnerPropagatesToLotsMadeFromIt() {
            ledger.setNextTxId("recall-1");
            String notice = recall(GROWER, GREEN, "G1", "Aflatoxin above limit");
            assertEquals("{\"affectedLots\":[" + G1 + "," + r1 + "],\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\","
                    + "\"reason\":\"Aflatoxin above limit\",\"recallId\":\"recall-1\",\"recalledAt\":\"2026-11-23T03:04:05.123Z\","
                    + "\"recalledBy\":\"HtxMuongAngMSP\"}", notice);
            ChaincodeEventRecord event = lastEvent("LotRecalled");
            assertEquals(notice, event.payloadText());
            String roasted = lot(ROASTED, "R1");
            assertTrue(roasted.contains("\"status\":\"RECALLED\""), roasted);
            assertTrue(roasted.contains("\"sourceLotNumber\":\"G1\""), roasted);
            assertEquals(notice, ledger.evaluate(STRANGER, ctx -> contract.getRecall(ctx, "recall-1")));

            // a recalled lot cannot be shipped on, but goods already on the road can still be received
            String received = receive(KITCHEN, "r2", r1);
            assertTrue(lot(ROASTED, "R1").contains("\"status\":\"RECALLED\""), received);
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> ship(KITCHEN, ROASTER, "s3", r1));
            record(KITCHEN, objectEvent("d1", "destroying", null, r1));
            assertTrue(lot(ROASTED, "R1").contains("\"status\":\"DESTROYED\""));
        }

        @Test
        void theSameRecallAgainIsIdempotentAndOthersAreRefused() {
            String notice = recall(GROWER, GREEN, "G1", "Aflatoxin");
            assertEquals(notice, recall(GROWER, GREEN, "G1", "Aflatoxin"));
            assertTrue(ledger.lastTransaction().writes().isEmpty());
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> recall(AGENCY, GREEN, "G1", "Other reason"));
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> recall(ROASTER, ROASTED, "R1", "Already recalled"));
        }

        @Test
        void onlyTheOwnerOrTheAgencyMayRecall() {
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> recall(ROASTER, GREEN, "G1", "Not mine"));
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> recall(KITCHEN, ROASTED, "R1", "Not mine"));
            String notice = recall(AGENCY, ROASTED, "R1", "Inspection failed");
            assertTrue(notice.contains("\"recalledBy\":\"DienBienAgencyMSP\""), notice);
            assertTrue(lot(GREEN, "G1").contains("\"status\":\"CONSUMED\""), "a recall does not travel upstream");
        }
    }
}
