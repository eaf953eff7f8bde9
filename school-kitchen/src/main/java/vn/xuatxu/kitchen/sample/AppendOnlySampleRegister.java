package vn.xuatxu.kitchen.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.Signature;
import vn.xuatxu.kitchen.menu.Dish;
import vn.xuatxu.kitchen.menu.DishKind;

/** A register held in memory; each sample's versions are appended, never replaced. */
final class AppendOnlySampleRegister implements SampleRegister {

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Clock clock;
    private final RetentionPolicyHistory policies;
    private final Map<SampleId, List<FoodSample>> versions = new LinkedHashMap<>();

    AppendOnlySampleRegister(Clock clock, RetentionPolicyHistory policies) {
        this.clock = clock;
        this.policies = policies;
    }

    @Override
    public synchronized Outcome<FoodSample> take(SampleEntry entry) {
        List<SampleViolation> violations = new ArrayList<>();
        LocalDateTime now = KitchenTime.now(clock);
        if (entry.dish() == null) {
            violations.add(new SampleViolation.MissingField("Tên mẫu thức ăn"));
        }
        if (entry.meal() == null) {
            violations.add(new SampleViolation.MissingField("Bữa ăn (giờ ăn)"));
        }
        if (entry.servings() < 1) {
            violations.add(new SampleViolation.MissingField("Số lượng suất ăn"));
        }
        if (entry.storagePlace() == null || entry.storagePlace().isBlank()) {
            violations.add(new SampleViolation.MissingField("Nơi lưu mẫu"));
        }
        if (entry.sampler() == null) {
            violations.add(new SampleViolation.MissingSignature("Người lấy mẫu"));
        }
        if (entry.storer() == null) {
            violations.add(new SampleViolation.MissingSignature("Người lưu mẫu"));
        }
        String dishName = entry.dish() == null ? "?" : entry.dish().name();
        if (entry.container() == null || entry.container().type() == null || entry.container().type().isBlank()) {
            violations.add(new SampleViolation.MissingField("Dụng cụ chứa mẫu thức ăn lưu"));
        } else if (!entry.container().lidded() || !entry.container().sealed()) {
            violations.add(new SampleViolation.NotSealed(dishName));
        }
        Optional<SampleRetentionPolicy> policy = Optional.empty();
        if (entry.takenAt() == null) {
            violations.add(new SampleViolation.MissingField("Thời gian lấy mẫu"));
        } else {
            if (entry.takenAt().isAfter(now)) {
                violations.add(new SampleViolation.TakenInFuture(entry.takenAt(), now));
            }
            policy = policies.policyOn(entry.takenAt().toLocalDate());
            if (policy.isEmpty()) {
                violations.add(new SampleViolation.NoRulesInForce(entry.takenAt().toLocalDate()));
            }
        }
        if (policy.isPresent()) {
            checkAmount(policy.get(), entry, violations);
            checkStorage(policy.get(), entry.storageReading(), violations);
        }
        if (entry.dish() != null && entry.meal() != null && entry.takenAt() != null) {
            keptSampleOf(entry.takenAt().toLocalDate(), entry).ifPresent(existing ->
                    violations.add(new SampleViolation.DuplicateSample(dishName, existing.id())));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected<>(List.copyOf(violations));
        }
        LocalDate day = entry.takenAt().toLocalDate();
        SampleId id = new SampleId("MAU-" + day.format(ID_DATE) + "-"
                + String.format("%02d", takenOn(day).size() + 1));
        FoodSample sample = new FoodSample(id, versions.size() + 1, entry, policy.get());
        List<FoodSample> history = new ArrayList<>();
        history.add(sample);
        versions.put(id, history);
        return new Outcome.Accepted<>(sample);
    }

    private static void checkAmount(SampleRetentionPolicy policy, SampleEntry entry, List<SampleViolation> violations) {
        if (entry.dish() == null) {
            return;
        }
        if (entry.amount() == null) {
            violations.add(new SampleViolation.MissingField("Khối lượng / thể tích mẫu"));
            return;
        }
        DishKind kind = entry.dish().kind();
        SampleUnit required = policy.unitFor(kind);
        if (entry.amount().unit() != required) {
            violations.add(new SampleViolation.WrongUnit(entry.dish().name(), kind, entry.amount().unit(), required));
            return;
        }
        SampleAmount minimum = policy.minimumFor(kind);
        if (entry.amount().value().compareTo(minimum.value()) < 0) {
            violations.add(new SampleViolation.BelowMinimum(entry.dish().name(), kind, entry.amount(), minimum));
        }
    }

    private static void checkStorage(SampleRetentionPolicy policy, TemperatureReading reading,
                                     List<SampleViolation> violations) {
        if (reading == null) {
            violations.add(new SampleViolation.MissingField("Nhiệt độ bảo quản mẫu (°C)"));
        } else if (!policy.storageTemperatureAllowed(reading.celsius())) {
            violations.add(new SampleViolation.StorageTemperatureOutOfRange(reading.celsius(),
                    policy.minimumStorageCelsius(), policy.maximumStorageCelsius()));
        }
    }

