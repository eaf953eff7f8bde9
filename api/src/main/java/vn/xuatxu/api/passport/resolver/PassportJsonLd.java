package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.model.Passport;
import vn.xuatxu.api.passport.model.PassportItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The passport as JSON-LD for programs: a schema.org {@code Product} that is also a {@code gs1:Product},
 * identified by its Digital Link URI, with GS1 Web Vocabulary terms for what schema.org lacks (lot, serial,
 * best-before date) and the live ledger proof as {@code additionalProperty} values, so a program gets the
 * same verdict a person reads on the page.
 */
final class PassportJsonLd {

    private static final Map<String, Object> CONTEXT = Map.of("@vocab", "https://schema.org/",
            "gs1", ResolverLinks.GS1_VOCABULARY, "xsd", "http://www.w3.org/2001/XMLSchema#");

    private PassportJsonLd() {
    }

    static Map<String, Object> lot(Passports.LotPassport passport, DigitalLinkPath path, String uri) {
        LotStore.StoredLot lot = passport.lot();
        Map<String, Object> product = product(uri, lot.productName(), lot.category(), lot.details().gtin().value(),
                lot.netContent(), lot.ocopStars(), passport.certificates());
        product.put("gs1:hasBatchLotNumber", lot.details().lotNumber().value());
        path.serial().ifPresent(serial -> product.put("gs1:hasSerialNumber", serial.value()));
        product.put("productionDate", lot.details().productionDate().toString());
        lot.details().bestBeforeDate().map(LocalDate::toString).ifPresent(date -> product.put("gs1:bestBeforeDate",
                Map.of("@value", date, "@type", "xsd:date")));
        product.put("manufacturer", organisation(lot.producerName(), lot.commune(), lot.province()));
        List<Map<String, Object>> properties = new ArrayList<>();
        passport.items().ifPresent(items -> declared(product, properties, items));
        properties.add(property("lotQuantity", "Số lượng lô", lot.details().quantity().stripTrailingZeros().toPlainString(),
                lot.details().unit().name()));
        if (lot.district() != null) {
            properties.add(property("producerFormerDistrict", "Huyện (cũ) của nhà sản xuất", lot.district(), null));
        }
        LedgerProof.Reading ledger = passport.ledger();
        properties.add(property("ledgerProof", "Đối chiếu với sổ cái", LedgerProof.code(ledger.result()), null));
        properties.add(property("recordHash", "SHA-256 của hồ sơ lô", lot.details().recordHash(), null));
        if (ledger.result() instanceof LedgerProof.Result.Matches matches) {
            properties.add(property("ledgerTransactionId", "Giao dịch trên sổ cái", matches.transactionId(), null));
            properties.add(property("ledgerRegisteredAt", "Ghi lên sổ cái lúc", matches.registeredAt(), null));
            if (lot.ledger().blockNumber() != null) {
                properties.add(property("ledgerBlock", "Khối", lot.ledger().blockNumber(), null));
            }
        }
        ledger.status().ifPresent(status -> properties.add(property("lotStatus", "Tình trạng lô", status, null)));
        ledger.recall().ifPresent(recall -> {
            properties.add(property("recallReason", "Lý do thu hồi", recall.reason(), null));
            properties.add(property("recalledAt", "Thu hồi lúc", recall.recalledAt(), null));
        });
        passport.journey().ifPresent(steps -> properties.add(property("ledgerEventCount", "Số sự kiện truy xuất",
                steps.size(), null)));
        product.put("additionalProperty", properties);
        return product;
    }

    static Map<String, Object> product(Passports.ProductPassport passport, String uri) {
        PassportQueries.ProductWithProducer p = passport.product();
        Map<String, Object> product = product(uri, p.name(), p.category(), p.gtin(), p.netContent(), p.ocopStars(),
                passport.certificates());
        if (p.description() != null) {
            product.put("description", p.description());
        }
        product.put("manufacturer", organisation(p.producerName(), p.commune(), p.province()));
        List<Map<String, Object>> properties = new ArrayList<>();
        passport.items().ifPresent(items -> declared(product, properties, items));
        if (!properties.isEmpty()) {
            product.put("additionalProperty", properties);
        }
        return product;
    }

