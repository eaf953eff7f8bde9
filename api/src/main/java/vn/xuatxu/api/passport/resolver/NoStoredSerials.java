package vn.xuatxu.api.passport.resolver;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

/**
 * The {@link LabelSerials} in use while serials are not stored in the database yet: it knows no serial,
 * so scans of serialised labels show the lot with a "could not be verified" note. This is a placeholder,
 * deliberately: a store backed by the label batch tables replaces it by simply being a bean.
 */
@Singleton
@Secondary
final class NoStoredSerials implements LabelSerials {

    @Override
    public Lookup find(Gtin gtin, LotNumber lot, LabelSerial serial) {
        return new Lookup.Unknown();
    }
}
