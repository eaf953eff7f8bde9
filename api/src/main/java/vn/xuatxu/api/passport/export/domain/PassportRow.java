package vn.xuatxu.api.passport.export.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lot's passport as the exports carry it: what the database holds about the lot, its product and its
 * producer, read in one row so a bulk export can stream rows without further queries. {@code changedAt}
 * (UTC) is the latest of the lot's registration and ledger commit, its product's last edit and its last
 * journey event: "changed since" in a bulk export compares against it.
 *
 * <p>{@link #fields()} fixes the names and order of the columns of every flat format (JSON lines, CSV,
 * the portal push), so they cannot drift apart.
 */
public record PassportRow(long lotId, long organisationId, String gtin, String lotNumber, String digitalLink,
                          String productName, String category, String netContent, Integer ocopStars,
                          String ocopCertificateNumber, LocalDate ocopExpiryDate, String markKind, String markName,
                          String markCertificateNumber, String producerName, String producerMspId, String province,
                          String formerDistrict, String commune, LocalDate productionDate, LocalDate bestBeforeDate,
                          BigDecimal quantity, String unit, String recordHash, String ledgerStatus,
                          String ledgerTransactionId, int eventCount, LocalDateTime changedAt) {

    /** The column names of every flat format, in order; {@link #fields()} pairs them with this row's values. */
    public static final List<String> COLUMNS = List.of("lotId", "gtin", "lotNumber", "digitalLink", "productName",
            "category", "netContent", "ocopStars", "ocopCertificateNumber", "ocopExpiryDate", "markKind", "markName",
            "markCertificateNumber", "producerName", "producerMspId", "province", "formerDistrict", "commune",
            "productionDate", "bestBeforeDate", "quantity", "unit", "recordHash", "ledgerStatus", "ledgerTransactionId",
            "eventCount", "changedAt");

    /** The passport's fields by {@link #COLUMNS}, in that order; absent values are {@code null}. */
    public Map<String, Object> fields() {
        List<Object> values = Arrays.asList(lotId, gtin, lotNumber, digitalLink, productName, category, netContent,
                ocopStars, ocopCertificateNumber, text(ocopExpiryDate), markKind, markName, markCertificateNumber,
                producerName, producerMspId, province, formerDistrict, commune, text(productionDate),
                text(bestBeforeDate), quantity.stripTrailingZeros().toPlainString(), unit, recordHash, ledgerStatus,
                ledgerTransactionId, eventCount, changedAt + "Z");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            fields.put(COLUMNS.get(i), values.get(i));
        }
        return fields;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
