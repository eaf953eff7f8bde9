package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xuatxu.chaincode.ledger.ChaincodeEventRecord;
import vn.xuatxu.chaincode.ledger.CommittedTransaction;
import vn.xuatxu.chaincode.ledger.InMemoryLedger;
import vn.xuatxu.chaincode.ledger.TestIdentity;

class PassportContractTest {
    static final TestIdentity AGENCY = TestIdentity.generate("DakLakAgencyMSP", "admin");
    static final TestIdentity PRODUCER = TestIdentity.generate("HtxEaTuMSP", "producer");
    static final TestIdentity OTHER_PRODUCER = TestIdentity.generate("HtxBuonMaMSP", "producer");
    static final TestIdentity KITCHEN = TestIdentity.generate("TruongHoaSenMSP", "kitchen");
    static final TestIdentity STRANGER = TestIdentity.generate("StrangerMSP", "nobody");

    static final String GTIN = "08931234567897";
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String LOT_KEY = "\u0000lot\u0000" + GTIN + "\u0000MA2509-A\u0000";

    final PassportContract contract = new PassportContract();
    InMemoryLedger ledger;

    @BeforeEach
    void newLedger() {
        ledger = new InMemoryLedger();
    }

    // ---- helpers -------------------------------------------------------------------------------

    static ChaincodeException refused(ErrorCode code, Executable transaction) {
        ChaincodeException e = assertThrows(ChaincodeException.class, transaction);
        assertEquals(code.name(), new String(e.getPayload(), StandardCharsets.UTF_8), e.getMessage());
        assertTrue(e.getMessage().startsWith(code.name() + ": "), e.getMessage());
        return e;
    }

    static void assertMentions(ChaincodeException e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
    }

    Map<String, String> state() {
        Map<String, String> copy = new TreeMap<>();
        ledger.snapshot().forEach((k, v) -> copy.put(k, new String(v, StandardCharsets.UTF_8)));
        return copy;
    }

    /** Runs {@code transaction}, expects {@code code}, and checks nothing was committed. */
    ChaincodeException refusedWithoutEffect(ErrorCode code, Executable transaction) {
        Map<String, String> before = state();
        int committed = ledger.log().size();
        ChaincodeException e = refused(code, transaction);
        assertEquals(before, state());
        assertEquals(committed, ledger.log().size());
        return e;
    }

    String init() {
        return ledger.submit(AGENCY, ctx -> contract.initLedger(ctx, AGENCY.mspId()));
    }

    String registerOrganisation(TestIdentity caller, String json) {
        return ledger.submit(caller, ctx -> contract.registerOrganisation(ctx, json));
    }

    String registerProduct(TestIdentity caller, String json) {
        return ledger.submit(caller, ctx -> contract.registerProduct(ctx, json));
    }

    String registerLot(TestIdentity caller, String json) {
        return ledger.submit(caller, ctx -> contract.registerLot(ctx, json));
    }

    static String organisationJson(TestIdentity who, String kind) {
        return "{\"mspId\":\"" + who.mspId() + "\",\"name\":\"Hợp tác xã " + who.mspId() + "\",\"kind\":\"" + kind
                + "\",\"province\":\"Đắk Lắk\",\"district\":\"Krông Búk\"}";
    }

    static String productJson(String gtin) {
        return "{\"gtin\":\"" + gtin + "\",\"name\":\"Cà phê rang xay Ea Tu\",\"category\":\"coffee\",\"ocopStars\":4}";
    }

    static String lotJson(String lotNumber, String productionDate, String bestBeforeDate, String quantity, String hash) {
        return "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lotNumber + "\",\"productionDate\":\"" + productionDate
                + "\"" + (bestBeforeDate == null ? "" : ",\"bestBeforeDate\":\"" + bestBeforeDate + "\"")
                + ",\"quantity\":\"" + quantity + "\",\"unit\":\"bag\",\"recordHash\":\"" + hash + "\"}";
    }

    static String validLot() {
        return lotJson("MA2509-A", "2026-11-20", "2027-11-20", "1600", HASH);
    }

