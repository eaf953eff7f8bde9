package vn.xuatxu.api.passport.export;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.portal.HttpsPassportPortal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The portal contract held by the HTTPS adapter against a fake portal on loopback. */
class HttpsPassportPortalContractTest extends PassportPortalContractTest {

    private final List<Duration> pauses = new ArrayList<>();

    @Override
    Fixture fixture() {
        FakePortalServer server;
        try {
            server = new FakePortalServer("secret-token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpsPassportPortal portal = new HttpsPassportPortal(server.uri(), "secret-token", Duration.ofSeconds(2),
                Duration.ofSeconds(5), MAX_ATTEMPTS, Duration.ofMillis(10), Duration.ofMillis(25), Clock.systemUTC(),
                pauses::add);
        return Fixture.of(portal, server, server::close);
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        try (Fixture fixture = fixture()) {
            fixture.failNext(100);
            fixture.portal().push(new PassportPortal.Batch("b5", List.of(row(5))));
            assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(25)), pauses);
        }
    }

    @Test
    void aPortalThatCannotBeReachedIsUnreachableNotAnException() throws IOException {
        FakePortalServer closed = new FakePortalServer("t");
        URI uri = closed.uri();
        closed.close();
        HttpsPassportPortal portal = new HttpsPassportPortal(uri, "t", Duration.ofMillis(500), Duration.ofSeconds(1), 2,
                Duration.ofMillis(1), Duration.ofMillis(1), Clock.systemUTC(), pauses::add);
        PassportPortal.Outcome outcome = portal.push(new PassportPortal.Batch("b6", List.of(row(6))));
        assertEquals(2, ((PassportPortal.Outcome.Unreachable) outcome).attempts());
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThrows(IllegalArgumentException.class, () -> new HttpsPassportPortal(URI.create("http://192.0.2.10/x"),
                "t", Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMillis(1), Duration.ofMillis(1),
                Clock.systemUTC(), d -> { }));
    }
}
