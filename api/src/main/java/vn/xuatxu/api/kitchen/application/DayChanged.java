package vn.xuatxu.api.kitchen.application;

import java.time.LocalDate;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;

/**
 * Told after an entry changed a kitchen day (a dish served, a sample kept or destroyed, a delivery), so what
 * depends on the day, the alerts, is brought up to date at once instead of at the next minute's run.
 */
@FunctionalInterface
public interface DayChanged {

    /** Called after the entry was stored; must not throw for the entry's sake. */
    void dayChanged(Kitchen kitchen, LocalDate day);
}
