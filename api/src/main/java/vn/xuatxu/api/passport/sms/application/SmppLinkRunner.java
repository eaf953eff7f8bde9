package vn.xuatxu.api.passport.sms.application;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Opens every {@link SmppLink} bean when the server has started, with {@link SmsChecks#answer} as its
 * handler, and closes them at shutdown. With no link configured (the usual case: a gateway app calls the
 * webhook instead) it does nothing.
 */
@Singleton
final class SmppLinkRunner implements ApplicationEventListener<ServerStartupEvent> {

    private final List<SmppLink> links;
    private final SmsChecks checks;

    SmppLinkRunner(List<SmppLink> links, SmsChecks checks) {
        this.links = links;
        this.checks = checks;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        links.forEach(link -> link.open(checks::answer));
    }

    @PreDestroy
    void close() {
        links.forEach(SmppLink::close);
    }
}
