/**
 * The kitchen day: the day's menu, the three steps (Forms 1–3) and the food samples (Form 5)
 * closed together as one record, with a canonical content hash and an append-only history of
 * amendments.
 *
 * <p>Why: the rules that tie the steps together (every served dish was cooked before it was
 * portioned, and has exactly one sample taken after cooking and before eating) can only be
 * checked on the whole day; and the day is the unit that is published to parents and anchored
 * on the ledger. Anchoring needs a hash that every party can recompute from the same facts, so
 * {@link vn.xuatxu.kitchen.day.KitchenDay#canonicalText()} defines one exact text for a day.
 * A recorded day is never overwritten: {@link vn.xuatxu.kitchen.day.KitchenDayHistory} keeps
 * every version with who changed it, when and why (reference rule §5.21).
 */
package vn.xuatxu.kitchen.day;
