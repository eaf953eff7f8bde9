package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Where the resolver learns which label batch a scanned serial belongs to, and the Merkle proof that lets
 * the contract's {@code verifyLabel} decide "issued", "voided" or "not issued". The ledger never sees the
 * serials themselves, only each batch's Merkle root, so the proof must come from the label store.
 *
 * <p>The label batches feature owns that store. Until it plugs in an implementation (a {@code @Singleton}
 * of this interface replaces {@link NoStoredSerials}, which is {@code @Secondary}), every serial is
 * {@link Lookup.Unknown} and the page says plainly that the serial could not be verified.
 */
public interface LabelSerials {

    /** What the label store knows about a serial. */
    sealed interface Lookup {
        /** The serial is in {@code batchId}; {@code proofJson} is its Merkle proof for {@code verifyLabel}. */
        record InBatch(String batchId, String proofJson) implements Lookup {
        }

        /** No stored batch of the lot holds this serial: with no proof, the ledger cannot be asked. */
        record Unknown() implements Lookup {
        }
    }

    /**
     * How often a label was checked, by QR scan or SMS, and where it was first scanned.
     *
     * @param firstCheckedAt UTC
     * @param firstPlace     coarse place (a province or a country) of the first scan, when it was known
     * @param placeJumps     scans from another place than the scan before, soon after it
     */
    record ScanHistory(int checks, LocalDateTime firstCheckedAt, Optional<String> firstPlace, int placeJumps) {
    }

    Lookup find(Gtin gtin, LotNumber lot, LabelSerial serial);

    /**
     * Counts a QR scan of an issued serial on the label's check counter, which SMS checks share (a copied
     * label is copied with its QR code and its SMS code), and returns the history with it. A scan from
     * another place than the previous one within {@code jumpWindow} counts as a place jump. Stores without
     * a counter count nothing.
     */
    default Optional<ScanHistory> countScan(LabelSerial serial, Optional<String> place, Duration jumpWindow) {
        return Optional.empty();
    }

    /** The history without counting: a repeat scan from the same address is not a new buyer. */
    default Optional<ScanHistory> scans(LabelSerial serial) {
        return Optional.empty();
    }
}
