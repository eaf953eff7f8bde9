package vn.xuatxu.kitchen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Outcome#orElseThrow()} when a caller chose to treat a refused entry as a
 * failure (for example a batch import that must be all-or-nothing).
 *
 * <p>Why it carries the violations: the caller needs the rule and the row to report back, not a
 * message string to parse.
 */
public final class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Creates the exception for the given, non-empty list of violations. */
    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.rule().reference() + " " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** The rules that were broken. */
    public List<Violation> violations() {
        return violations;
    }
}
