package vn.xuatxu.kitchen.day;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.xuatxu.kitchen.Signature;

/**
 * One recorded version of a kitchen day.
 *
 * <p>Why versions and not updates: a signed record is read-only; a correction is a new version
 * with who made it, when and why, and the original stays visible to inspectors (reference rule
 * §5.21). {@link #versionHash()} chains each version to the one before, so anchoring the latest
 * version also fixes the whole history.
 *
 * @param number       1 for the first record, then 2, 3 …
 * @param day          the day's content at this version
 * @param previous     the version hash of the version before, if any
 * @param recordedAt   server time of recording
 * @param recordedBy   who recorded or amended it
 * @param reason       why it was amended; empty for version 1
 */
public record DayVersion(int number, KitchenDay day, Optional<ContentHash> previous, LocalDateTime recordedAt,
                         Signature recordedBy, Optional<String> reason) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public DayVersion {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(reason, "reason");
    }

    /** The content hash of the day at this version. */
    public ContentHash contentHash() {
        return day.contentHash();
    }

    /**
     * SHA-256 over the canonical JSON (same rules as {@link KitchenDay#canonicalText()}) of this
     * version's number, content hash, previous version hash, recording time, signer id and
     * reason.
     */
    public ContentHash versionHash() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("schema", "vn.xuatxu.kitchen.day-version/1");
        v.put("date", day.date().toString());
        v.put("number", number);
        v.put("contentHash", day.contentHash().hex());
        v.put("previous", previous.map(ContentHash::hex).orElse(null));
        v.put("recordedAt", DATE_TIME.format(recordedAt));
        v.put("recordedBy", recordedBy.signerId());
        v.put("reason", reason.orElse(null));
        return ContentHash.sha256(CanonicalJson.write(v));
    }
}
