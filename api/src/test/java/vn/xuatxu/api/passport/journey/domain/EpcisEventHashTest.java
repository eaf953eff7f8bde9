package vn.xuatxu.api.passport.journey.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpcisEventHashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE_A = """
            {
              "type": "ObjectEvent",
              "eventTime": "2025-09-15T08:30:00.000+07:00",
              "eventTimeZoneOffset": "+07:00",
              "action": "ADD",
              "bizStep": "commissioning",
              "disposition": "active",
              "quantityList": [
                { "epcClass": "https://id.gs1.org/01/09521234500018/10/MA2509-A", "quantity": 1600 }
              ],
              "readPoint": { "id": "https://id.gs1.org/414/9521234500032" },
              "bizLocation": { "id": "https://id.gs1.org/414/9521234500032" },
              "ilmd": { "cbvmda:lotNumber": "MA2509-A", "cbvmda:bestBeforeDate": "2026-09-14" },
              "certificationInfo": "https://example.vn/ocop/certificates/DB-2024-0123",
              "vnocop:starRating": 4
            }""";
    private final EpcisEventHash hasher = new EpcisEventHash(Map.of("cbvmda", "urn:epcglobal:cbv:mda:",
            "vnocop", "https://example.vn/ns/ocop/"));

    @Test
    void reproducesTheReferenceHashOfExampleA() throws Exception {
        EpcisEventHash.Result result = hasher.hash(JSON.readTree(EXAMPLE_A));
        assertEquals("ni:///sha-256;e9e4f7bcfaa464d1d825e4eb35e14aa4109bddfbee006a33c996d19505381efe?ver=CBV2.0",
                result.ni());
    }

    @Test
    void keyOrderAndNumberFormDoNotMatterButValuesDo() throws Exception {
        String reordered = """
                {"vnocop:starRating": 4.0, "quantityList": [{"quantity": 1600.0,
                 "epcClass": "https://id.gs1.org/01/09521234500018/10/MA2509-A"}],
                 "ilmd": {"cbvmda:bestBeforeDate": "2026-09-14", "cbvmda:lotNumber": "MA2509-A"},
                 "certificationInfo": "https://example.vn/ocop/certificates/DB-2024-0123",
                 "type": "ObjectEvent", "eventTime": "2025-09-15T01:30:00Z", "eventTimeZoneOffset": "+07:00",
                 "action": "ADD", "bizStep": "urn:epcglobal:cbv:bizstep:commissioning", "disposition": "active",
                 "readPoint": {"id": "https://id.gs1.org/414/9521234500032"},
                 "bizLocation": {"id": "https://id.gs1.org/414/9521234500032"}}""";
        assertEquals(hasher.hash(JSON.readTree(EXAMPLE_A)).hex(), hasher.hash(JSON.readTree(reordered)).hex());
        String changed = EXAMPLE_A.replace("1600", "1601");
        assertNotEquals(hasher.hash(JSON.readTree(EXAMPLE_A)).hex(), hasher.hash(JSON.readTree(changed)).hex());
    }

    @Test
    void refusesFieldsItCannotHash() throws Exception {
        String unknown = EXAMPLE_A.replace("\"vnocop:starRating\": 4", "\"other:x\": 4");
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(JSON.readTree(unknown)));
    }
}