    /**
     * The passport items the producer declared (Decree 37/2026 and Circular 02/2024) in the JSON-LD terms that
     * {@link PassportItem#jsonLd()} names, so the table in docs/passport-model.md is what programs receive.
     */
    @SuppressWarnings("unchecked")
    private static void declared(Map<String, Object> product, List<Map<String, Object>> properties, Passport items) {
        Passport.Product declared = items.product();
        Passport.Producer producer = items.producer();
        Map<String, Object> manufacturer = new LinkedHashMap<>((Map<String, Object>) product.get("manufacturer"));
        if (producer.taxCode() != null) {
            manufacturer.put("taxID", producer.taxCode());
        }
        if (producer.gln() != null) {
            manufacturer.put("globalLocationNumber", producer.gln());
        }
        PassportItem.PRODUCER_ADDRESS.value(items).ifPresent(address -> {
            Map<String, Object> postal = new LinkedHashMap<>((Map<String, Object>) manufacturer.get("address"));
            postal.put("streetAddress", address);
            manufacturer.put("address", postal);
        });
        product.put("manufacturer", manufacturer);
        if (declared.origin() != null) {
            product.put("countryOfOrigin", Map.of("@type", "Country", "name", declared.origin()));
        }
        if (declared.imageUrl() != null) {
            product.put("image", absolute((String) product.get("@id"), declared.imageUrl()));
        }
        if (declared.brand() != null) {
            product.put("brand", Map.of("@type", "Brand", "name", declared.brand()));
        }
        PassportItem.STANDARDS.value(items).ifPresent(standards ->
                properties.add(property("standardsApplied", PassportItem.STANDARDS.vietnamese(), standards, null)));
        PassportItem.SAFETY_WARNINGS.value(items).ifPresent(warnings ->
                properties.add(property("safetyWarnings", PassportItem.SAFETY_WARNINGS.vietnamese(), warnings, null)));
        Passport.QualityCertificate quality = declared.qualityCertificate();
        if (quality != null && quality.name() != null) {
            Map<String, Object> certification = new LinkedHashMap<>();
            certification.put("@type", "Certification");
            certification.put("name", quality.name());
            if (quality.number() != null) {
                certification.put("certificationIdentification", quality.number());
            }
            if (quality.validUntil() != null) {
                certification.put("expires", quality.validUntil().toString());
            }
            List<Map<String, Object>> certifications = new ArrayList<>(
                    (List<Map<String, Object>>) product.getOrDefault("hasCertification", List.of()));
            certifications.add(certification);
            product.put("hasCertification", certifications);
        }
    }

    private static Map<String, Object> product(String uri, String name, String category, String gtin, String netContent,
                                               Integer storedStars,
                                               Optional<LedgerRecords.ProductCertificates> certificates) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("@context", CONTEXT);
        product.put("@id", uri);
        product.put("@type", List.of("Product", "gs1:Product"));
        product.put("name", name);
        product.put("gs1:productName", Map.of("@value", name, "@language", "vi"));
        product.put("gtin", gtin);
        product.put("gs1:gtin", gtin);
        product.put("category", category);
        product.put("url", uri);
        if (netContent != null) {
            product.put("size", netContent);
        }
        Optional<Integer> stars = certificates.flatMap(LedgerRecords.ProductCertificates::ocopStars)
                .or(() -> Optional.ofNullable(storedStars).filter(s -> s > 0));
        stars.ifPresent(s -> product.put("award", "OCOP " + s + "★"));
        List<Map<String, Object>> certifications = new ArrayList<>();
        certificates.ifPresent(c -> {
            c.ocop().ifPresent(ocop -> {
                Map<String, Object> certification = new LinkedHashMap<>();
                certification.put("@type", "Certification");
                certification.put("name", "OCOP" + stars.map(s -> " " + s + "★").orElse(""));
                certification.put("certificationIdentification", ocop.number());
                certification.put("validFrom", ocop.issueDate());
                certification.put("expires", ocop.expiryDate());
                stars.ifPresent(s -> certification.put("certificationRating",
                        Map.of("@type", "Rating", "ratingValue", s, "bestRating", 5, "worstRating", 3)));
                certifications.add(certification);
            });
            c.mark().ifPresent(mark -> {
                Map<String, Object> certification = new LinkedHashMap<>();
                certification.put("@type", "Certification");
                certification.put("name", mark.name());
                certification.put("description", mark.kind());
                if (mark.certificateNumber() != null) {
                    certification.put("certificationIdentification", mark.certificateNumber());
                }
                if (mark.holder() != null) {
                    certification.put("issuedBy", Map.of("@type", "Organization", "name", mark.holder()));
                }
                certifications.add(certification);
            });
        });
        if (!certifications.isEmpty()) {
            product.put("hasCertification", certifications);
        }
        return product;
    }

    /** An image stored as a path on this server, made absolute against the passport's own public URI. */
    private static String absolute(String base, String reference) {
        try {
            return java.net.URI.create(base).resolve(reference).toString();
        } catch (IllegalArgumentException e) {
            return reference;
        }
    }

    private static Map<String, Object> organisation(String name, String commune, String province) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (commune != null) {
            address.put("addressLocality", commune);
        }
        address.put("addressRegion", province);
        address.put("addressCountry", "VN");
        return Map.of("@type", List.of("Organization", "gs1:Organization"), "name", name, "address", address);
    }

    private static Map<String, Object> property(String id, String name, Object value, String unit) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("@type", "PropertyValue");
        property.put("propertyID", id);
        property.put("name", name);
        property.put("value", value);
        if (unit != null) {
            property.put("unitText", unit);
        }
        return property;
    }
}
