package vn.xuatxu.api.passport.report.persistence;

import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.xuatxu.api.db.enums.ProblemReportKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;
import static vn.xuatxu.api.db.Tables.PROBLEM_REPORT;

/** Stores reports from passport pages and lists them, newest first, for one producer or for the agency. */
@Singleton
public final class ProblemReportStore {

    /** What a report is about. */
    public enum Kind {
        COUNTERFEIT("Nghi hàng giả, tem giả"), QUALITY("Chất lượng sản phẩm"),
        WRONG_INFORMATION("Thông tin trên trang sai"), OTHER("Vấn đề khác");

        private final String vietnamese;

        Kind(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** A report to store; {@code lotNumber}, {@code serial}, {@code contact} and {@code place} may be null. */
    public record NewReport(long organisationId, String gtin, String lotNumber, String serial, Kind kind, String message,
                            String contact, String place, String language, LocalDateTime receivedAt) {
    }

    /** A stored report with the names a reader needs. */
    public record StoredReport(long id, String producerName, String gtin, String productName, String lotNumber,
                               String serial, Kind kind, String message, String contact, String place,
                               LocalDateTime receivedAt) {
    }

    public long insert(DSLContext db, NewReport report) {
        return db.insertInto(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.ORGANISATION_ID, report.organisationId())
                .set(PROBLEM_REPORT.GTIN, report.gtin())
                .set(PROBLEM_REPORT.LOT_NUMBER, report.lotNumber())
                .set(PROBLEM_REPORT.SERIAL, report.serial())
                .set(PROBLEM_REPORT.KIND, ProblemReportKind.valueOf(report.kind().name()))
                .set(PROBLEM_REPORT.MESSAGE, report.message())
                .set(PROBLEM_REPORT.CONTACT, report.contact())
                .set(PROBLEM_REPORT.PLACE, report.place())
                .set(PROBLEM_REPORT.LANGUAGE, report.language())
                .set(PROBLEM_REPORT.RECEIVED_AT, report.receivedAt())
                .returning(PROBLEM_REPORT.ID)
                .fetchOne(PROBLEM_REPORT.ID);
    }

    /** The producer of a GTIN, which receives its reports. */
    public OptionalLong producerOf(DSLContext db, String gtin) {
        Optional<Long> id = db.select(PRODUCT.ORGANISATION_ID).from(PRODUCT).where(PRODUCT.GTIN.eq(gtin))
                .fetchOptional(PRODUCT.ORGANISATION_ID);
        return id.map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    /** The latest reports; of one producer when {@code organisationId} is present, all otherwise. */
    public List<StoredReport> latest(DSLContext db, OptionalLong organisationId, int limit) {
        Condition scope = organisationId.isPresent() ? PROBLEM_REPORT.ORGANISATION_ID.eq(organisationId.getAsLong())
                : DSL.noCondition();
        return db.select(PROBLEM_REPORT.asterisk(), ORGANISATION.NAME, PRODUCT.NAME)
                .from(PROBLEM_REPORT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROBLEM_REPORT.ORGANISATION_ID))
                .leftJoin(PRODUCT).on(PRODUCT.GTIN.eq(PROBLEM_REPORT.GTIN))
                .where(scope)
                .orderBy(PROBLEM_REPORT.RECEIVED_AT.desc(), PROBLEM_REPORT.ID.desc())
                .limit(limit)
                .fetch(row -> new StoredReport(row.get(PROBLEM_REPORT.ID), row.get(ORGANISATION.NAME),
                        row.get(PROBLEM_REPORT.GTIN), row.get(PRODUCT.NAME), row.get(PROBLEM_REPORT.LOT_NUMBER),
                        row.get(PROBLEM_REPORT.SERIAL), Kind.valueOf(row.get(PROBLEM_REPORT.KIND).name()),
                        row.get(PROBLEM_REPORT.MESSAGE), row.get(PROBLEM_REPORT.CONTACT), row.get(PROBLEM_REPORT.PLACE),
                        row.get(PROBLEM_REPORT.RECEIVED_AT)));
    }
}
