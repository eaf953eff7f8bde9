package vn.xuatxu.api.passport.export;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.domain.PassportRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every {@link PassportPortal} must have, run against each implementation (one subclass per
 * implementation). The receiving side is a fake the subclass controls: it can fail the next requests
 * temporarily or refuse every batch.
 */
abstract class PassportPortalContractTest {

    static final int MAX_ATTEMPTS = 4;

    /** The receiving end a test steers and inspects: the fake portal server, or the in-memory portal itself. */
    interface Receiver {
        /** The next {@code n} deliveries fail temporarily (HTTP 503 or the like). */
        void failNext(int n);

        /** Every delivery from now on is refused as invalid. */
        void refuseAll();

        /** Accepted batches by id, each with the lot ids it carried (a repeated batch is kept once). */
        Map<String, List<Long>> accepted();

        /** How many deliveries reached the receiver, failed ones included. */
        int deliveries();
    }

    /** A portal under test and the receiver behind it. */
    interface Fixture extends Receiver, AutoCloseable {
        PassportPortal portal();

        @Override
        void close();

        static Fixture of(PassportPortal portal, Receiver receiver, Runnable closing) {
            return new Fixture() {
                @Override
                public PassportPortal portal() {
                    return portal;
                }

                @Override
                public void failNext(int n) {
                    receiver.failNext(n);
                }

                @Override
                public void refuseAll() {
                    receiver.refuseAll();
                }

                @Override
                public Map<String, List<Long>> accepted() {
                    return receiver.accepted();
                }

                @Override
                public int deliveries() {
                    return receiver.deliveries();
                }

                @Override
                public void close() {
                    closing.run();
                }
            };
        }
    }

    abstract Fixture fixture();

    static PassportRow row(long lotId) {
        return new PassportRow(lotId, 1, "08938600001016", "L-" + lotId, "https://truyxuat.example/01/08938600001016/10/L-" + lotId,
                "Cà phê Arabica Mường Ảng", "Cà phê", "500 g", 4, "OCOP-1", LocalDate.of(2027, 1, 1), null, null, null,
                "HTX Cà phê Mường Ảng", "MuongAngCoffeeMSP", "Điện Biên", "Mường Ảng", "Xã Mường Ảng",
                LocalDate.of(2026, 11, 1), null, new BigDecimal("12.5"), "KGM", "a".repeat(64), "COMMITTED", "tx", 2,
                LocalDateTime.of(2026, 11, 2, 3, 4, 5));
    }

    @Test
    void aBatchIsAcceptedAfterTemporaryFailures() {
        try (Fixture fixture = fixture()) {
            fixture.failNext(2);
            PassportPortal.Outcome outcome = fixture.portal().push(new PassportPortal.Batch("b1", List.of(row(1), row(2))));
            PassportPortal.Outcome.Accepted accepted = assertInstanceOf(PassportPortal.Outcome.Accepted.class, outcome);
            assertEquals(3, accepted.attempts());
            assertEquals(3, fixture.deliveries());
            assertEquals(Map.of("b1", List.of(1L, 2L)), fixture.accepted());
        }
    }

    @Test
    void deliveringTheSameBatchAgainIsHarmless() {
        try (Fixture fixture = fixture()) {
            PassportPortal.Batch batch = new PassportPortal.Batch("b2", List.of(row(7)));
            assertInstanceOf(PassportPortal.Outcome.Accepted.class, fixture.portal().push(batch));
            assertInstanceOf(PassportPortal.Outcome.Accepted.class, fixture.portal().push(batch));
            assertEquals(Map.of("b2", List.of(7L)), fixture.accepted());
        }
    }

    @Test
    void aRefusedBatchIsNotRetried() {
        try (Fixture fixture = fixture()) {
            fixture.refuseAll();
            PassportPortal.Outcome outcome = fixture.portal().push(new PassportPortal.Batch("b3", List.of(row(3))));
            assertEquals(1, assertInstanceOf(PassportPortal.Outcome.Refused.class, outcome).attempts());
            assertEquals(1, fixture.deliveries());
            assertTrue(fixture.accepted().isEmpty());
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsUnreachableAfterTheLastAttempt() {
        try (Fixture fixture = fixture()) {
            fixture.failNext(100);
            PassportPortal.Outcome outcome = fixture.portal().push(new PassportPortal.Batch("b4", List.of(row(4))));
            assertEquals(MAX_ATTEMPTS, assertInstanceOf(PassportPortal.Outcome.Unreachable.class, outcome).attempts());
            assertEquals(MAX_ATTEMPTS, fixture.deliveries());
            assertTrue(fixture.accepted().isEmpty());
        }
    }
}
