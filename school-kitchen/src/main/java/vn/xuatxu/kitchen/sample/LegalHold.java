package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;

/**
 * A hold on samples because food poisoning is suspected or an authority asked for them.
 *
 * <p>Why: Decision 1246/QĐ-BYT forbids destroying samples in that case until told otherwise;
 * the samples are the evidence (reference rules §5.2–5.3).
 *
 * @param holdId   the hold's id, e.g. the incident number
 * @param reason   why, e.g. "nghi ngộ độc thực phẩm sau bữa trưa 23/11"
 * @param placedAt when it was placed (server time)
 * @param placedBy who placed it
 */
public record LegalHold(String holdId, String reason, LocalDateTime placedAt, String placedBy) {
}
