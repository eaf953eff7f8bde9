package vn.xuatxu.kitchen.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;

/**
 * The kitchen's book of retained samples, Form 5 of Decision 1246/QĐ-BYT ("Mẫu biểu theo dõi
 * lưu và hủy mẫu thức ăn lưu"), and the only way to create or change a {@link FoodSample}.
 *
 * <p>Why the rules sit here: each one protects the evidence a food-poisoning investigation needs.
 * <ul>
 *   <li>{@link #take}: at least 100 g (solid dishes, ready-to-eat vegetables and fruit) or
 *       150 ml (liquid dishes), weighed in g or measured in ml; lidded and sealed; stored at
 *       2–8 °C; signed by sampler and storer; one kept sample per dish and meal; not in the
 *       future (rules §5.4, 5.5, 5.6, 5.9, 5.10, 5.12).</li>
 *   <li>{@link #destroy}: not before the minimum retention (24 h from the time taken) has passed
 *       by the server clock; never while a hold is on; only with the destroyer's signature and
 *       the storer's confirmation; an out-of-range fridge reading needs a note (§5.1, 5.2, 5.9,
 *       5.10).</li>
 *   <li>{@link #placeHold}: always succeeds, for every kept sample taken in a date range, because
 *       nothing may delay protecting evidence (§5.3).</li>
 *   <li>{@link #releaseHold}: only with the authority's reference (§5.2).</li>
 * </ul>
 * Nothing is overwritten: every change appends a new version of the sample, visible through
 * {@link #history}. Times of holds, releases and destructions come from the register's clock.
 */
public interface SampleRegister {

    /**
     * Creates an empty register.
     *
     * @param clock    the server clock; "now" for retention and record times
     * @param policies the versions of the sample rules
     */
    static SampleRegister create(Clock clock, RetentionPolicyHistory policies) {
        return new AppendOnlySampleRegister(clock, policies);
    }

    /** Records a sample taken and stored, or refuses it with every broken rule. */
    Outcome<FoodSample> take(SampleEntry entry);

    /** Destroys a kept sample, or refuses with every broken rule. */
    Outcome<FoodSample> destroy(SampleId sampleId, DestructionRequest request);

    /**
     * Places a hold on every kept sample taken between {@code from} and {@code to}, inclusive,
     * in either order. Never refused.
     *
     * @return the held samples (possibly none)
     */
    List<FoodSample> placeHold(String holdId, String reason, Signature placedBy, LocalDate from, LocalDate to);

    /** Releases a hold on every sample it covers, or refuses without the authority's reference. */
    Outcome<List<FoodSample>> releaseHold(String holdId, String releaseReference, Signature releasedBy);

    /** The current version of a sample. */
    Optional<FoodSample> find(SampleId sampleId);

    /** Every version of a sample, oldest first. */
    List<FoodSample> history(SampleId sampleId);

    /** The current versions of the samples taken on a day, in register order. */
    List<FoodSample> takenOn(LocalDate date);

    /** The current version of every row, in register order (Form 5 column TT). */
    List<FoodSample> rows();
}
