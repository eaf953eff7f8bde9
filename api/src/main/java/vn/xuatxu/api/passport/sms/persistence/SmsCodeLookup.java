package vn.xuatxu.api.passport.sms.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LabelBatchLedgerStatus;
import vn.xuatxu.api.db.enums.LotRecallLedgerStatus;
import vn.xuatxu.api.passport.sms.domain.SmsCode;

import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.LABEL_SERIAL;
import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.LOT_RECALL;
import static vn.xuatxu.api.db.Tables.ORGANISATION;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * Everything an SMS reply needs about the label behind a code, in one query: the serial, whether it was
 * voided, whether its batch reached the ledger, the lot and product, and whether the lot is recalled (a
 * recall counts from the moment it is recorded, unless the ledger refused it: a buyer must hear of it at once).
 */
@Singleton
public final class SmsCodeLookup {

    /** The label a code stands for. {@code anchored} is false when the ledger refused the batch's root. */
    public record CodedLabel(String serial, boolean voided, boolean anchored, String lotNumber, String productName,
                             String producerName, boolean recalled) {
    }

    public Optional<CodedLabel> find(DSLContext db, SmsCode code) {
        return db.select(LABEL_SERIAL.SERIAL, LABEL_SERIAL.VOIDED_AT, LABEL_BATCH.LEDGER_STATUS, LOT.LOT_NUMBER,
                        PRODUCT.NAME, ORGANISATION.NAME, LOT_RECALL.ID)
                .from(LABEL_SERIAL)
                .join(LABEL_BATCH).on(LABEL_BATCH.ID.eq(LABEL_SERIAL.BATCH_ID))
                .join(LOT).on(LOT.ID.eq(LABEL_BATCH.LOT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRODUCT.ORGANISATION_ID))
                .leftJoin(LOT_RECALL).on(LOT_RECALL.LOT_ID.eq(LOT.ID).and(LOT_RECALL.LEDGER_STATUS.ne(LotRecallLedgerStatus.FAILED)))
                .where(LABEL_SERIAL.SMS_CODE.eq(code.value()))
                .fetchOptional(row -> new CodedLabel(row.get(LABEL_SERIAL.SERIAL), row.get(LABEL_SERIAL.VOIDED_AT) != null,
                        row.get(LABEL_BATCH.LEDGER_STATUS) != LabelBatchLedgerStatus.FAILED, row.get(LOT.LOT_NUMBER),
                        row.get(PRODUCT.NAME), row.get(ORGANISATION.NAME), row.get(LOT_RECALL.ID) != null));
    }
}