    void initWithProducers() {
        init();
        registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER"));
        registerOrganisation(AGENCY, organisationJson(OTHER_PRODUCER, "PRODUCER"));
        registerOrganisation(AGENCY, organisationJson(KITCHEN, "SCHOOL_KITCHEN"));
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    void pingAnswersPong() {
        assertEquals("pong", ledger.evaluate(STRANGER, contract::ping));
    }

    @Nested
    class InitLedger {

        @Test
        void recordsTheAgencyAndRegistersItAsAnAgencyOrganisation() {
            assertEquals("{\"agencyMspId\":\"DakLakAgencyMSP\"}", init());
            assertEquals(Map.of(
                    "\u0000config\u0000ledger\u0000", "{\"agencyMspId\":\"DakLakAgencyMSP\"}",
                    "\u0000org\u0000DakLakAgencyMSP\u0000", "{\"kind\":\"AGENCY\",\"mspId\":\"DakLakAgencyMSP\"}"),
                    state());
        }

        @Test
        void repeatedCallWithTheSameAgencyReturnsTheSameResultWithoutWriting() {
            String first = init();
            String second = init();
            assertEquals(first, second);
            assertTrue(ledger.lastTransaction().writes().isEmpty(), "the repeated call wrote");
        }

        @Test
        void aDifferentAgencyIsRefusedOnceInitialised() {
            init();
            ChaincodeException e = refusedWithoutEffect(ErrorCode.ALREADY_EXISTS,
                    () -> ledger.submit(STRANGER, ctx -> contract.initLedger(ctx, STRANGER.mspId())));
            assertMentions(e, "already initialised", "DakLakAgencyMSP");
        }

        @Test
        void theCallerMustBeTheAgencyItRecords() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.FORBIDDEN,
                    () -> ledger.submit(STRANGER, ctx -> contract.initLedger(ctx, AGENCY.mspId())));
            assertMentions(e, "StrangerMSP", "DakLakAgencyMSP");
        }

