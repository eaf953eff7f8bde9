package vn.xuatxu.api.platform.origin;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestOriginsTest {

    private static final List<String> PLACES = List.of("203.0.113.0/24=Điện Biên", "2001:db8::/32=Lai Châu",
            "198.51.100.128/25=Hà Nội");

    @Test
    void aPlaceComesFromTheFirstMatchingPrefixOfEitherFamily() {
        RequestOrigins origins = new RequestOrigins(PLACES, false, true);
        assertEquals(Optional.of("Điện Biên"), place(origins, "203.0.113.9", null));
        assertEquals(Optional.of("Lai Châu"), place(origins, "2001:db8:0:1::5", null));
        assertEquals(Optional.of("Hà Nội"), place(origins, "198.51.100.200", null));
        assertEquals(Optional.empty(), place(origins, "198.51.100.127", null), "outside the /25");
        assertEquals(Optional.of("Điện Biên"), place(origins, "10.0.0.1, 203.0.113.5", null), "the last hop");
        assertEquals(Optional.empty(), place(origins, "dienbien.example", null), "names are never looked up");
    }

    @Test
    void theCdnCountryHeaderCountsOnlyWhenTrustedAndKnown() {
        RequestOrigins trusting = new RequestOrigins(PLACES, true, true);
        assertEquals(Optional.of("Thái Lan"), place(trusting, "192.0.2.1", "th"));
        assertEquals(Optional.of("Điện Biên"), place(trusting, "203.0.113.1", "TH"), "a prefix wins");
        assertEquals(Optional.empty(), place(trusting, "192.0.2.1", "XX"));
        assertEquals(Optional.empty(), place(trusting, "192.0.2.1", "T1"));
        assertEquals(Optional.empty(), place(trusting, "192.0.2.1", "<script>"));
        assertEquals(Optional.empty(), place(new RequestOrigins(PLACES, false, true), "192.0.2.1", "TH"));
    }

    @Test
    void forwardedAddressesAreIgnoredUnlessTrusted() {
        RequestOrigins origins = new RequestOrigins(PLACES, false, false);
        HttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "203.0.113.9");
        assertEquals(Optional.empty(), origins.of(request).place());
    }

    @Test
    void aMalformedEntryStopsTheStartNamingIt() {
        for (String bad : List.of("203.0.113.0=Điện Biên", "203.0.113.0/33=X", "nowhere/8=X", "203.0.113.0/24=")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new RequestOrigins(List.of(bad), false, false));
            assertEquals(true, refused.getMessage().contains(bad), refused.getMessage());
        }
        assertEquals(Optional.empty(), new RequestOrigins(List.of(""), false, true).of(
                HttpRequest.GET("/").header("X-Forwarded-For", "203.0.113.9")).place(), "an empty list");
    }

    private static Optional<String> place(RequestOrigins origins, String forwardedFor, String country) {
        var request = HttpRequest.GET("/").header("X-Forwarded-For", forwardedFor);
        if (country != null) {
            request.header("CF-IPCountry", country);
        }
        return origins.of(request).place();
    }
}
