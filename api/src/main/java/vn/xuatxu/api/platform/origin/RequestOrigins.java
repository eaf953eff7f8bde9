package vn.xuatxu.api.platform.origin;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a public request (a scan, a problem report) comes from, as coarsely as the purpose allows: the
 * peer's address, only ever held in memory for per-address limits, and a place (a province or a country)
 * that may be stored and shown. The place comes from an operator-configured table of address prefixes
 * ({@code xuatxu.origins.places}, e.g. the provincial networks' ranges) or, when the server sits behind a CDN
 * that sets it and the operator says so, the {@code CF-IPCountry} header. No geolocation database, no
 * address ever stored: a clone warning needs "Điện Biên" against "TP. Hồ Chí Minh", nothing finer.
 *
 * <p>Forwarding headers are ignored unless {@code xuatxu.origins.trust-forwarded-for} is set (behind our own
 * reverse proxy), because anyone can send them: trusting them would let one machine pose as many addresses
 * and defeat every per-address limit.
 */
@Singleton
public final class RequestOrigins {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * One request's origin.
     *
     * @param address the peer's (or, when trusted, the forwarded) address; for in-memory limits only
     * @param place   a province or country, when the configuration can tell
     */
    public record RequestOrigin(String address, Optional<String> place) {
    }

    private record Prefix(byte[] network, int bits, String place) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Prefix> prefixes;
    private final boolean trustCountryHeader;
    private final boolean trustForwardedFor;

    RequestOrigins(@Value("${xuatxu.origins.places:}") List<String> places,
                   @Value("${xuatxu.origins.trust-country-header:false}") boolean trustCountryHeader,
                   @Value("${xuatxu.origins.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.prefixes = parse(places);
        this.trustCountryHeader = trustCountryHeader;
        this.trustForwardedFor = trustForwardedFor;
    }

    public RequestOrigin of(HttpRequest<?> request) {
        String address = address(request);
        Optional<String> place = place(address);
        if (place.isEmpty() && trustCountryHeader) {
            place = Optional.ofNullable(request.getHeaders().get("CF-IPCountry")).map(String::strip)
                    .map(code -> code.toUpperCase(Locale.ROOT)).filter(code -> COUNTRY.matcher(code).matches())
                    .filter(code -> !code.equals("XX")) // Cloudflare's "unknown"; "T1" (Tor) fails the pattern
                    .map(code -> new Locale("", code).getDisplayCountry(VIETNAMESE))
                    .filter(name -> !name.isBlank() && name.length() <= 80);
        }
        return new RequestOrigin(address, place);
    }

    private String address(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        InetAddress peer = request.getRemoteAddress().getAddress();
        return peer == null ? request.getRemoteAddress().getHostString() : peer.getHostAddress();
    }

    private Optional<String> place(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return Optional.empty();
        }
        return prefixes.stream().filter(prefix -> prefix.contains(bytes)).map(Prefix::place).findFirst();
    }

    /** The bytes of an address literal; null for anything else (never a DNS lookup). */
    private static byte[] literal(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]+") || !(address.contains(".") || address.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** {@code "14.160.0.0/11=Hà Nội"} entries; a malformed one stops the start with a message saying which. */
    private static List<Prefix> parse(List<String> places) {
        List<Prefix> parsed = new ArrayList<>();
        for (String entry : places) {
            if (entry == null || entry.isBlank() || entry.strip().equals("[]")) {
                continue;
            }
            int equals = entry.indexOf('=');
            int slash = entry.indexOf('/');
            byte[] network = slash < 0 || equals < slash ? null : literal(entry.substring(0, slash).strip());
            int bits;
            try {
                bits = network == null ? -1 : Integer.parseInt(entry.substring(slash + 1, equals).strip());
            } catch (NumberFormatException e) {
                bits = -1;
            }
            String place = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (network == null || bits < 0 || bits > network.length * 8 || place.isEmpty() || place.length() > 80) {
                throw new IllegalArgumentException("xuatxu.origins.places: \"" + entry
                        + "\" is not of the form 203.0.113.0/24=Place name (at most 80 characters)");
            }
            parsed.add(new Prefix(network, bits, place));
        }
        return List.copyOf(parsed);
    }
}
