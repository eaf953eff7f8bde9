package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.ledger.TestIdentity;

/**
 * The real network: three MSPs (agency, producers, schools); each co-op is an identity inside the
 * producers' MSP, named by the Fabric CA attribute {@code xuatxu.org}.
 */
class OrganisationIdentityTest extends ContractScenario {
    static final TestIdentity AGENCY_ADMIN = TestIdentity.generate("AgencyMSP", "so-nong-nghiep",
            Map.of("xuatxu.org", "DienBienAgency"));
    static final TestIdentity MUONG_ANG = TestIdentity.generate("ProducersMSP", "htx-muong-ang",
            Map.of("xuatxu.org", "HtxMuongAng", "hf.Type", "client"));
    static final TestIdentity TUA_CHUA = TestIdentity.generate("ProducersMSP", "htx-tua-chua",
            Map.of("xuatxu.org", "HtxTuaChua"));
    static final TestIdentity PRODUCERS_PLAIN = TestIdentity.generate("ProducersMSP", "peer-admin");
    static final TestIdentity SCHOOL_CLAIMING_CO_OP = TestIdentity.generate("SchoolsMSP", "rogue",
            Map.of("xuatxu.org", "HtxMuongAng"));

    void network() {
        ledger.submit(AGENCY_ADMIN, ctx -> contract.initLedger(ctx, "DienBienAgency"));
        for (String coOp : new String[] {"HtxMuongAng", "HtxTuaChua"}) {
            ledger.submit(AGENCY_ADMIN, ctx -> contract.registerOrganisation(ctx, "{\"mspId\":\"" + coOp
                    + "\",\"name\":\"" + coOp + "\",\"kind\":\"PRODUCER\",\"province\":\"Điện Biên\","
                    + "\"fabricMspId\":\"ProducersMSP\"}"));
        }
    }

    @Test
    void theAgencyInitialisesThroughItsAttributeAndItsMspIsRecorded() {
        ledger.submit(AGENCY_ADMIN, ctx -> contract.initLedger(ctx, "DienBienAgency"));
        assertEquals("{\"fabricMspId\":\"AgencyMSP\",\"kind\":\"AGENCY\",\"mspId\":\"DienBienAgency\"}",
                ledger.evaluate(STRANGER, ctx -> contract.getOrganisation(ctx, "DienBienAgency")));
        refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(TestIdentity.generate("ProducersMSP", "x",
                Map.of("xuatxu.org", "DienBienAgency")), ctx -> contract.registerOrganisation(ctx,
                "{\"mspId\":\"Fake\",\"name\":\"F\",\"kind\":\"PRODUCER\",\"province\":\"P\"}")));
    }

    @Test
    void aCoOpActsThroughItsAttributeInsideTheSharedMsp() {
        network();
        String product = ledger.submit(MUONG_ANG, ctx -> contract.registerProduct(ctx,
                "{\"gtin\":\"" + GREEN + "\",\"name\":\"Cà phê\",\"category\":\"coffee\"}"));
        assertTrue(product.contains("\"ownerMspId\":\"HtxMuongAng\""), product);
        String lot = ledger.submit(MUONG_ANG, ctx -> contract.registerLot(ctx, lotJson(GREEN, "G1")));
        assertTrue(lot.contains("\"custodianMspId\":\"HtxMuongAng\""), lot);
        // another co-op in the same MSP is another organisation
        refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(TUA_CHUA,
                ctx -> contract.registerLot(ctx, lotJson(GREEN, "G2"))));
    }

    @Test
    void anAttributeIsOnlyBelievedFromTheOrganisationsRegisteredMsp() {
        network();
        assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(SCHOOL_CLAIMING_CO_OP,
                ctx -> contract.registerProduct(ctx, "{\"gtin\":\"" + GREEN + "\",\"name\":\"X\",\"category\":\"c\"}"))),
                "HtxMuongAng", "ProducersMSP", "SchoolsMSP");
    }

    @Test
    void withoutTheAttributeTheCallerIsItsMsp() {
        network();
        assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(PRODUCERS_PLAIN,
                ctx -> contract.registerProduct(ctx, "{\"gtin\":\"" + GREEN + "\",\"name\":\"X\",\"category\":\"c\"}"))),
                "'ProducersMSP' is not a registered PRODUCER");
    }

    @Test
    void aMalformedAttributeIsRefused() {
        network();
        TestIdentity odd = TestIdentity.generate("ProducersMSP", "odd", Map.of("xuatxu.org", "Htx Muong Ang"));
        assertMentions(refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(odd,
                ctx -> contract.registerProduct(ctx, "{\"gtin\":\"" + GREEN + "\",\"name\":\"X\",\"category\":\"c\"}"))),
                "xuatxu.org");
    }

    @Test
    void fabricMspIdEqualToTheIdIsNotStoredAndAMalformedOneIsRefused() {
        init();
        String stored = ledger.submit(AGENCY, ctx -> contract.registerOrganisation(ctx,
                "{\"mspId\":\"HtxMSP\",\"name\":\"H\",\"kind\":\"PRODUCER\",\"province\":\"P\",\"fabricMspId\":\"HtxMSP\"}"));
        assertEquals("{\"kind\":\"PRODUCER\",\"mspId\":\"HtxMSP\",\"name\":\"H\",\"province\":\"P\"}", stored);
        lastEvent("OrganisationRegistered");
        refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(AGENCY, ctx -> contract.registerOrganisation(ctx,
                "{\"mspId\":\"Htx2\",\"name\":\"H\",\"kind\":\"PRODUCER\",\"province\":\"P\",\"fabricMspId\":\"Bad MSP\"}")));
    }
}
