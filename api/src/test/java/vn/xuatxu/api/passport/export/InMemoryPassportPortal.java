package vn.xuatxu.api.passport.export;

import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.domain.PassportRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A portal in memory for tests of the push: keeps accepted batches, can fail or refuse on request. */
final class InMemoryPassportPortal implements PassportPortal, PassportPortalContractTest.Receiver {

    private final int maxAttempts;
    private final Map<String, List<Long>> accepted = new LinkedHashMap<>();
    private int failuresLeft;
    private boolean refusing;
    private int deliveries;

    InMemoryPassportPortal(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public synchronized Outcome push(Batch batch) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            deliveries++;
            if (refusing) {
                return new Outcome.Refused(attempt, 400, "refused by the test");
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                continue;
            }
            accepted.putIfAbsent(batch.id(), batch.passports().stream().map(PassportRow::lotId).toList());
            return new Outcome.Accepted(attempt, 200, "memory:" + batch.id());
        }
        return new Outcome.Unreachable(maxAttempts, 503, "failing on request of the test");
    }

    @Override
    public synchronized void failNext(int n) {
        failuresLeft = n;
    }

    @Override
    public synchronized void refuseAll() {
        refusing = true;
    }

    @Override
    public synchronized Map<String, List<Long>> accepted() {
        return Map.copyOf(accepted);
    }

    @Override
    public synchronized int deliveries() {
        return deliveries;
    }
}
