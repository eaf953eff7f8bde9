package vn.xuatxu.api.passport.product.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.xuatxu.api.passport.gs1.Gtin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a product's passport says about it, already checked: what it is, its OCOP certificate and
 * its geographical indication or mark, what is in it and how to keep it. Only the identity, name,
 * category, OCOP rating and mark go on the ledger; the rest are page content.
 */
public record ProductPassport(Gtin gtin, GtinSource gtinSource, String name, String category, String description,
                              String netContent, String lotCode, Ocop ocop, Mark mark, String ingredients,
                              String allergens, String storage) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the GTIN came from: the producer's GS1 licence, or the platform's restricted-circulation range. */
    public enum GtinSource { GS1, INTERNAL }

    /** The kinds of protected names a product may carry, as the contract knows them. */
    public enum MarkKind {
        GEOGRAPHICAL_INDICATION("Chỉ dẫn địa lý"),
        COLLECTIVE_MARK("Nhãn hiệu tập thể"),
        CERTIFICATION_MARK("Nhãn hiệu chứng nhận");

        private final String vietnamese;

        MarkKind(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** An OCOP rating of 3 to 5 stars, with its certificate when known. */
    public record Ocop(int stars, String certificateNumber, LocalDate issueDate, LocalDate expiryDate) {
    }

    /** A geographical indication, collective or certification mark the product may use. */
    public record Mark(MarkKind kind, String name, String certificateNumber, String holder) {
    }

    /** The argument of the contract's {@code registerProduct} and {@code updateProduct}. */
    public String ledgerArgument() {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("gtin", gtin.value());
        fields.put("name", name);
        fields.put("category", category);
        fields.put("ocopStars", ocop == null ? 0 : ocop.stars());
        if (ocop != null && ocop.certificateNumber() != null) {
            Map<String, Object> certificate = new LinkedHashMap<>();
            certificate.put("number", ocop.certificateNumber());
            certificate.put("issueDate", ocop.issueDate().toString());
            certificate.put("expiryDate", ocop.expiryDate().toString());
            fields.put("ocopCertificate", certificate);
        }
        if (mark != null) {
            Map<String, Object> value = new TreeMap<>();
            value.put("kind", mark.kind().name());
            value.put("name", mark.name());
            if (mark.certificateNumber() != null) {
                value.put("certificateNumber", mark.certificateNumber());
            }
            if (mark.holder() != null) {
                value.put("holder", mark.holder());
            }
            fields.put("mark", value);
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Product cannot be encoded", e);
        }
    }
}
