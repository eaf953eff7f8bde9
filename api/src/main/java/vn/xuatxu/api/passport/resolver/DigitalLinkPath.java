package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a scanned GS1 Digital Link identifies: a product (GTIN), a lot of it, or one labelled item of a lot.
 * Its {@link #path()} is the canonical form (14-digit GTIN, numeric AIs, percent-encoded values) that the
 * resolver redirects zero-suppressed GTINs to and that anchors every link it hands out.
 */
record DigitalLinkPath(Gtin gtin, Optional<LotNumber> lot, Optional<LabelSerial> serial) {

    DigitalLinkPath {
        if (serial.isPresent() && lot.isEmpty()) {
            throw new IllegalArgumentException("A serial is only resolved within its lot");
        }
    }

    static DigitalLinkPath product(Gtin gtin) {
        return new DigitalLinkPath(gtin, Optional.empty(), Optional.empty());
    }

    static DigitalLinkPath lot(Gtin gtin, LotNumber lot) {
        return new DigitalLinkPath(gtin, Optional.of(lot), Optional.empty());
    }

    String path() {
        String path = lot.map(l -> DigitalLink.lotPath(gtin, l)).orElse("/01/" + gtin.value());
        return serial.map(s -> path + "/21/" + encode(s.value())).orElse(path);
    }

    /** The same identifier without its serial: the lot's own URI. */
    DigitalLinkPath withoutSerial() {
        return new DigitalLinkPath(gtin, lot, Optional.empty());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
