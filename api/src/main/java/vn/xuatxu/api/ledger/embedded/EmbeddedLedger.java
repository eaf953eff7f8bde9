package vn.xuatxu.api.ledger.embedded;

import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.ledger.EventBatch;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerEvent;
import vn.xuatxu.api.ledger.LedgerStatus;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.SubmitOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-machine ledger: executes the real contract in-process, as a Fabric peer would during
 * endorsement, and commits each accepted transaction as a signed, hash-chained block forced to disk before
 * the caller hears "committed". World state is never stored on its own: it is rebuilt from the blocks at
 * start, so what the state says is always what the verified chain says.
 */
public final class EmbeddedLedger implements Ledger, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLedger.class);
    static final String ORDERER_MSP = "XuatXuOrdererMSP";
    private static final String LOG_FILE = "blocks.log";

    private final String channel;
    private final Clock clock;
    private final LocalCertificateAuthority authority;
    private final SigningIdentity orderer;
    private final ContractInvoker contract;
    private final WorldState state;
    private final BlockLog log;
    private final SecureRandom random = new SecureRandom();
    private final Object commitLock = new Object();
    private volatile long height;
    private volatile String headHash;
    private volatile boolean open = true;
    private final List<LedgerEvent> events;

    private EmbeddedLedger(String channel, Clock clock, LocalCertificateAuthority authority, ContractInvoker contract,
                           WorldState state, BlockLog log, long height, String headHash, List<LedgerEvent> events) {
        this.events = events;
        this.channel = channel;
        this.clock = clock;
        this.authority = authority;
        this.orderer = authority.identity(ORDERER_MSP);
        this.contract = contract;
        this.state = state;
        this.log = log;
        this.height = height;
        this.headHash = headHash;
    }

    /**
     * Opens the ledger in {@code folder}, creating it on first use, verifying every block and rebuilding the
     * world state from them.
     *
     * @throws CorruptLedgerException when any block fails its hash, chain or signature check
     */
    public static EmbeddedLedger open(Path folder, String channel, Clock clock, ContractInterface contract)
            throws CorruptLedgerException {
        LocalCertificateAuthority authority = LocalCertificateAuthority.open(folder.resolve("msp"), clock);
        List<Block> blocks = new ArrayList<>();
        BlockLog log = BlockLog.open(folder.resolve(LOG_FILE), blocks);
        WorldState state = new WorldState();
        String head = replay(blocks, authority.identity(ORDERER_MSP).certificate(), state);
        List<LedgerEvent> events = new ArrayList<>();
        blocks.forEach(block -> events.addAll(eventsOf(block)));
        LOG.info("Embedded ledger open: channel {}, height {}, head {}, {} keys", channel, blocks.size(), head, state.size());
        return new EmbeddedLedger(channel, clock, authority, new ContractInvoker(contract), state, log, blocks.size(), head,
                java.util.Collections.synchronizedList(events));
    }

    /** Verifies a ledger folder without opening it for writes: every hash, link and signature, and the state. */
    public static Verification verify(Path folder) throws CorruptLedgerException {
        Path file = folder.resolve(LOG_FILE);
        if (!file.toFile().isFile()) {
            throw new CorruptLedgerException(0, "no block log at " + file);
        }
        BlockLog.Contents contents = BlockLog.readOnly(file);
        if (contents.tornBytesDropped() > 0) {
            throw new CorruptLedgerException(contents.blocks().size(), "the log ends with " + contents.tornBytesDropped()
                    + " bytes that are not a whole block (a write torn by a crash, dropped at the next start, or a change)");
        }
        LocalCertificateAuthority authority = LocalCertificateAuthority.open(folder.resolve("msp"), Clock.systemUTC());
        WorldState state = new WorldState();
        String head = replay(contents.blocks(), authority.identity(ORDERER_MSP).certificate(), state);
        return new Verification(contents.blocks().size(), head, state.size());
    }

    /** The outcome of a successful verification. */
    public record Verification(long height, String headHash, int keys) {
    }

    private static String replay(List<Block> blocks, X509Certificate ordererCertificate, WorldState state)
            throws CorruptLedgerException {
        String previous = Block.GENESIS_PREVIOUS;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.number() != i) {
                throw new CorruptLedgerException(i, "its number is " + block.number());
            }
            if (!previous.equals(block.previousHash())) {
                throw new CorruptLedgerException(i, "it does not link to the hash of block " + (i - 1));
            }
            String hash = BlockLog.hashOf(block.content());
            if (!hash.equals(block.hash())) {
                throw new CorruptLedgerException(i, "its content does not match its hash");
            }
            if (!SigningIdentity.verify(ordererCertificate, hash.getBytes(StandardCharsets.US_ASCII),
                    Base64.getDecoder().decode(block.signature()))) {
                throw new CorruptLedgerException(i, "its signature is not the orderer's");
            }
            for (int t = 0; t < block.transactions().size(); t++) {
                Block.TransactionRecord transaction = block.transactions().get(t);
                if ("VALID".equals(transaction.validation())) {
                    state.apply(writesOf(transaction), new WorldState.Version(i, t));
                }
            }
            previous = hash;
        }
        return previous;
    }

    @Override
    public SubmitOutcome submit(LedgerTransaction transaction) throws LedgerUnavailableException {
        SigningIdentity creator = identityOf(transaction.submitterMspId());
        synchronized (commitLock) {
            requireOpen();
            Instant timestamp = clock.instant().truncatedTo(ChronoUnit.MICROS);
            byte[] creatorBytes = creator.serialized();
            String transactionId = transactionId(creatorBytes);
            SimulationStub stub = new SimulationStub(state, channel, transactionId, timestamp, creatorBytes,
                    transaction.function(), transaction.arguments());
            ContractInvoker.Result result = contract.invoke(stub, transaction.function(), transaction.arguments());
            if (result instanceof ContractInvoker.Result.Refused refused) {
                return new SubmitOutcome.Rejected(refused.code(), refused.message());
            }
            String payload = ((ContractInvoker.Result.Returned) result).payload();
            long number = height;
            Block.TransactionRecord record = recordOf(transaction, stub, transactionId, timestamp);
            Block.Content content = new Block.Content(number, headHash, timestamp.toString(), List.of(record));
            String hash = BlockLog.hashOf(content);
            String signature = Base64.getEncoder().encodeToString(orderer.sign(hash.getBytes(StandardCharsets.US_ASCII)));
            try {
                log.append(new Block(number, headHash, timestamp.toString(), List.of(record), hash, signature));
            } catch (IOException e) {
                throw new LedgerUnavailableException("The embedded ledger could not write block " + number
                        + " to " + log.file() + ": " + e.getMessage(), e);
            }
            state.apply(stub.writeSet(), new WorldState.Version(number, 0));
            Block committed = new Block(number, headHash, timestamp.toString(), List.of(record), hash, signature);
            headHash = hash;
            height = number + 1;
            events.addAll(eventsOf(committed));
            commitLock.notifyAll();
            return new SubmitOutcome.Committed(transactionId, number, payload);
        }
    }

    @Override
    public QueryOutcome evaluate(LedgerTransaction query) throws LedgerUnavailableException {
        requireOpen();
        SigningIdentity creator = identityOf(query.submitterMspId());
        byte[] creatorBytes = creator.serialized();
        SimulationStub stub = new SimulationStub(state, channel, transactionId(creatorBytes),
                clock.instant().truncatedTo(ChronoUnit.MICROS), creatorBytes, query.function(), query.arguments());
        ContractInvoker.Result result = contract.invoke(stub, query.function(), query.arguments());
        if (result instanceof ContractInvoker.Result.Refused refused) {
            return new QueryOutcome.Rejected(refused.code(), refused.message());
        }
        return new QueryOutcome.Answered(((ContractInvoker.Result.Returned) result).payload());
    }

    @Override
    public EventBatch events(EventCheckpoint after, int max, java.time.Duration wait) throws LedgerUnavailableException {
        requireOpen();
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (commitLock) {
            while (true) {
                List<LedgerEvent> found = new ArrayList<>();
                boolean passedCheckpointTx = after.transactionId().isEmpty();
                synchronized (events) {
                    for (LedgerEvent event : events) {
                        if (event.blockNumber() < after.blockNumber()) {
                            continue;
                        }
                        if (!passedCheckpointTx && event.blockNumber() == after.blockNumber()) {
                            passedCheckpointTx = event.transactionId().equals(after.transactionId());
                            continue;
                        }
                        found.add(event);
                        if (found.size() == max) {
                            break;
                        }
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (!found.isEmpty() || remaining <= 0) {
                    EventCheckpoint next = found.isEmpty() ? after : EventCheckpoint.after(found.get(found.size() - 1));
                    return new EventBatch(found, next);
                }
                try {
                    commitLock.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new EventBatch(List.of(), after);
                }
            }
        }
    }

    private static List<LedgerEvent> eventsOf(Block block) {
        List<LedgerEvent> found = new ArrayList<>();
        for (Block.TransactionRecord transaction : block.transactions()) {
            if ("VALID".equals(transaction.validation()) && transaction.eventName() != null) {
                found.add(new LedgerEvent(block.number(), transaction.id(), transaction.eventName(),
                        new String(Base64.getDecoder().decode(transaction.eventPayloadBase64()), StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    @Override
    public LedgerStatus status() {
        return new LedgerStatus(open, "embedded", height, headHash);
    }

    @Override
    public void close() throws IOException {
        synchronized (commitLock) {
            open = false;
            log.close();
        }
    }

    private void requireOpen() throws LedgerUnavailableException {
        if (!open) {
            throw new LedgerUnavailableException("The embedded ledger is closed", null);
        }
    }

    private SigningIdentity identityOf(String mspId) throws LedgerUnavailableException {
        try {
            return authority.identity(mspId);
        } catch (RuntimeException e) {
            throw new LedgerUnavailableException("No ledger identity for " + mspId + ": " + e.getMessage(), e);
        }
    }

    /** Fabric's transaction id: the SHA-256 of a fresh nonce and the creator. */
    private String transactionId(byte[] creator) {
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(nonce);
            digest.update(creator);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static Block.TransactionRecord recordOf(LedgerTransaction transaction, SimulationStub stub, String id,
                                                    Instant timestamp) {
        List<Block.Read> reads = new ArrayList<>();
        stub.readSet().forEach((key, version) -> reads.add(version == null
                ? new Block.Read(key, -1, -1) : new Block.Read(key, version.block(), version.transaction())));
        List<Block.Write> writes = new ArrayList<>();
        stub.writeSet().forEach((key, value) -> writes.add(new Block.Write(key,
                value == null ? null : Base64.getEncoder().encodeToString(value))));
        ChaincodeEvent event = stub.emittedEvent().orElse(null);
        return new Block.TransactionRecord(id, transaction.submitterMspId(), transaction.function(),
                transaction.arguments(), timestamp.toString(), "VALID", reads, writes,
                event == null ? null : event.getEventName(),
                event == null ? null : Base64.getEncoder().encodeToString(event.getPayload().toByteArray()));
    }

    private static Map<String, byte[]> writesOf(Block.TransactionRecord transaction) {
        Map<String, byte[]> writes = new LinkedHashMap<>();
        transaction.writes().forEach(write -> writes.put(write.key(),
                write.valueBase64() == null ? null : Base64.getDecoder().decode(write.valueBase64())));
        return writes;
    }
}
