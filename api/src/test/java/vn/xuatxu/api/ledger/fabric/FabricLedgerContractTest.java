package vn.xuatxu.api.ledger.fabric;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerContractTest;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.LedgerTransaction;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger contract against the Fabric adapter: {@link FabricLedger} → the Fabric Gateway client → TLS gRPC
 * on loopback → {@link InProcessGatewayService} → the real contract. Plus what only this adapter can meet.
 */
class FabricLedgerContractTest extends LedgerContractTest {

    private LoopbackGateway network;
    private FabricLedger fabric;

    @Override
    protected Ledger openLedger(Path folder) throws Exception {
        network = LoopbackGateway.start(folder, ORGANISATIONS);
        fabric = FabricLedger.connect(network.settings().withConflictPolicy(5, Duration.ofMillis(10)));
        return fabric;
    }

    @Override
    protected void closeLedger() throws Exception {
        fabric.close();
        network.close();
    }

    @Override
    protected void makeUnreachable() throws Exception {
        network.stopServer();
    }

    @Override
    protected boolean provokeReadConflicts(int commits) {
        network.service().conflictOnNextCommits(commits);
        return true;
    }

    @Override
    protected boolean raceNextEndorsements(int parties) {
        network.service().raceNextEndorsements(parties);
        return true;
    }

    @Override
    protected long readConflictsSoFar() {
        return network.service().readConflictsReported();
    }

    @Override
    protected String kind() {
        return "fabric";
    }

    @Test
    void anEndorsementFailureWithoutAChaincodeResponseIsUnavailableNotARefusal() {
        network.service().failNextEndorsements(Status.ABORTED.withDescription(
                "failed to collect enough transaction endorsements, see attached details for more info"), 1);
        LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
                () -> submit(COFFEE, "registerLot", lot("MA-901")));
        assertTrue(thrown.getMessage().contains("ABORTED"), thrown.getMessage());
    }

    @Test
    void aTransactionIsAcceptedOnceThePeerAnswersAgain() throws Exception {
        network.service().failNextEndorsements(Status.UNAVAILABLE.withDescription("no peers available"), 1);
        assertThrows(LedgerUnavailableException.class, () -> submit(COFFEE, "registerLot", lot("MA-902")));
        committed(submit(COFFEE, "registerLot", lot("MA-902")));
        assertInstanceOf(QueryOutcome.Answered.class,
                ledger().evaluate(LedgerTransaction.of(COFFEE, "getLot", "08938600001016", "MA-902")));
    }

    @Test
    void anOrganisationWithoutAnIdentityFolderIsUnavailableNamingTheFolder() {
        LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
                () -> submit("UnknownCoopMSP", "registerLot", lot("MA-903")));
        assertTrue(thrown.getMessage().contains("UnknownCoopMSP"), thrown.getMessage());
    }
}
