package vn.xuatxu.api.passport.export.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lot's traceability record with the ten minimum data items of Circular 02/2024/TT-BKHCN, numbered and
 * labelled as the Circular's summaries list them, plus the origin Decree 37/2026 adds. Built from the export
 * row and the lot's stages only, so the JSON and the PDF say exactly the same thing. An item the platform
 * does not hold is written as such ("Chưa có"), never left out: an auditor sees what is missing.
 */
public record Circular02Record(String traceabilityCode, List<Item> items, List<Stage> stages) {

    /** Written where the platform holds no value for an item. */
    public static final String NOT_HELD = "Chưa có";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One numbered data item of the Circular. */
    public record Item(int number, String label, String value) {
    }

    /**
     * One production or trade stage: at least the product trace code, the location trace code and the time
     * of the event (item 5). Without a GLN for the place, the location is the acting organisation's ledger
     * identity where it is known ({@code null} otherwise); a journey event also names its CBV 2.0 event hash.
     */
    public record Stage(String name, String bizStep, String productTraceCode, String locationTraceCode,
                        String organisation, LocalDateTime eventTimeUtc, String eventHash) {

        public String localTime() {
            return LOCAL_TIME.format(eventTimeUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM));
        }
    }

    /** The record of a lot from its export row and its stages (registration first, then the journey). */
    public static Circular02Record of(PassportRow row, List<Stage> stages) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(1, "Tên sản phẩm, hàng hóa", row.productName()));
        items.add(new Item(2, "Hình ảnh sản phẩm, hàng hóa", NOT_HELD));
        items.add(new Item(3, "Tên đơn vị sản xuất, kinh doanh", row.producerName()));
        items.add(new Item(4, "Địa chỉ đơn vị sản xuất, kinh doanh", address(row)));
        items.add(new Item(5, "Công đoạn sản xuất, kinh doanh", stages.stream()
                .map(s -> s.name() + " (" + s.localTime() + ", " + s.organisation() + ")")
                .collect(Collectors.joining("; "))));
        items.add(new Item(6, "Thời gian sản xuất, kinh doanh", "Sản xuất ngày " + LOCAL_DATE.format(row.productionDate())
                + (stages.isEmpty() ? "" : "; sự kiện cuối lúc " + stages.get(stages.size() - 1).localTime())));
        items.add(new Item(7, "Mã truy xuất nguồn gốc sản phẩm, hàng hóa", row.digitalLink()));
        items.add(new Item(8, "Thương hiệu, nhãn hiệu, mã ký hiệu, số sê-ri", brand(row)));
        items.add(new Item(9, "Hạn sử dụng", row.bestBeforeDate() == null ? "Không ghi" : LOCAL_DATE.format(row.bestBeforeDate())));
        items.add(new Item(10, "Tiêu chuẩn, quy chuẩn, chứng nhận áp dụng", standards(row)));
        items.add(new Item(11, "Xuất xứ (Nghị định 37/2026)", origin(row)));
        return new Circular02Record(row.digitalLink(), List.copyOf(items), List.copyOf(stages));
    }

    /** The JSON form: items by number, stages with their codes and UTC times. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("legalBasis", "Thông tư 02/2024/TT-BKHCN; Nghị định 37/2026/NĐ-CP");
        json.put("traceabilityCode", traceabilityCode);
        json.put("items", items.stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", i.number());
            item.put("label", i.label());
            item.put("value", i.value());
            return item;
        }).toList());
        json.put("stages", stages.stream().map(s -> {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("name", s.name());
            stage.put("bizStep", s.bizStep());
            stage.put("productTraceCode", s.productTraceCode());
            stage.put("locationTraceCode", s.locationTraceCode());
            stage.put("organisation", s.organisation());
            stage.put("eventTime", s.eventTimeUtc() + "Z");
            stage.put("eventHash", s.eventHash());
            return stage;
        }).toList());
        return json;
    }

    private static String address(PassportRow row) {
        List<String> parts = new ArrayList<>();
        if (row.commune() != null) {
            parts.add(row.commune());
        }
        if (row.formerDistrict() != null) {
            parts.add("(huyện cũ: " + row.formerDistrict() + ")");
        }
        parts.add(row.province());
        return String.join(", ", parts);
    }

    private static String brand(PassportRow row) {
        List<String> parts = new ArrayList<>();
        if (row.markName() != null) {
            parts.add(row.markName());
        }
        parts.add("Số lô " + row.lotNumber());
        parts.add("GTIN " + row.gtin());
        return String.join("; ", parts);
    }

    private static String standards(PassportRow row) {
        List<String> parts = new ArrayList<>();
        if (row.ocopStars() != null && row.ocopStars() > 0) {
            parts.add("OCOP " + row.ocopStars() + " sao" + (row.ocopCertificateNumber() == null ? ""
                    : ", số " + row.ocopCertificateNumber())
                    + (row.ocopExpiryDate() == null ? "" : ", hiệu lực đến " + LOCAL_DATE.format(row.ocopExpiryDate())));
        }
        if (row.markName() != null) {
            parts.add(row.markName() + (row.markCertificateNumber() == null ? "" : ", số " + row.markCertificateNumber()));
        }
        return parts.isEmpty() ? NOT_HELD : String.join("; ", parts);
    }

    private static String origin(PassportRow row) {
        return (row.commune() == null ? "" : row.commune() + ", ") + row.province() + ", Việt Nam";
    }
}
