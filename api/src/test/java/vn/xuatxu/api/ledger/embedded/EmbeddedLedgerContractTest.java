package vn.xuatxu.api.ledger.embedded;

import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerContractTest;
import vn.xuatxu.chaincode.PassportContract;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The ledger contract against the embedded ledger over a temporary folder. The embedded ledger has no switch
 * to force read conflicts, so here the conflict tests check only that such submissions commit; its MVCC
 * validation and retry are exercised by the racing tests in {@link EmbeddedLedgerTest}.
 */
class EmbeddedLedgerContractTest extends LedgerContractTest {

    private EmbeddedLedger embedded;

    @Override
    protected Ledger openLedger(Path folder) throws Exception {
        embedded = EmbeddedLedger.open(folder, "passports", Clock.systemUTC(), new PassportContract());
        return embedded;
    }

    @Override
    protected void closeLedger() throws Exception {
        embedded.close();
    }

    @Override
    protected void makeUnreachable() throws Exception {
        embedded.close();
    }

    @Override
    protected boolean provokeReadConflicts(int commits) {
        return false;
    }

    @Override
    protected boolean raceNextEndorsements(int parties) {
        return false;
    }

    @Override
    protected long readConflictsSoFar() {
        return 0;
    }

    @Override
    protected String kind() {
        return "embedded";
    }
}
