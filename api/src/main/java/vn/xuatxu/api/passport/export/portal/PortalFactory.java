package vn.xuatxu.api.passport.export.portal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.application.PortalSettings;

import java.net.URI;
import java.time.Clock;

/** Creates the HTTPS push adapter when {@code xuatxu.portal.enabled} is true. */
@Factory
final class PortalFactory {

    @Singleton
    @Requires(property = "xuatxu.portal.enabled", value = "true")
    PassportPortal httpsPortal(PortalSettings settings, Clock clock) {
        if (settings.getUrl() == null || settings.getUrl().isBlank()) {
            throw new IllegalStateException("xuatxu.portal.enabled is true but xuatxu.portal.url is not set");
        }
        return new HttpsPassportPortal(URI.create(settings.getUrl()), settings.getToken(), settings.getConnectTimeout(),
                settings.getRequestTimeout(), settings.getMaxAttempts(), settings.getInitialBackoff(),
                settings.getMaxBackoff(), clock, duration -> Thread.sleep(duration.toMillis()));
    }
}
