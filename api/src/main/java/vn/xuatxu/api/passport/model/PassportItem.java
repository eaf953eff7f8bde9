package vn.xuatxu.api.passport.model;

import vn.xuatxu.api.passport.product.domain.ProductPassport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.xuatxu.api.passport.model.LegalReference.circular02;
import static vn.xuatxu.api.passport.model.LegalReference.decree37;
import static vn.xuatxu.api.passport.model.Obligation.IF_APPLICABLE;
import static vn.xuatxu.api.passport.model.Obligation.MANDATORY;
import static vn.xuatxu.api.passport.model.PassportLevel.LOT;
import static vn.xuatxu.api.passport.model.PassportLevel.PRODUCER;
import static vn.xuatxu.api.passport.model.PassportLevel.PRODUCT;
import static vn.xuatxu.api.passport.model.Surface.EPCIS;
import static vn.xuatxu.api.passport.model.Surface.E_LABEL;
import static vn.xuatxu.api.passport.model.Surface.JSON_LD;
import static vn.xuatxu.api.passport.model.Surface.PRINTED_LABEL;

/**
 * Every item of the passport, mapped in this one place: the legal text(s) asking for it, whether it is
 * mandatory, where we keep it, the JSON-LD and EPCIS 2.0 terms that carry it, where it is shown, and how to
 * read it from a {@link Passport}. docs/passport-model.md prints this enum as a table (a test keeps the two
 * equal), the completeness check and the e-label walk it, so a new item is added here and nowhere else.
 *
 * <p>The constants are in the order of Decree 37/2026 Art. 32's minimum content (name and GTIN; producer;
 * origin; traceability; standards and certificates; dates; safety warnings), then the items only Circular
 * 02/2024 lists. The e-label shows them in this order.
 */
public enum PassportItem {

