package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;

/**
 * The lifting of a {@link LegalHold}.
 *
 * <p>Why a reference is required: a hold is lifted on the word of the investigating authority;
 * the document or message saying so is the only proof the kitchen did not lift it alone
 * (reference rule §5.2).
 *
 * @param holdId           the hold lifted
 * @param releaseReference the authority's document or message reference
 * @param releasedAt       when (server time)
 * @param releasedBy       who recorded it
 */
public record HoldRelease(String holdId, String releaseReference, LocalDateTime releasedAt, String releasedBy) {
}