        @Test
        void aMalformedMspIdIsAnInvalidArgument() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.submit(AGENCY, ctx -> contract.initLedger(ctx, "Agency MSP")));
            assertMentions(e, "agencyMspId");
        }

        @Test
        void everyRegistrationNeedsAnInitialisedLedger() {
            refusedWithoutEffect(ErrorCode.NOT_INITIALISED,
                    () -> registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER")));
            refusedWithoutEffect(ErrorCode.NOT_INITIALISED, () -> registerProduct(PRODUCER, productJson(GTIN)));
            refusedWithoutEffect(ErrorCode.NOT_INITIALISED, () -> registerLot(PRODUCER, validLot()));
        }
    }

    @Nested
    class Organisations {

        @BeforeEach
        void initialise() {
            init();
        }

        @Test
        void theAgencyRegistersAProducer() {
            String stored = registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER"));
            String expected = "{\"district\":\"Krông Búk\",\"kind\":\"PRODUCER\",\"mspId\":\"HtxEaTuMSP\","
                    + "\"name\":\"Hợp tác xã HtxEaTuMSP\",\"province\":\"Đắk Lắk\"}";
            assertEquals(expected, stored);
            assertEquals(expected, ledger.evaluate(STRANGER, ctx -> contract.getOrganisation(ctx, "HtxEaTuMSP")));
        }

        @Test
        void aNonAgencyCallerIsRefused() {
            registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER"));
            ChaincodeException e = refusedWithoutEffect(ErrorCode.FORBIDDEN,
                    () -> registerOrganisation(PRODUCER, organisationJson(OTHER_PRODUCER, "PRODUCER")));
            assertMentions(e, "HtxEaTuMSP", "DakLakAgencyMSP");
        }

        @Test
        void identicalResubmissionIsIdempotentAndDifferentContentConflicts() {
            String first = registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER"));
            assertEquals(first, registerOrganisation(AGENCY, organisationJson(PRODUCER, "PRODUCER")));
            assertTrue(ledger.lastTransaction().writes().isEmpty());
            refusedWithoutEffect(ErrorCode.ALREADY_EXISTS,
                    () -> registerOrganisation(AGENCY, organisationJson(PRODUCER, "SCHOOL_KITCHEN")));
        }

        @Test
        void theAgencyRecordCannotBeOverwritten() {
            refusedWithoutEffect(ErrorCode.ALREADY_EXISTS,
                    () -> registerOrganisation(AGENCY, organisationJson(AGENCY, "AGENCY")));
        }

        @Test
        void kindMustBeOneOfTheKnownKinds() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerOrganisation(AGENCY, organisationJson(PRODUCER, "FARMER")));
            assertMentions(e, "field 'kind'", "PRODUCER", "FARMER");
        }

        @Test
        void provinceIsRequired() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerOrganisation(AGENCY,
                    "{\"mspId\":\"HtxEaTuMSP\",\"name\":\"HTX\",\"kind\":\"PRODUCER\"}"));
            assertMentions(e, "field 'province' is required");
        }

        @Test
        void unknownOrganisationIsNotFound() {
            refused(ErrorCode.NOT_FOUND, () -> ledger.evaluate(STRANGER, ctx -> contract.getOrganisation(ctx, "NobodyMSP")));
        }
    }

    @Nested
    class Products {

        @BeforeEach
        void initialise() {
            initWithProducers();
        }

        @Test
        void aProducerRegistersAProductItOwns() {
            String stored = registerProduct(PRODUCER, productJson(GTIN));
            String expected = "{\"category\":\"coffee\",\"gtin\":\"08931234567897\",\"name\":\"Cà phê rang xay Ea Tu\","
                    + "\"ocopStars\":4,\"ownerMspId\":\"HtxEaTuMSP\"}";
            assertEquals(expected, stored);
            assertEquals(expected, ledger.stateText("\u0000product\u0000" + GTIN + "\u0000").orElseThrow());
            assertEquals(expected, ledger.evaluate(STRANGER, ctx -> contract.getProduct(ctx, GTIN)));
        }

        @Test
        void theNameIsStoredInNfc() {
            String decomposed = Normalizer.normalize("Cà phê Đắk Lắk", Normalizer.Form.NFD);
            String stored = registerProduct(PRODUCER,
                    "{\"gtin\":\"" + GTIN + "\",\"name\":\"  " + decomposed + " \",\"category\":\"coffee\"}");
            assertTrue(stored.contains("\"name\":\"" + Normalizer.normalize("Cà phê Đắk Lắk", Normalizer.Form.NFC) + "\""),
                    stored);
            assertTrue(!stored.contains("ocopStars"), "absent optional fields are omitted: " + stored);
        }

        @Test
        void aWrongCheckDigitIsRefused() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerProduct(PRODUCER, productJson("08931234567898")));
            assertMentions(e, "field 'gtin'", "check digit", "7");
        }

        @ParameterizedTest
        @ValueSource(strings = {"8931234567897", "0893123456789X"})
        void aGtinMustHaveFourteenDigits(String gtin) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerProduct(PRODUCER, productJson(gtin)));
            assertMentions(e, "field 'gtin'", "14 digits");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "2", "6", "-1"})
        void ocopStarsMustBeZeroOrThreeToFive(String stars) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerProduct(PRODUCER,
                    "{\"gtin\":\"" + GTIN + "\",\"name\":\"X\",\"category\":\"coffee\",\"ocopStars\":" + stars + "}"));
            assertMentions(e, "field 'ocopStars'");
        }

        @Test
        void zeroOcopStarsMeansNotRatedAndIsAccepted() {
            String stored = registerProduct(PRODUCER,
                    "{\"gtin\":\"" + GTIN + "\",\"name\":\"X\",\"category\":\"coffee\",\"ocopStars\":0}");
            assertTrue(stored.contains("\"ocopStars\":0"), stored);
        }

        @Test
        void onlyRegisteredProducersMayRegisterProducts() {
            assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> registerProduct(KITCHEN, productJson(GTIN))),
                    "SCHOOL_KITCHEN");
            assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> registerProduct(STRANGER, productJson(GTIN))),
                    "not registered");
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> registerProduct(AGENCY, productJson(GTIN)));
        }

        @Test
        void theOwnerCannotBeSubmitted() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerProduct(PRODUCER,
                    "{\"gtin\":\"" + GTIN + "\",\"name\":\"X\",\"category\":\"c\",\"ownerMspId\":\"HtxEaTuMSP\"}"));
            assertMentions(e, "'ownerMspId' is assigned by the ledger");
        }

        @Test
        void resubmissionIsIdempotentButAnotherOwnerConflicts() {
            String first = registerProduct(PRODUCER, productJson(GTIN));
            assertEquals(first, registerProduct(PRODUCER, productJson(GTIN)));
            assertTrue(ledger.lastTransaction().writes().isEmpty());
            ChaincodeException e = refusedWithoutEffect(ErrorCode.ALREADY_EXISTS,
                    () -> registerProduct(OTHER_PRODUCER, productJson(GTIN)));
            assertMentions(e, GTIN, "HtxEaTuMSP");
        }

        @Test
        void malformedJsonIsAnInvalidArgument() {
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerProduct(PRODUCER, "{\"gtin\":")),
                    "not valid JSON");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerProduct(PRODUCER, "[]")),
                    "must be a JSON object");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerProduct(PRODUCER,
                    "{\"gtin\":\"" + GTIN + "\",\"gtin\":\"08931234000011\",\"name\":\"X\",\"category\":\"c\"}")),
                    "not valid JSON", "gtin");
        }
    }

    @Nested
    class Lots {
        static final Instant TX_TIME = Instant.parse("2026-11-23T03:04:05.123Z");

        @BeforeEach
        void initialise() {
            initWithProducers();
            registerProduct(PRODUCER, productJson(GTIN));
            ledger.setTimestamp(TX_TIME);
        }

        @Test
        void registersAnActiveLotHeldByItsProducerAtTheTransactionTime() {
            ledger.setNextTxId("c0ffee01");
            String stored = registerLot(PRODUCER, validLot());

            String expected = "{\"bestBeforeDate\":\"2027-11-20\",\"custodianMspId\":\"HtxEaTuMSP\",\"gtin\":\"08931234567897\","
                    + "\"lotNumber\":\"MA2509-A\",\"ownerMspId\":\"HtxEaTuMSP\",\"productionDate\":\"2026-11-20\","
                    + "\"quantity\":\"1600\",\"recordHash\":\"" + HASH + "\",\"registeredAt\":\"2026-11-23T03:04:05.123Z\","
                    + "\"status\":\"ACTIVE\",\"txId\":\"c0ffee01\",\"unit\":\"bag\"}";
            assertEquals(expected, stored);
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), ledger.state(LOT_KEY).orElseThrow(),
                    "stored bytes under the Fabric composite key");
            assertEquals(expected, ledger.evaluate(STRANGER, ctx -> contract.getLot(ctx, GTIN, "MA2509-A")));

            CommittedTransaction tx = ledger.lastTransaction();
            assertEquals(java.util.Set.of(LOT_KEY,
                    "\u0000lotByOwner\u0000HtxEaTuMSP\u0000" + GTIN + "\u0000MA2509-A\u0000",
                    "\u0000lotByCustodian\u0000HtxEaTuMSP\u0000" + GTIN + "\u0000MA2509-A\u0000"), tx.writes().keySet());
            ChaincodeEventRecord event = tx.event().orElseThrow();
            assertEquals("LotRegistered", event.name());
            assertEquals(expected, event.payloadText());
        }

        @Test
        void bestBeforeIsOptionalAndOmittedWhenAbsent() {
            String stored = registerLot(PRODUCER, lotJson("MA2509-B", "2026-11-20", null, "12.5", HASH.toUpperCase()));
            assertTrue(!stored.contains("bestBeforeDate"), stored);
            assertTrue(stored.contains("\"recordHash\":\"" + HASH + "\""), "hash is lower-cased: " + stored);
        }

        @Test
        void identicalResubmissionReturnsTheStoredLotWithoutWriteOrEvent() {
            ledger.setNextTxId("first");
            String first = registerLot(PRODUCER, validLot());
            int events = ledger.events().size();

            ledger.setTimestamp(TX_TIME.plusSeconds(3600));
            ledger.setNextTxId("retry");
            String retry = registerLot(PRODUCER, validLot());

            assertEquals(first, retry, "the retry returns the original registeredAt and txId");
            assertTrue(ledger.lastTransaction().writes().isEmpty(), "the retry wrote");
            assertTrue(ledger.lastTransaction().event().isEmpty(), "the retry emitted an event");
            assertEquals(events, ledger.events().size());
            assertEquals(first, ledger.stateText(LOT_KEY).orElseThrow());
        }

        @Test
        void conflictingResubmissionIsRefused() {
            registerLot(PRODUCER, validLot());
            ChaincodeException e = refusedWithoutEffect(ErrorCode.ALREADY_EXISTS,
                    () -> registerLot(PRODUCER, lotJson("MA2509-A", "2026-11-20", "2027-11-20", "1601", HASH)));
            assertMentions(e, "MA2509-A", GTIN);
        }

        @Test
        void aProducerThatDoesNotOwnTheProductIsRefused() {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> registerLot(OTHER_PRODUCER, validLot()));
            assertMentions(e, "HtxEaTuMSP", "HtxBuonMaMSP");
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> registerLot(KITCHEN, validLot()));
        }

        @Test
        void anUnknownProductIsNotFound() {
            String json = validLot().replace(GTIN, "08931234000011");
            assertMentions(refusedWithoutEffect(ErrorCode.NOT_FOUND, () -> registerLot(PRODUCER, json)), "08931234000011");
        }

        @ParameterizedTest(name = "productionDate={0} bestBeforeDate={1}")
        @CsvSource({
            "2026-11-20, 2026-11-19, field 'bestBeforeDate' (2026-11-19) must not precede field 'productionDate' (2026-11-20)",
            "2026-02-30, 2027-01-01, field 'productionDate' is not a calendar date",
            "20/11/2026, 2027-01-01, field 'productionDate' must be an ISO date",
            "2026-11-20, 2027-13-01, field 'bestBeforeDate' is not a calendar date",
            "2026-11-24, 2027-01-01, field 'productionDate' (2026-11-24) is after the transaction date 2026-11-23",
        })
        void badDatesAreRefused(String productionDate, String bestBeforeDate, String message) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerLot(PRODUCER, lotJson("MA2509-A", productionDate, bestBeforeDate, "1600", HASH)));
            assertMentions(e, message);
        }

        @Test
        void theProductionDateLimitFollowsVietnameseLocalTime() {
            ledger.setTimestamp(Instant.parse("2026-11-23T17:30:00Z")); // 00:30 on 24 November in Vietnam
            registerLot(PRODUCER, lotJson("MA2509-A", "2026-11-24", null, "1600", HASH));
            assertTrue(ledger.stateText(LOT_KEY).orElseThrow().contains("\"registeredAt\":\"2026-11-23T17:30:00Z\""));
        }

        @Test
        void bestBeforeOnTheProductionDayIsAccepted() {
            registerLot(PRODUCER, lotJson("MA2509-A", "2026-11-20", "2026-11-20", "1600", HASH));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "1e3", "01.5", "", "12,5", "abc"})
        void badQuantitiesAreRefused(String quantity) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerLot(PRODUCER, lotJson("MA2509-A", "2026-11-20", null, quantity, HASH)));
            assertMentions(e, "field 'quantity'");
        }

        @Test
        void aNumericQuantityIsRefusedBecauseDecimalsTravelAsStrings() {
            String json = validLot().replace("\"quantity\":\"1600\"", "\"quantity\":12.5");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerLot(PRODUCER, json)),
                    "field 'quantity' must be a JSON string");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0z"})
        void badHashesAreRefused(String hash) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerLot(PRODUCER, lotJson("MA2509-A", "2026-11-20", null, "1600", hash)));
            assertMentions(e, "field 'recordHash'", "64 hexadecimal");
        }

        @ParameterizedTest
        @ValueSource(strings = {"DỨA-2509", "LOT 1", "#42", "ABCDEFGHIJKLMNOPQRSTU", ""})
        void badLotNumbersAreRefused(String lotNumber) {
            ChaincodeException e = refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT,
                    () -> registerLot(PRODUCER, lotJson(lotNumber, "2026-11-20", null, "1600", HASH)));
            assertMentions(e, "field 'lotNumber'");
        }

        @Test
        void ledgerAssignedAndUnknownFieldsAreRefused() {
            String withStatus = validLot().replace("{", "{\"status\":\"ACTIVE\",");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerLot(PRODUCER, withStatus)),
                    "field 'status' is assigned by the ledger");
            String misspelt = validLot().replace("bestBeforeDate", "bestBefore");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> registerLot(PRODUCER, misspelt)),
                    "unknown field 'bestBefore'");
        }

        @Test
        void queriesValidateTheirArgumentsAndReportMissingLots() {
            refused(ErrorCode.NOT_FOUND, () -> ledger.evaluate(STRANGER, ctx -> contract.getLot(ctx, GTIN, "NOPE")));
            assertMentions(refused(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(STRANGER, ctx -> contract.getLot(ctx, "123", "NOPE"))), "argument 'gtin'");
            assertMentions(refused(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(STRANGER, ctx -> contract.getLot(ctx, GTIN, "A B"))), "argument 'lotNumber'");
        }
    }
}