    private Optional<FoodSample> keptSampleOf(LocalDate day, SampleEntry entry) {
        return takenOn(day).stream()
                .filter(FoodSample::kept)
                .filter(s -> s.meal().equals(entry.meal()))
                .filter(s -> Dish.key(s.dish().name()).equals(Dish.key(entry.dish().name())))
                .findFirst();
    }

    @Override
    public synchronized Outcome<FoodSample> destroy(SampleId sampleId, DestructionRequest request) {
        Optional<FoodSample> found = find(sampleId);
        if (found.isEmpty()) {
            return new Outcome.Rejected<>(List.of(new SampleViolation.UnknownSample(sampleId)));
        }
        FoodSample sample = found.get();
        if (!sample.kept()) {
            return new Outcome.Rejected<>(List.of(new SampleViolation.AlreadyDestroyed(sampleId)));
        }
        List<SampleViolation> violations = new ArrayList<>();
        LocalDateTime now = KitchenTime.now(clock);
        List<LegalHold> active = sample.activeHolds();
        if (!active.isEmpty()) {
            violations.add(new SampleViolation.UnderHold(sampleId, active.stream().map(LegalHold::holdId).toList()));
        }
        LocalDateTime earliest = sample.earliestDestruction();
        if (now.isBefore(earliest)) {
            violations.add(new SampleViolation.RetentionNotElapsed(sampleId, sample.takenAt(), earliest, now));
        }
        if (request.destroyer() == null) {
            violations.add(new SampleViolation.MissingSignature("Người hủy mẫu"));
        }
        if (request.storerConfirmation() == null) {
            violations.add(new SampleViolation.MissingSignature("Người lưu mẫu"));
        } else if (!request.storerConfirmation().sameSignerAs(sample.storer())) {
            violations.add(new SampleViolation.StorerNotConfirmed(sampleId, sample.storer().signerId(),
                    request.storerConfirmation().signerId()));
        }
        boolean alert = false;
        if (request.finalReading() == null) {
            violations.add(new SampleViolation.MissingField("Nhiệt độ bảo quản mẫu khi hủy (°C)"));
        } else if (!sample.policy().storageTemperatureAllowed(request.finalReading().celsius())) {
            alert = true;
            if (request.note() == null || request.note().isBlank()) {
                violations.add(new SampleViolation.TemperatureNoteMissing(sampleId, request.finalReading().celsius()));
            }
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected<>(List.copyOf(violations));
        }
        Destruction destruction = new Destruction(now, request.destroyer(), request.storerConfirmation(),
                request.finalReading(), request.note(), alert);
        return new Outcome.Accepted<>(append(sample.withDestruction(destruction)));
    }

    @Override
    public synchronized List<FoodSample> placeHold(String holdId, String reason, Signature placedBy,
                                                   LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        LegalHold hold = new LegalHold(holdId, reason, KitchenTime.now(clock),
                placedBy == null ? "" : placedBy.signerId());
        List<FoodSample> held = new ArrayList<>();
        for (FoodSample sample : rows()) {
            LocalDate day = sample.takenAt().toLocalDate();
            boolean inRange = !day.isBefore(first) && !day.isAfter(last);
            boolean alreadyHeld = sample.activeHolds().stream().anyMatch(h -> h.holdId().equals(holdId));
            if (inRange && sample.kept() && !alreadyHeld) {
                held.add(append(sample.withHold(hold)));
            }
        }
        return List.copyOf(held);
    }

    @Override
    public synchronized Outcome<List<FoodSample>> releaseHold(String holdId, String releaseReference,
                                                             Signature releasedBy) {
        if (releaseReference == null || releaseReference.isBlank()) {
            return new Outcome.Rejected<>(List.of(new SampleViolation.MissingReleaseReference(holdId)));
        }
        if (releasedBy == null) {
            return new Outcome.Rejected<>(List.of(new SampleViolation.MissingSignature("Người ghi nhận dỡ phong tỏa")));
        }
        List<FoodSample> covered = rows().stream()
                .filter(s -> s.activeHolds().stream().anyMatch(h -> h.holdId().equals(holdId)))
                .toList();
        if (covered.isEmpty()) {
            return new Outcome.Rejected<>(List.of(new SampleViolation.UnknownHold(holdId)));
        }
        HoldRelease release = new HoldRelease(holdId, releaseReference, KitchenTime.now(clock), releasedBy.signerId());
        List<FoodSample> released = new ArrayList<>();
        for (FoodSample sample : covered) {
            released.add(append(sample.withRelease(release)));
        }
        return new Outcome.Accepted<>(List.copyOf(released));
    }

    private FoodSample append(FoodSample next) {
        versions.get(next.id()).add(next);
        return next;
    }

    @Override
    public synchronized Optional<FoodSample> find(SampleId sampleId) {
        List<FoodSample> history = versions.get(sampleId);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public synchronized List<FoodSample> history(SampleId sampleId) {
        return List.copyOf(versions.getOrDefault(sampleId, List.of()));
    }

    @Override
    public synchronized List<FoodSample> takenOn(LocalDate date) {
        return rows().stream().filter(s -> s.takenAt().toLocalDate().equals(date)).toList();
    }

    @Override
    public synchronized List<FoodSample> rows() {
        return versions.values().stream().map(h -> h.get(h.size() - 1)).toList();
    }
}
