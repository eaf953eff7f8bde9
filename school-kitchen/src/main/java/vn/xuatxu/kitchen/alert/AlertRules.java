package vn.xuatxu.kitchen.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.xuatxu.kitchen.sample.SampleRetentionPolicy;

/**
 * The alert rules over one day. Deterministic: the same snapshot and the same "now" give the same alerts, so the
 * application can evaluate a day as often as it likes and keep only what changed.
 */
public final class AlertRules {

    /** A dish served that day: its name and when eating started. */
    public record Served(String dish, LocalTime eatingStartsAt) {
        public Served {
            Objects.requireNonNull(dish, "dish");
            Objects.requireNonNull(eatingStartsAt, "eatingStartsAt");
        }
    }

    /** A reading of a sample fridge. */
    public record FridgeReading(String fridge, BigDecimal celsius, LocalDateTime readAt) {
        public FridgeReading {
            Objects.requireNonNull(fridge, "fridge");
            Objects.requireNonNull(celsius, "celsius");
            Objects.requireNonNull(readAt, "readAt");
        }
    }

    /** A lot the kitchen holds or is receiving that was recalled. */
    public record RecalledLot(String product, String lotNumber, String reason) {
        public RecalledLot {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(lotNumber, "lotNumber");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What the rules look at.
     *
     * @param day            the kitchen day
     * @param served         dishes served (Form 3 rows standing)
     * @param sampledDishes  names of the dishes a sample was kept of (Form 4)
     * @param readings       sample fridge readings of the day
     * @param closed         whether the day's book has been closed (signed)
     * @param recalledLots   recalled lots the kitchen holds or is receiving
     */
    public record Snapshot(LocalDate day, List<Served> served, Set<String> sampledDishes, List<FridgeReading> readings,
                           boolean closed, List<RecalledLot> recalledLots) {
        public Snapshot {
            Objects.requireNonNull(day, "day");
            served = List.copyOf(served);
            sampledDishes = Set.copyOf(sampledDishes);
            readings = List.copyOf(readings);
            recalledLots = List.copyOf(recalledLots);
        }
    }

    /**
     * How long after eating starts a dish without a recorded sample becomes an alert. The sample is taken before
     * serving, but often typed in a little later; an SMS to the principal for a sample entered five minutes late
     * would teach everyone to ignore the alerts.
     */
    public static final java.time.Duration SAMPLE_GRACE = java.time.Duration.ofMinutes(30);

    private final LocalTime closingDeadline;
    private final SampleRetentionPolicy policy;

    private AlertRules(LocalTime closingDeadline, SampleRetentionPolicy policy) {
        this.closingDeadline = Objects.requireNonNull(closingDeadline, "closingDeadline");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The rules with the day to be closed by {@code closingDeadline} and the storage range of {@code policy}. */
    public static AlertRules of(LocalTime closingDeadline, SampleRetentionPolicy policy) {
        return new AlertRules(closingDeadline, policy);
    }

    /** The alerts standing at {@code now} (kitchen local time). */
    public List<KitchenAlert> evaluate(Snapshot day, LocalDateTime now) {
        List<KitchenAlert> alerts = new ArrayList<>();
        for (Served served : day.served()) {
            boolean overdue = !now.isBefore(day.day().atTime(served.eatingStartsAt()).plus(SAMPLE_GRACE));
            if (overdue && !day.sampledDishes().contains(served.dish())) {
                alerts.add(new KitchenAlert.DishServedWithoutSample(served.dish(), served.eatingStartsAt()));
            }
        }
        for (FridgeReading reading : day.readings()) {
            if (reading.celsius().compareTo(policy.minimumStorageCelsius()) < 0
                    || reading.celsius().compareTo(policy.maximumStorageCelsius()) > 0) {
                alerts.add(new KitchenAlert.FridgeOutOfRange(reading.fridge(), reading.celsius(), reading.readAt(),
                        policy.minimumStorageCelsius(), policy.maximumStorageCelsius()));
            }
        }
        for (RecalledLot lot : day.recalledLots()) {
            alerts.add(new KitchenAlert.ReceivedLotRecalled(lot.product(), lot.lotNumber(), lot.reason()));
        }
        boolean cooked = !day.served().isEmpty();
        if (cooked && !day.closed() && !now.isBefore(day.day().atTime(closingDeadline))) {
            alerts.add(new KitchenAlert.DayNotClosed(day.day(), closingDeadline));
        }
        return alerts;
    }
}
