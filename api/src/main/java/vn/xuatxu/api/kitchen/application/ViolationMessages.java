package vn.xuatxu.api.kitchen.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Violation;
import vn.xuatxu.kitchen.day.DayViolation;
import vn.xuatxu.kitchen.inspection.InspectionViolation;
import vn.xuatxu.kitchen.sample.SampleViolation;

/**
 * Says in the reader's language what a domain rule refused. The school-kitchen module reports violations as
 * typed values with English developer messages; kitchen staff and inspectors need the same facts in their
 * language, with the rule's reference (e.g. "§5.4") so a refusal can be traced to Decision 1246. Each kind of
 * violation is one {@code kitchen.violation.*} page-words key; the words are chosen when the refusal is answered.
 */
public final class ViolationMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private ViolationMessages() {
    }

    /** One sentence for one violation, with the rule it breaks. */
    public static PageText of(Violation v) {
        return PageText.of("kitchen.violation.withRule", text(v), v.rule().reference());
    }

    /** All violations as one text, each once, in order. */
    public static PageText of(List<? extends Violation> violations) {
        LinkedHashSet<PageText> lines = new LinkedHashSet<>();
        violations.forEach(v -> lines.add(of(v)));
        return PageText.of("kitchen.violation.joined", List.copyOf(lines));
    }

    /** The refusal to throw for a rejected entry. */
    public static ProblemException.InvalidInput refusal(String field, List<? extends Violation> violations) {
        return new ProblemException.InvalidInput(field, of(violations));
    }

    private static PageText text(Violation v) {
        if (v instanceof InspectionViolation i) {
            return inspection(i);
        }
        if (v instanceof SampleViolation s) {
            return sample(s);
        }
        if (v instanceof DayViolation d) {
            return day(d);
        }
        return other(v);
    }

    private static PageText other(Violation v) {
        return PageText.of("kitchen.violation.other", v.message());
    }

    private static PageText inspection(InspectionViolation v) {
        if (v instanceof InspectionViolation.IncompleteHeader h) {
            return PageText.of("kitchen.violation.incompleteHeader", h.form().code(), h.field());
        } else if (v instanceof InspectionViolation.MissingField m) {
            return PageText.of("kitchen.violation.missingFormField", m.form().code(), m.row(), m.column());
        } else if (v instanceof InspectionViolation.ActionMissing a) {
            return PageText.of("kitchen.violation.actionMissing", a.form().code(), a.row());
        } else if (v instanceof InspectionViolation.FailedFoodAccepted f) {
            return PageText.of("kitchen.violation.failedFoodAccepted", f.form().code(), f.row());
        } else if (v instanceof InspectionViolation.ExpiredFoodAccepted e) {
            return PageText.of("kitchen.violation.expiredFoodAccepted", e.row());
        } else if (v instanceof InspectionViolation.AnimalPapersMissing p) {
            return PageText.of("kitchen.violation.animalPapersMissing", p.row(), p.column());
        } else if (v instanceof InspectionViolation.RowOutOfSequence r) {
            return PageText.of("kitchen.violation.rowOutOfSequence", r.form().code(), r.expected());
        } else if (v instanceof InspectionViolation.FailedIngredientUsed f) {
            return PageText.of("kitchen.violation.failedIngredientUsed", f.row());
        } else if (v instanceof InspectionViolation.UnknownIngredient u) {
            return PageText.of("kitchen.violation.unknownIngredient", u.row());
        } else if (v instanceof InspectionViolation.TimesOutOfOrder t) {
            return PageText.of("kitchen.violation.timesOutOfOrder", t.form().code(), t.row(), t.earlier(),
                    TIME.format(t.earlierAt()), t.later(), TIME.format(t.laterAt()));
        } else if (v instanceof InspectionViolation.MenuDeviationNotNoted m) {
            return PageText.of("kitchen.violation.menuDeviationNotNoted", m.dishName(), meal(m.meal()));
        }
        return other(v);
    }

    private static PageText sample(SampleViolation v) {
        if (v instanceof SampleViolation.BelowMinimum b) {
            return PageText.of(b.kind().liquid() ? "kitchen.violation.belowMinimumLiquid"
                            : "kitchen.violation.belowMinimumSolid", b.dishName(), amount(b.amount().value()),
                    b.amount().unit().symbol(), amount(b.minimum().value()), b.minimum().unit().symbol());
        } else if (v instanceof SampleViolation.WrongUnit w) {
            return PageText.of("kitchen.violation.wrongUnit", w.dishName(), w.required().symbol(), w.given().symbol());
        } else if (v instanceof SampleViolation.NotSealed n) {
            return PageText.of("kitchen.violation.notSealed", n.dishName());
        } else if (v instanceof SampleViolation.StorageTemperatureOutOfRange t) {
            return PageText.of("kitchen.violation.storageTemperature", amount(t.celsius()), amount(t.minimum()),
                    amount(t.maximum()));
        } else if (v instanceof SampleViolation.TemperatureNoteMissing t) {
            return PageText.of("kitchen.violation.temperatureNoteMissing", t.sampleId(), amount(t.celsius()));
        } else if (v instanceof SampleViolation.MissingSignature m) {
            return PageText.of("kitchen.violation.missingSignature", m.role().toLowerCase(Locale.ROOT));
        } else if (v instanceof SampleViolation.StorerNotConfirmed s) {
            return PageText.of("kitchen.violation.storerNotConfirmed", s.sampleId());
        } else if (v instanceof SampleViolation.MissingField m) {
            return PageText.of("kitchen.violation.missingField", m.column());
        } else if (v instanceof SampleViolation.RetentionNotElapsed r) {
            return PageText.of("kitchen.violation.retentionNotElapsed", r.sampleId(), TIME.format(r.takenAt()),
                    TIME.format(r.earliest()));
        } else if (v instanceof SampleViolation.UnderHold h) {
            return PageText.of("kitchen.violation.underHold", h.sampleId(), String.join(", ", h.holdIds()));
        } else if (v instanceof SampleViolation.MissingReleaseReference r) {
            return PageText.of("kitchen.violation.missingReleaseReference", r.holdId());
        } else if (v instanceof SampleViolation.UnknownHold u) {
            return PageText.of("kitchen.violation.unknownHold", u.holdId());
        } else if (v instanceof SampleViolation.UnknownSample u) {
            return PageText.of("kitchen.violation.unknownSample", u.sampleId());
        } else if (v instanceof SampleViolation.AlreadyDestroyed a) {
            return PageText.of("kitchen.violation.alreadyDestroyed", a.sampleId());
        } else if (v instanceof SampleViolation.TakenInFuture f) {
            return PageText.of("kitchen.violation.takenInFuture", TIME.format(f.takenAt()));
        } else if (v instanceof SampleViolation.DuplicateSample d) {
            return PageText.of("kitchen.violation.duplicateSample", d.dishName(), d.existing());
        } else if (v instanceof SampleViolation.NoRulesInForce n) {
            return PageText.of("kitchen.violation.noRulesInForce", n.date());
        }
        return other(v);
    }

    private static PageText day(DayViolation v) {
        if (v instanceof DayViolation.WrongDay w) {
            return PageText.of("kitchen.violation.wrongDay", w.part(), w.found(), w.expected());
        } else if (v instanceof DayViolation.DishNotCooked d) {
            return PageText.of("kitchen.violation.dishNotCooked", d.dishName(), meal(d.meal()));
        } else if (v instanceof DayViolation.PortionedBeforeCooked p) {
            return PageText.of("kitchen.violation.portionedBeforeCooked", p.dishName(),
                    TIME.format(p.portioningFinishedAt()), TIME.format(p.cookingFinishedAt()));
        } else if (v instanceof DayViolation.SampleMissing s) {
            return PageText.of("kitchen.violation.sampleMissing", s.dishName(), meal(s.meal()));
        } else if (v instanceof DayViolation.SampleDuplicated s) {
            return PageText.of("kitchen.violation.sampleDuplicated", s.dishName(), meal(s.meal()));
        } else if (v instanceof DayViolation.SampleWithoutDish s) {
            return PageText.of("kitchen.violation.sampleWithoutDish", s.sampleId(), s.dishName());
        } else if (v instanceof DayViolation.SampledAfterEatingStarted s) {
            return PageText.of("kitchen.violation.sampledAfterEatingStarted", s.sampleId(), TIME.format(s.takenAt()),
                    TIME.format(s.eatingStartsAt()));
        } else if (v instanceof DayViolation.SampledBeforeCooked s) {
            return PageText.of("kitchen.violation.sampledBeforeCooked", s.sampleId(), TIME.format(s.takenAt()),
                    TIME.format(s.cookingFinishedAt()));
        } else if (v instanceof DayViolation.AmendmentReasonMissing) {
            return PageText.of("kitchen.violation.amendmentReasonMissing");
        } else if (v instanceof DayViolation.AmendmentChangesNothing) {
            return PageText.of("kitchen.violation.amendmentChangesNothing");
        } else if (v instanceof DayViolation.AmendmentUnsigned) {
            return PageText.of("kitchen.violation.amendmentUnsigned");
        }
        return other(v);
    }

    /** The meal's name in the reader's language ({@code kitchen.meal.*}, the same words as {@link Meal#label()}). */
    private static PageText meal(Meal meal) {
        return PageText.of("kitchen.meal." + meal.name());
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String time(LocalDateTime value) {
        return TIME.format(value);
    }
}
