package vn.xuatxu.kitchen;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The result of an entry that the food-safety rules may refuse: either the accepted value or the
 * list of rules it breaks.
 *
 * <p>Why not an exception: refusing a 90 g sample or an unsigned destruction is an ordinary
 * answer in a kitchen, not an error in the program; making it a return type forces every
 * caller (tablet page, PDF export, ledger anchoring) to handle it.
 *
 * @param <T> the type of the accepted value
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    /**
     * The entry satisfied every rule.
     *
     * @param value the accepted value
     */
    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The entry broke at least one rule and nothing was recorded.
     *
     * @param violations the broken rules, never empty
     */
    record Rejected<T>(List<Violation> violations) implements Outcome<T> {
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("A rejection needs at least one violation");
            }
        }
    }

    /** Accepts the value built by {@code value} if {@code violations} is empty, else rejects. */
    static <T> Outcome<T> of(List<? extends Violation> violations, Supplier<T> value) {
        if (violations.isEmpty()) {
            return new Accepted<>(value.get());
        }
        return new Rejected<>(List.copyOf(violations));
    }

    /** True when the entry was accepted. */
    default boolean accepted() {
        return this instanceof Accepted;
    }

    /** The broken rules; empty when accepted. */
    default List<Violation> violations() {
        if (this instanceof Rejected<T> rejected) {
            return rejected.violations();
        }
        return List.of();
    }

    /** The accepted value, or a {@link RuleViolationException} carrying the violations. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw new RuleViolationException(violations());
    }
}