    PRODUCT_NAME("Tên sản phẩm", "Product name", MANDATORY, PRODUCT,
            List.of(decree37(1), circular02(1)), "product.name",
            "name, gs1:productName", "— (master data of the GTIN)", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD)),
    GTIN("Mã số sản phẩm (GTIN)", "Product code (GTIN)", MANDATORY, PRODUCT,
            List.of(decree37(1), circular02(7)), "product.gtin",
            "gtin, gs1:gtin", "epcClass urn:epc:class:lgtin:…", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD, EPCIS)),
    PRODUCER_NAME("Tên cơ sở sản xuất, kinh doanh", "Producer or trader", MANDATORY, PRODUCER,
            List.of(decree37(2), circular02(3)), "organisation.name",
            "manufacturer.name", "— (party master data)", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD)),
    PRODUCER_ADDRESS("Địa chỉ cơ sở", "Producer address", MANDATORY, PRODUCER,
            List.of(decree37(2), circular02(4)),
            "organisation.address_line, commune, province; former_commune, district, former_province",
            "manufacturer.address (PostalAddress)", "—", EnumSet.of(E_LABEL, JSON_LD)),
    PRODUCER_IDENTIFIER("Mã số thuế / mã số cơ sở", "Producer tax or registration number", MANDATORY, PRODUCER,
            List.of(decree37(2)), "organisation.tax_code",
            "manufacturer.taxID", "—", EnumSet.of(E_LABEL, JSON_LD)),
    ORIGIN("Xuất xứ, nơi hoàn thiện cuối cùng", "Origin, place of the last finishing stage", MANDATORY, PRODUCT,
            List.of(decree37(3)), "product.origin",
            "countryOfOrigin, countryOfLastProcessing", "ilmd cbvmda:countryOfOrigin", EnumSet.of(E_LABEL, JSON_LD)),
    TRACE_CODE("Mã truy xuất (GTIN + số lô)", "Trace code (GTIN + lot)", MANDATORY, LOT,
            List.of(decree37(4), circular02(7)), "product.gtin + lot.lot_number → /01/{gtin}/10/{lot}",
            "@id (GS1 Digital Link), gs1:hasBatchLotNumber", "epcClass urn:epc:class:lgtin:{prefix}.{ref}.{lot}",
            EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD, EPCIS)),
    LOCATION_CODE("Mã truy vết địa điểm (GLN)", "Location trace code (GLN)", MANDATORY, PRODUCER,
            List.of(circular02(5)), "organisation.gln",
            "manufacturer.globalLocationNumber", "readPoint, bizLocation urn:epc:id:sgln:…",
            EnumSet.of(E_LABEL, JSON_LD, EPCIS)),
    TRACEABILITY("Thông tin truy xuất (các công đoạn)", "Traceability (stages)", MANDATORY, LOT,
            List.of(decree37(4), circular02(5)), "lot.record_hash, lot.ledger_status, trace_event",
            "additionalProperty ledgerProof, ledgerEventCount", "ObjectEvent / TransformationEvent: bizStep, eventTime",
            EnumSet.of(E_LABEL, JSON_LD, EPCIS)),
    STANDARDS("Tiêu chuẩn, quy chuẩn áp dụng", "Standards and regulations applied", MANDATORY, PRODUCT,
            List.of(decree37(5), circular02(10)), "product.standards_applied",
            "additionalProperty standardsApplied", "—", EnumSet.of(E_LABEL, JSON_LD)),
    QUALITY_CERTIFICATE("Giấy chứng nhận chất lượng", "Quality certificate", IF_APPLICABLE, PRODUCT,
            List.of(decree37(5)),
            "product.quality_certificate_name, quality_certificate_number, quality_certificate_valid_until",
            "hasCertification (Certification)", "certificationInfo", EnumSet.of(E_LABEL, JSON_LD, EPCIS)),
    OCOP_CERTIFICATE("Giấy chứng nhận OCOP", "OCOP certificate", IF_APPLICABLE, PRODUCT,
            List.of(decree37(5), LegalReference.of(LegalSource.OCOP_148_2023)),
            "product.ocop_stars, ocop_certificate_number, ocop_issue_date, ocop_expiry_date",
            "award, hasCertification (certificationRating)", "—", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD)),
    PRODUCTION_DATE("Ngày sản xuất", "Production date", MANDATORY, LOT,
            List.of(decree37(6), circular02(6)), "lot.production_date",
            "productionDate", "eventTime of the commissioning event", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD, EPCIS)),
    EXPIRY_DATE("Hạn sử dụng", "Best before", IF_APPLICABLE, LOT,
            List.of(decree37(6), circular02(9)), "lot.best_before_date",
            "gs1:bestBeforeDate", "ilmd cbvmda:bestBeforeDate", EnumSet.of(E_LABEL, PRINTED_LABEL, JSON_LD, EPCIS)),
    SAFETY_WARNINGS("Cảnh báo an toàn", "Safety warnings", IF_APPLICABLE, PRODUCT,
            List.of(decree37(7)), "product.safety_warnings, product.allergens",
            "additionalProperty safetyWarnings", "—", EnumSet.of(E_LABEL, JSON_LD)),
    PRODUCT_IMAGE("Hình ảnh sản phẩm", "Product image", MANDATORY, PRODUCT,
            List.of(circular02(2)), "product.image_url",
            "image", "—", EnumSet.of(E_LABEL, JSON_LD)),
    BRAND("Thương hiệu, nhãn hiệu", "Brand, trademark", IF_APPLICABLE, PRODUCT,
            List.of(circular02(8)), "product.brand",
            "brand", "—", EnumSet.of(E_LABEL, JSON_LD)),
    SERIAL_NUMBER("Số sê-ri", "Serial number", IF_APPLICABLE, LOT,
            List.of(circular02(8)), "label_serial.serial (one per printed unit label)",
            "gs1:hasSerialNumber", "epcList urn:epc:id:sgtin:…", EnumSet.of(PRINTED_LABEL, JSON_LD, EPCIS)),
    GEOGRAPHICAL_MARK("Chỉ dẫn địa lý, nhãn hiệu tập thể", "Geographical indication or collective mark",
            IF_APPLICABLE, PRODUCT, List.of(LegalReference.of(LegalSource.VOLUNTARY)),
            "product.mark_kind, mark_name, mark_certificate_number, mark_holder",
            "hasCertification (Certification)", "—", EnumSet.of(E_LABEL, JSON_LD));

    /** OCOP recognition is valid for 36 months from the decision (Decision 148/QĐ-TTg), whatever date is written. */
    public static final int OCOP_VALIDITY_MONTHS = 36;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String vietnamese;
    private final String english;
    private final Obligation obligation;
    private final PassportLevel level;
    private final List<LegalReference> references;
    private final String field;
    private final String jsonLd;
    private final String epcis;
    private final Set<Surface> surfaces;

    PassportItem(String vietnamese, String english, Obligation obligation, PassportLevel level,
                 List<LegalReference> references, String field, String jsonLd, String epcis, Set<Surface> surfaces) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.obligation = obligation;
        this.level = level;
        this.references = List.copyOf(references);
        this.field = field;
        this.jsonLd = jsonLd;
        this.epcis = epcis;
        this.surfaces = Set.copyOf(surfaces);
    }

    /** The item's name as the label and the checklist print it; mandatory label items stay Vietnamese. */
    public String vietnamese() {
        return vietnamese;
    }

    /** A translation, shown beside the Vietnamese, never instead of it. */
    public String english() {
        return english;
    }

    public Obligation obligation() {
        return obligation;
    }

    public PassportLevel level() {
        return level;
    }

    public List<LegalReference> references() {
        return references;
    }

    /** Where we keep it: table.column names of the schema, or how it is derived. */
    public String field() {
        return field;
    }

    /** The schema.org (default vocabulary) and GS1 Web Vocabulary ({@code gs1:}) terms of the JSON-LD passport. */
    public String jsonLd() {
        return jsonLd;
    }

    /** The EPCIS 2.0 / CBV 2.0 field that carries it in traceability events, or "—". */
    public String epcis() {
        return epcis;
    }

    public Set<Surface> surfaces() {
        return surfaces;
    }

    /** Whether a passport of this scope (a product's, or a lot's) holds this item at all. */
    public boolean concerns(Passport passport) {
        return level != LOT || passport.lot().isPresent();
    }

    /**
     * The item as a Vietnamese reader sees it on the e-label, or empty when the passport does not hold it.
     * An OCOP rating without its certificate, or a certificate without its number, is not the item.
     */
    public Optional<String> value(Passport passport) {
        Passport.Producer producer = passport.producer();
        Passport.Product product = passport.product();
        Optional<Passport.Lot> lot = passport.lot();
        String value = switch (this) {
            case PRODUCT_NAME -> product.name();
            case GTIN -> product.gtin() == null ? null : product.gtin().value();
            case PRODUCER_NAME -> producer.name();
            case PRODUCER_ADDRESS -> producer.address() != null && producer.address().complete()
                    ? producer.address().vietnamese() : null;
            case PRODUCER_IDENTIFIER -> producer.taxCode();
            case ORIGIN -> product.origin();
            case TRACE_CODE -> lot.map(l -> l.number() == null ? null
                    : (product.gtin() == null ? "" : "GTIN " + product.gtin().value() + " · ") + "lô " + l.number().value())
                    .orElse(null);
            case LOCATION_CODE -> producer.gln() == null ? null : "GLN " + producer.gln();
            case TRACEABILITY -> lot.map(l -> switch (l.ledgerStatus() == null ? "" : l.ledgerStatus()) {
                case "COMMITTED" -> "Đã ghi trên sổ cái";
                case "PENDING" -> "Đang ghi lên sổ cái";
                default -> null;
            }).orElse(null);
            case STANDARDS -> product.standardsApplied();
            case QUALITY_CERTIFICATE -> certificate(product.qualityCertificate());
            case OCOP_CERTIFICATE -> ocop(product.ocop());
            case PRODUCTION_DATE -> lot.map(Passport.Lot::productionDate).map(DATE::format).orElse(null);
            case EXPIRY_DATE -> lot.flatMap(Passport.Lot::bestBeforeDate).map(DATE::format).orElse(null);
            case SAFETY_WARNINGS -> joined(product.safetyWarnings(),
                    product.allergens() == null ? null : "Chất gây dị ứng: " + product.allergens());
            case PRODUCT_IMAGE -> product.imageUrl();
            case BRAND -> product.brand();
            case SERIAL_NUMBER -> null;
            case GEOGRAPHICAL_MARK -> mark(product.mark());
        };
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /**
     * Whether this passport must hold the item: always for a mandatory one, and for an "if any" item once the
     * producer claims it (an OCOP star needs its certificate; a certificate named needs its number and date).
     */
    public boolean required(Passport passport) {
        if (!concerns(passport)) {
            return false;
        }
        Passport.Product product = passport.product();
        return switch (this) {
            case OCOP_CERTIFICATE -> product.ocop() != null && product.ocop().stars() > 0;
            case QUALITY_CERTIFICATE -> product.qualityCertificate() != null;
            default -> obligation == MANDATORY;
        };
    }

    /**
     * The last day the item is valid, for the items that expire: an OCOP certificate at its written expiry
     * or 36 months after its decision, whichever comes first; a quality certificate at its date; a lot at
     * its best-before date.
     */
    public Optional<LocalDate> validUntil(Passport passport) {
        Passport.Product product = passport.product();
        return switch (this) {
            case OCOP_CERTIFICATE -> Optional.ofNullable(product.ocop()).filter(o -> o.issueDate() != null)
                    .map(o -> {
                        LocalDate byRule = o.issueDate().plusMonths(OCOP_VALIDITY_MONTHS).minusDays(1);
                        return o.expiryDate() != null && o.expiryDate().isBefore(byRule) ? o.expiryDate() : byRule;
                    });
            case QUALITY_CERTIFICATE -> Optional.ofNullable(product.qualityCertificate())
                    .map(Passport.QualityCertificate::validUntil);
            case EXPIRY_DATE -> passport.lot().flatMap(Passport.Lot::bestBeforeDate);
            default -> Optional.empty();
        };
    }

    /** The legal sources as the table prints them, e.g. "NĐ 37/2026 (1); TT 02/2024 (1)". */
    public String referencesText() {
        return references.stream().map(LegalReference::shortText).collect(Collectors.joining("; "));
    }

    private static String certificate(Passport.QualityCertificate c) {
        if (c == null || c.name() == null || c.number() == null) {
            return null;
        }
        return c.name() + ", số " + c.number() + (c.validUntil() == null ? "" : ", hiệu lực đến " + DATE.format(c.validUntil()));
    }

    private static String ocop(ProductPassport.Ocop ocop) {
        if (ocop == null || ocop.stars() == 0 || ocop.certificateNumber() == null || ocop.issueDate() == null) {
            return null;
        }
        return "OCOP " + ocop.stars() + " sao, quyết định số " + ocop.certificateNumber() + " ngày "
                + DATE.format(ocop.issueDate());
    }

    private static String mark(ProductPassport.Mark mark) {
        if (mark == null || mark.name() == null) {
            return null;
        }
        return mark.kind().vietnamese() + " \"" + mark.name() + "\""
                + (mark.certificateNumber() == null ? "" : ", số " + mark.certificateNumber());
    }

    private static String joined(String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(". "));
        return text.isEmpty() ? null : text;
    }
}
