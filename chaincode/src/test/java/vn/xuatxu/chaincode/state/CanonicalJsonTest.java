package vn.xuatxu.chaincode.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.model.GeoPoint;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.Origin;
import vn.xuatxu.chaincode.model.Shipment;
import vn.xuatxu.chaincode.model.LotStatus;
import vn.xuatxu.chaincode.model.Organisation;
import vn.xuatxu.chaincode.model.OrganisationKind;

class CanonicalJsonTest {

    /** Components declared in an order that is deliberately not alphabetical. */
    record Unsorted(String zeta, int alpha, String mid, Map<String, Object> nested) {
    }

    @Test
    void sortsRecordComponentsAndNestedMapKeysWithoutWhitespace() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("b", List.of(2, 1));
        nested.put("a", "x");
        assertEquals("{\"alpha\":1,\"mid\":\"m\",\"nested\":{\"a\":\"x\",\"b\":[2,1]},\"zeta\":\"z\"}",
                CanonicalJson.encodeToString(new Unsorted("z", 1, "m", nested)));
    }

    @Test
    void omitsNullsAndWritesUtf8Unescaped() {
        Organisation organisation = new Organisation("HtxMSP", "Hợp tác xã Cà phê Ea Tu", OrganisationKind.PRODUCER,
                "Đắk Lắk", null, null, null);
        String expected = "{\"kind\":\"PRODUCER\",\"mspId\":\"HtxMSP\",\"name\":\"Hợp tác xã Cà phê Ea Tu\",\"province\":\"Đắk Lắk\"}";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), CanonicalJson.encode(organisation));
    }

    @Test
    void roundTripsAStoredLot() {
        Lot lot = new Lot("08931234567897", "MA2509-A", "2026-11-20", null, "1600", "bag", "ab".repeat(32),
                LotStatus.ACTIVE, "HtxMSP", "HtxMSP", "2026-11-23T03:04:05Z", "tx1", null, null, null, null, null, null);
        assertEquals(lot, CanonicalJson.decode(CanonicalJson.encode(lot), Lot.class));
        Lot full = new Lot("08931234567897", "MA2509-B", "2026-11-20", "2027-11-20", "12.5", "kg", "ab".repeat(32),
                LotStatus.IN_TRANSIT, "HtxMSP", "HtxMSP", "2026-11-23T03:04:05Z", "tx1",
                new Origin("Điện Biên", "Mường Ảng", "Ẳng Nưa", new GeoPoint("21.5123456", "103.2")),
                java.util.List.of(new LotReference("08931234567897", "MA2509-A")),
                new Shipment("TruongMSP", "HtxMSP", "ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0"), null, 3, "2.5");
        assertEquals(full, CanonicalJson.decode(CanonicalJson.encode(full), Lot.class));
    }

    @Test
    void refusesFractionalNumbers() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(Map.of("q", new BigDecimal("1.5"))));
    }

    @Test
    void decodingIsStrict() {
        byte[] unknownField = "{\"agencyMspId\":\"A\",\"extra\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] duplicate = "{\"agencyMspId\":\"A\",\"agencyMspId\":\"B\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class,
                () -> CanonicalJson.decode(unknownField, vn.xuatxu.chaincode.model.LedgerConfiguration.class));
        assertThrows(IllegalStateException.class,
                () -> CanonicalJson.decode(duplicate, vn.xuatxu.chaincode.model.LedgerConfiguration.class));
    }
}
