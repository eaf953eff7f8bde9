package vn.xuatxu.api.passport.label.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.resolver.LabelSerial;
import vn.xuatxu.api.passport.resolver.LabelSerials;
import vn.xuatxu.chaincode.merkle.MerkleTree;

import java.time.Duration;
import java.util.Optional;

/**
 * The resolver's serial lookup, backed by the stored batches: finds the serial's batch, checks it belongs to
 * the scanned lot, and builds the Merkle proof the contract's {@code verifyLabel} checks against the root it
 * holds. A serial in no batch of that lot is unknown, which is what a made-up serial looks like.
 */
@Singleton
final class StoredLabelSerials implements LabelSerials {

    private final DSLContext db;
    private final LabelBatchStore batches;
    private final LotStore lots;
    private final LabelCheckCounts counts;

    StoredLabelSerials(DSLContext db, LabelBatchStore batches, LotStore lots, LabelCheckCounts counts) {
        this.db = db;
        this.batches = batches;
        this.lots = lots;
        this.counts = counts;
    }

    @Override
    public Optional<ScanHistory> countScan(LabelSerial serial, Optional<String> place, Duration jumpWindow) {
        return Optional.of(history(counts.count(db, serial.value(), LabelCheckCounts.Channel.QR, place, jumpWindow)));
    }

    @Override
    public Optional<ScanHistory> scans(LabelSerial serial) {
        return counts.history(db, serial.value()).map(StoredLabelSerials::history);
    }

    private static ScanHistory history(LabelCheckCounts.History history) {
        return new ScanHistory(history.checks(), history.firstCheckedAt(), history.firstPlace(), history.placeJumps());
    }

    @Override
    public Lookup find(Gtin gtin, LotNumber lot, LabelSerial serial) {
        return batches.batchOfSerial(db, serial.value())
                .filter(batch -> lots.byGtinAndNumber(db, gtin, lot).map(LotStore.StoredLot::id)
                        .filter(id -> id == batch.lotId()).isPresent())
                .<Lookup>map(batch -> new Lookup.InBatch(batch.batchId(), MerkleTree.of(batches.serials(db, batch.id())
                        .stream().map(LabelBatchStore.StoredSerial::serial).toList()).proof(serial.value()).toJson()))
                .orElseGet(Lookup.Unknown::new);
    }
}
