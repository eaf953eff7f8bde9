package vn.xuatxu.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.gs1.LotNumber;

/** Prints where the demo runs, its logins and its demo passport, once the server listens. */
@Singleton
@Requires(property = "xuatxu.demo", value = "true")
final class DemoBanner implements ApplicationEventListener<ServerStartupEvent> {

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String base = "http://localhost:" + event.getSource().getPort();
        StringBuilder banner = new StringBuilder()
                .append("\n==================== Xuất Xứ · chế độ demo / demo mode ====================\n")
                .append("  Máy chủ / server:      ").append(base).append('\n')
                .append("  Hộ chiếu demo / demo passport: ").append(base)
                .append(DigitalLink.lotPath(DemoData.demoGtin(), new LotNumber(DemoData.DEMO_LOT))).append('\n')
                .append("  Tài khoản demo / demo logins (POST ").append(base).append("/api/v1/auth/login):\n");
        DemoData.LOGINS.forEach(login -> banner.append(String.format("    %-14s %-22s %s%n", login.username(),
                login.password(), login.who())));
        banner.append("===========================================================================\n");
        System.out.println(banner);
    }
}
