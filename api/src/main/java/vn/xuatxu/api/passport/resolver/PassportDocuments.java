package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.util.Map;
import java.util.Optional;

/**
 * The resolver's JSON-LD passport of a lot for other features (the exports): the very document a program gets
 * from the lot's Digital Link with {@code Accept: application/ld+json}, so the two can never differ.
 */
@Singleton
public final class PassportDocuments {

    private final Passports passports;
    private final ResolverLinks links;

    PassportDocuments(Passports passports, ResolverLinks links) {
        this.passports = passports;
        this.links = links;
    }

    /** The lot's passport as JSON-LD (schema.org + GS1 Web Vocabulary), or empty when no such lot exists. */
    public Optional<Map<String, Object>> lotJsonLd(Gtin gtin, LotNumber lot) {
        DigitalLinkPath path = DigitalLinkPath.lot(gtin, lot);
        return passports.lot(gtin, lot).map(passport -> PassportJsonLd.lot(passport, path, links.uri(path)));
    }
}
