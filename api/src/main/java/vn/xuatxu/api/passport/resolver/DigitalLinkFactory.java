package vn.xuatxu.api.passport.resolver;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.gs1.DigitalLink;

/** The Digital Link builder for the configured public base URL (the province's resolver domain). */
@Factory
final class DigitalLinkFactory {

    @Singleton
    DigitalLink digitalLink(@Value("${xuatxu.public-base-url}") String baseUrl) {
        return new DigitalLink(baseUrl);
    }
}
