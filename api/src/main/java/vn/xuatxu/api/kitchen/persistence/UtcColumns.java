package vn.xuatxu.api.kitchen.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import vn.xuatxu.kitchen.KitchenTime;

/**
 * Conversions between the UTC {@code DATETIME(6)} columns and what the rest of the feature uses: instants
 * for entry times, kitchen-local times (Asia/Ho_Chi_Minh) for the times printed on the forms.
 */
final class UtcColumns {

    private UtcColumns() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime ofLocal(LocalDateTime kitchenLocal) {
        return kitchenLocal == null ? null
                : kitchenLocal.atZone(KitchenTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDateTime local(LocalDateTime utc) {
        return utc == null ? null
                : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(KitchenTime.ZONE).toLocalDateTime();
    }
}
