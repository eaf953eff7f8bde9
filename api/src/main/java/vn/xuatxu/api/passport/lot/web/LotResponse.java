package vn.xuatxu.api.passport.lot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.passport.lot.persistence.LotStore;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lot as the API returns it, with its Digital Link and where it stands on the ledger. */
@Serdeable
public record LotResponse(long id, String gtin, String lotNumber, String productName, LocalDate productionDate,
                          @Nullable LocalDate bestBeforeDate, BigDecimal quantity, String unit, String digitalLink,
                          Ledger ledger) {

    /** The ledger status: PENDING until the outbox delivered it, then COMMITTED (or FAILED, with the reason). */
    @Serdeable
    public record Ledger(String status, @Nullable String transactionId, @Nullable Long blockNumber,
                         @Nullable String error) {
    }

    static LotResponse of(LotStore.StoredLot lot, String digitalLink) {
        return new LotResponse(lot.id(), lot.details().gtin().value(), lot.details().lotNumber().value(),
                lot.productName(), lot.details().productionDate(), lot.details().bestBeforeDate().orElse(null),
                new BigDecimal(lot.details().quantity().stripTrailingZeros().toPlainString()), lot.details().unit().name(), digitalLink,
                new Ledger(lot.ledger().status(), lot.ledger().transactionId(), lot.ledger().blockNumber(),
                        lot.ledger().error()));
    }
}
