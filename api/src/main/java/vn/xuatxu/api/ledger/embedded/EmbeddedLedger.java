package vn.xuatxu.api.ledger.embedded;

import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.ledger.EventBatch;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.LatestChange;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerEvent;
import vn.xuatxu.api.ledger.LedgerStatus;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.RecordProof;
import vn.xuatxu.api.ledger.SubmitOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The single-machine ledger. It works the way a Fabric network does, in one process: a transaction is
 * first simulated against committed state by the real contract (endorsement, concurrently for many
 * submitters), then ordered into a block by one committer thread that validates every read against what
 * is committed by then (MVCC: a transaction whose reads changed is marked invalid and simulated again),
 * forces the block to disk once for all its transactions (group commit) and only then acknowledges them.
 * World state and key history are rebuilt at start from the verified chain, or from the newest signed
 * checkpoint that matches the chain plus the blocks after it; checkpoints are written every
 * {@code checkpointInterval} blocks and at a clean close, so a start replays only the log's tail.
 */
public final class EmbeddedLedger implements Ledger, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLedger.class);
    static final String ORDERER_MSP = "XuatXuOrdererMSP";
    static final String VALID = "VALID";
    static final String MVCC_READ_CONFLICT = "MVCC_READ_CONFLICT";
    static final String PHANTOM_READ_CONFLICT = "PHANTOM_READ_CONFLICT";
    private static final String LOG_FILE = "blocks.log";
    private static final String CHECKPOINT_FOLDER = "checkpoints";
    /** Blocks between checkpoints unless configured otherwise ({@code xuatxu.ledger.checkpoint-interval}). */
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 1000;
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_BLOCK_TRANSACTIONS = 500;

    private final String channel;
    private final Clock clock;
    private final LocalCertificateAuthority authority;
    /** The node key that signs the next block and checkpoint; replaced only by a key rotation. */
    private volatile SigningIdentity orderer;
    private final NodeCertificates certificates;
    /** Held while a block is appended, so a key rotation's block never interleaves with the committer's. */
    private final Object appending = new Object();
    private final ContractInvoker contract;
    private final WorldState state;
    private final BlockLog log;
    private final List<LedgerEvent> events;
    private final CheckpointStore checkpoints;
    private final int checkpointInterval;
    private final Startup startup;
    private final Chain chain;
    private volatile long lastCheckpoint;
    private final SecureRandom random = new SecureRandom();
    private final LinkedBlockingQueue<Endorsed> ordering = new LinkedBlockingQueue<>();
    private final Object commits = new Object();
    private final Thread committer;
    private volatile long height;
    private volatile String headHash;
    private volatile boolean open = true;

    /** A simulated transaction waiting to be ordered, and the caller waiting for its validation code. */
    private record Endorsed(LedgerTransaction transaction, SimulationStub simulation, String id, Instant timestamp,
                            String payload, CompletableFuture<Validated> result) {
    }

    /** What ordering decided for one transaction. */
    private record Validated(String code, long blockNumber) {
    }

    /**
     * How the last start rebuilt the state: from the checkpoint after {@code checkpointBlock} (-1: none, the
     * whole log was replayed) and by replaying {@code blocksReplayed} blocks.
     */
    public record Startup(long checkpointBlock, long blocksReplayed) {
    }

    /**
     * What is derived from every block besides the state: each block's hash by number (as verified at start
     * and extended by the committer), the block of each valid transaction, and the chaincode events.
     */
    private record Chain(List<String> blockHashes, Map<String, Long> transactionBlocks, List<LedgerEvent> events) {

        /** Notes a block's hash and its valid transactions; before its writes are applied, so a proof finds them. */
        void index(Block block, String hash) {
            blockHashes.add(hash);
            block.transactions().stream().filter(transaction -> VALID.equals(transaction.validation()))
                    .forEach(transaction -> transactionBlocks.put(transaction.id(), block.number()));
        }
    }

    private EmbeddedLedger(String channel, Clock clock, LocalCertificateAuthority authority,
                           NodeCertificates certificates, ContractInvoker contract, WorldState state, BlockLog log,
                           Chain chain, CheckpointStore checkpoints, int checkpointInterval, Startup startup) {
        this.channel = channel;
        this.clock = clock;
        this.authority = authority;
        this.orderer = authority.identity(ORDERER_MSP);
        this.certificates = certificates;
        this.contract = contract;
        this.state = state;
        this.log = log;
        this.chain = chain;
        this.events = chain.events();
        this.height = chain.blockHashes().size();
        this.headHash = height == 0 ? Block.GENESIS_PREVIOUS : chain.blockHashes().get((int) height - 1);
        this.checkpoints = checkpoints;
        this.checkpointInterval = checkpointInterval;
        this.startup = startup;
        this.lastCheckpoint = startup.checkpointBlock();
        this.committer = new Thread(this::commitLoop, "embedded-ledger-committer");
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /** Opens the ledger with the default checkpoint interval; see {@link #open(Path, String, Clock, ContractInterface, int)}. */
    public static EmbeddedLedger open(Path folder, String channel, Clock clock, ContractInterface contract)
            throws CorruptLedgerException {
        return open(folder, channel, clock, contract, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /**
     * Opens the ledger in {@code folder}, creating it on first use. The state is rebuilt from the newest
     * checkpoint that verifies and matches the log (a checkpoint that does not is logged and ignored) plus the
     * blocks after it, each of which is verified; every block's number and link are checked, and every node
     * key rotation recorded in the log is followed (see {@link NodeCertificates}). A rotation that a crash
     * interrupted is finished or dropped, as the log says; the node key on disk must then be the one in force.
     *
     * @param checkpointInterval write a checkpoint every this many blocks (and at a clean close)
     * @throws CorruptLedgerException when any block fails its hash, chain or signature check, or the node key
     *                                on disk is not the one the log hands over to
     */
    public static EmbeddedLedger open(Path folder, String channel, Clock clock, ContractInterface contract,
                                      int checkpointInterval) throws CorruptLedgerException {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("checkpointInterval must be at least 1, not " + checkpointInterval);
        }
        LocalCertificateAuthority authority = LocalCertificateAuthority.open(folder.resolve("msp"), clock);
        List<Block> blocks = new ArrayList<>();
        BlockLog log = BlockLog.open(folder.resolve(LOG_FILE), blocks);
        NodeCertificates certificates = NodeCertificates.follow(blocks, () -> authority.identity(ORDERER_MSP).certificate());
        try {
            authority.settleNodeRotation(ORDERER_MSP, certificates.current());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot finish the interrupted node key rotation in " + folder, e);
        }
        X509Certificate onDisk = authority.identity(ORDERER_MSP).certificate();
        if (!onDisk.equals(certificates.current())) {
            throw new CorruptLedgerException(blocks.size(), "the node key in " + folder.resolve("msp") + " (certificate sha256 "
                    + NodeCertificates.fingerprint(onDisk) + ") is not the one the log's key rotation " + certificates.rotations()
                    + " hands over to (sha256 " + NodeCertificates.fingerprint(certificates.current())
                    + "); put back the msp folder of a backup made after that rotation");
        }
        CheckpointStore checkpoints = new CheckpointStore(folder.resolve(CHECKPOINT_FOLDER));
        checkpoints.dropUnfinished();
        Optional<Checkpoint> checkpoint = newestUsable(checkpoints, blocks, certificates);
        WorldState state = checkpoint.map(found -> WorldState.restore(found.state())).orElseGet(WorldState::new);
        long from = checkpoint.map(found -> found.blockNumber() + 1).orElse(0L);
        Chain chain = new Chain(Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>(),
                Collections.synchronizedList(new ArrayList<>()));
        String head = replay(blocks, from, certificates, state, (block, hash) -> {
            chain.index(block, hash);
            chain.events().addAll(eventsOf(block));
        });
        Startup startup = new Startup(checkpoint.map(Checkpoint::blockNumber).orElse(-1L), blocks.size() - from);
        LOG.info("Embedded ledger open: channel {}, height {}, head {}, {} keys; {}", channel, blocks.size(), head,
                state.size(), startup.checkpointBlock() < 0 ? "replayed all " + startup.blocksReplayed() + " blocks"
                        : "from the checkpoint after block " + startup.checkpointBlock() + ", replayed "
                        + startup.blocksReplayed() + " blocks after it");
        return new EmbeddedLedger(channel, clock, authority, certificates, new ContractInvoker(contract), state, log,
                chain, checkpoints, checkpointInterval, startup);
    }

    /** The newest checkpoint that reads, verifies and matches the log; the others are named in the log. */
    private static Optional<Checkpoint> newestUsable(CheckpointStore store, List<Block> blocks,
                                                     NodeCertificates certificates) {
        for (Path file : store.files()) {
            try {
                Checkpoint checkpoint = CheckpointStore.read(file, certificates);
                requireInLog(checkpoint, blocks, certificates);
                return Optional.of(checkpoint);
            } catch (CheckpointStore.Unusable e) {
                LOG.warn("Ledger checkpoint {} is ignored: {}. Falling back to an older checkpoint or to replaying the "
                        + "whole log.", file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static void requireInLog(Checkpoint checkpoint, List<Block> blocks, NodeCertificates certificates)
            throws CheckpointStore.Unusable {
        long number = checkpoint.blockNumber();
        if (number < 0 || number >= blocks.size()) {
            throw new CheckpointStore.Unusable("it follows block " + number + ", but the log ends at block "
                    + (blocks.size() - 1));
        }
        Block block = blocks.get((int) number);
        String hash = BlockLog.hashOf(block.content());
        if (!hash.equals(checkpoint.blockHash()) || !hash.equals(block.hash())) {
            throw new CheckpointStore.Unusable("block " + number + " in the log has another hash than the checkpoint records");
        }
        if (!certificates.signed(block, hash)) {
            throw new CheckpointStore.Unusable("block " + number + " in the log is not signed by this node");
        }
    }

    /**
     * Verifies a ledger folder without opening it for writes: every hash, link and signature, the state, and
     * every checkpoint against the state the log gives after its block.
     */
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
        // Only a never-rotated log takes its origin certificate from the disk; a rotated one names it itself.
        NodeCertificates certificates = NodeCertificates.follow(contents.blocks(), () -> LocalCertificateAuthority
                .open(folder.resolve("msp"), Clock.systemUTC()).identity(ORDERER_MSP).certificate());
        List<CheckpointCheck> checks = new ArrayList<>();
        Map<Path, Checkpoint> readable = new LinkedHashMap<>();
        for (Path checkpointFile : new CheckpointStore(folder.resolve(CHECKPOINT_FOLDER)).files()) {
            try {
                readable.put(checkpointFile, CheckpointStore.read(checkpointFile, certificates));
            } catch (CheckpointStore.Unusable e) {
                checks.add(new CheckpointCheck(checkpointFile, -1, e.getMessage()));
            }
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        readable.values().forEach(checkpoint -> wanted.add(checkpoint.blockNumber()));
        record Derived(String blockHash, String stateDigest) {
        }
        Map<Long, Derived> derived = new java.util.HashMap<>();
        WorldState state = new WorldState();
        String head = replay(contents.blocks(), 0, certificates, state, (block, hash) -> {
            if (wanted.contains(block.number())) {
                derived.put(block.number(), new Derived(hash, Checkpoint.digestOf(state.snapshot())));
            }
        });
        readable.forEach((checkpointFile, checkpoint) -> {
            Derived fromLog = derived.get(checkpoint.blockNumber());
            String problem = fromLog == null ? "it follows block " + checkpoint.blockNumber() + ", but the log ends at block "
                    + (contents.blocks().size() - 1)
                    : !fromLog.blockHash().equals(checkpoint.blockHash()) ? "block " + checkpoint.blockNumber()
                    + " in the log has another hash than the checkpoint records"
                    : !fromLog.stateDigest().equals(checkpoint.contentDigest()) ? "its state differs from the state the log gives after block "
                    + checkpoint.blockNumber() : "";
            checks.add(new CheckpointCheck(checkpointFile, checkpoint.blockNumber(), problem));
        });
        return new Verification(contents.blocks().size(), head, state.size(), checks, certificates.rotations(),
                NodeCertificates.fingerprint(certificates.origin()), NodeCertificates.fingerprint(certificates.current()));
    }

    /**
     * The outcome of verifying the log (which passed) and each checkpoint (which may not have), with the node
     * key rotations followed and the SHA-256 fingerprints of the origin and current node certificates (an
     * auditor pins the origin's, as the head hash).
     */
    public record Verification(long height, String headHash, int keys, List<CheckpointCheck> checkpoints,
                               int keyRotations, String originCertificateSha256, String nodeCertificateSha256) {

        public Verification {
            checkpoints = List.copyOf(checkpoints);
        }

        /** The checkpoints that do not verify or do not match the log. */
        public List<CheckpointCheck> badCheckpoints() {
            return checkpoints.stream().filter(check -> !check.intact()).toList();
        }
    }

    /**
     * One checkpoint file's verification: intact when {@code problem} is empty. {@code blockNumber} is -1 when
     * the file could not be read far enough to tell.
     */
    public record CheckpointCheck(Path file, long blockNumber, String problem) {

        public boolean intact() {
            return problem.isEmpty();
        }
    }

    /**
     * Checks every block's number and link; verifies the hash and signature of the blocks from {@code from} on
     * and applies their valid transactions to {@code state} (the state before {@code from} came from a
     * checkpoint that matched block {@code from - 1}). {@code afterEach} sees every block and its hash.
     */
    private static String replay(List<Block> blocks, long from, NodeCertificates certificates, WorldState state,
                                 java.util.function.BiConsumer<Block, String> afterEach) throws CorruptLedgerException {
        String previous = Block.GENESIS_PREVIOUS;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.number() != i) {
                throw new CorruptLedgerException(i, "its number is " + block.number());
            }
            if (!previous.equals(block.previousHash())) {
                throw new CorruptLedgerException(i, "it does not link to the hash of block " + (i - 1));
            }
            String hash = i < from ? block.hash() : BlockLog.hashOf(block.content());
            if (i >= from) {
                if (!hash.equals(block.hash())) {
                    throw new CorruptLedgerException(i, "its content does not match its hash");
                }
                certificates.requireSigned(block, hash);
                for (int t = 0; t < block.transactions().size(); t++) {
                    Block.TransactionRecord transaction = block.transactions().get(t);
                    if (VALID.equals(transaction.validation())) {
                        state.apply(writesOf(transaction), new WorldState.Version(i, t), transaction.id(),
                                Instant.parse(transaction.timestamp()));
                    }
                }
            }
            afterEach.accept(block, hash);
            previous = hash;
        }
        return previous;
    }

    @Override
    public SubmitOutcome submit(LedgerTransaction transaction) throws LedgerUnavailableException {
        SigningIdentity creator = identityOf(transaction.submitterMspId());
        String lastConflict = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            requireOpen();
            Instant timestamp = clock.instant().truncatedTo(ChronoUnit.MICROS);
            byte[] creatorBytes = creator.serialized();
            String transactionId = transactionId(creatorBytes);
            SimulationStub simulation = new SimulationStub(state, channel, transactionId, timestamp, creatorBytes,
                    transaction.function(), transaction.arguments());
            ContractInvoker.Result result = contract.invoke(simulation, transaction.function(), transaction.arguments());
            if (result instanceof ContractInvoker.Result.Refused refused) {
                return new SubmitOutcome.Rejected(refused.code(), refused.message());
            }
            Endorsed endorsed = new Endorsed(transaction, simulation, transactionId, timestamp,
                    ((ContractInvoker.Result.Returned) result).payload(), new CompletableFuture<>());
            ordering.add(endorsed);
            if (!committer.isAlive()) {
                endorsed.result().completeExceptionally(new IllegalStateException("The embedded ledger was closed"));
            }
            Validated validated = await(endorsed);
            if (VALID.equals(validated.code())) {
                return new SubmitOutcome.Committed(transactionId, validated.blockNumber(), endorsed.payload());
            }
            lastConflict = validated.code();
            LOG.debug("Transaction {} ({}) invalidated by {} on attempt {}; simulating again", transactionId,
                    transaction.function(), validated.code(), attempt);
        }
        return new SubmitOutcome.Rejected(lastConflict, "The transaction's reads kept changing under concurrent writes; "
                + "gave up after " + MAX_ATTEMPTS + " attempts");
    }

    private Validated await(Endorsed endorsed) throws LedgerUnavailableException {
        try {
            return endorsed.result().get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LedgerUnavailableException("The embedded ledger could not commit: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new LedgerUnavailableException("The embedded ledger did not commit within two minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("Interrupted while waiting for the commit", e);
        }
    }

    /** The committer: orders waiting transactions into blocks, validates, persists, applies, acknowledges. */
    private void commitLoop() {
        List<Endorsed> batch = new ArrayList<>();
        while (open || !ordering.isEmpty()) {
            try {
                Endorsed first = ordering.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                ordering.drainTo(batch, MAX_BLOCK_TRANSACTIONS - 1);
                synchronized (appending) {
                    commitBlock(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("The embedded ledger's committer failed on a block of {} transactions", batch.size(), e);
                batch.forEach(endorsed -> endorsed.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        ordering.forEach(endorsed -> endorsed.result().completeExceptionally(
                new IllegalStateException("The embedded ledger was closed")));
    }

    private void commitBlock(List<Endorsed> batch) {
        long number = height;
        Map<String, WorldState.Version> writtenInBlock = new LinkedHashMap<>();
        List<Block.TransactionRecord> records = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            Endorsed endorsed = batch.get(index);
            String code = validate(endorsed.simulation(), writtenInBlock);
            if (VALID.equals(code)) {
                WorldState.Version version = new WorldState.Version(number, index);
                endorsed.simulation().writeSet().keySet().forEach(key -> writtenInBlock.put(key, version));
            }
            codes.add(code);
            records.add(recordOf(endorsed, code));
        }
        String timestamp = clock.instant().truncatedTo(ChronoUnit.MICROS).toString();
        Block.Content content = new Block.Content(number, headHash, timestamp, records, null);
        String hash = BlockLog.hashOf(content);
        String signature = Base64.getEncoder().encodeToString(orderer.sign(hash.getBytes(StandardCharsets.US_ASCII)));
        Block block = content.signed(hash, signature);
        try {
            log.append(block);
        } catch (IOException e) {
            LOG.error("The embedded ledger could not write block {} to {}", number, log.file(), e);
            batch.forEach(endorsed -> endorsed.result().completeExceptionally(e));
            return;
        }
        chain.index(block, hash);
        for (int index = 0; index < batch.size(); index++) {
            if (VALID.equals(codes.get(index))) {
                Endorsed endorsed = batch.get(index);
                state.apply(endorsed.simulation().writeSet(), new WorldState.Version(number, index), endorsed.id(),
                        endorsed.timestamp());
            }
        }
        synchronized (commits) {
            events.addAll(eventsOf(block));
            headHash = hash;
            height = number + 1;
            commits.notifyAll();
        }
        for (int index = 0; index < batch.size(); index++) {
            batch.get(index).result().complete(new Validated(codes.get(index), number));
        }
        if ((number + 1) % checkpointInterval == 0) {
            writeCheckpoint(number, hash);
        }
    }

    /**
     * Writes the state after block {@code number}; called only by the committer between blocks (or at close,
     * after it stopped), so the state is exactly the state after that block. A failure costs only start-up time.
     */
    private void writeCheckpoint(long number, String hash) {
        try {
            Path file = checkpoints.write(number, hash, state.snapshot(), orderer);
            lastCheckpoint = number;
            LOG.info("Ledger checkpoint written: {} (state after block {}, {} keys)", file, number, state.size());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write a ledger checkpoint after block {}: {}; the next start replays more blocks",
                    number, e.getMessage());
        }
    }

    /** The digest a checkpoint taken now would record (for tests comparing states); call it between blocks. */
    String stateDigest() {
        return Checkpoint.digestOf(state.snapshot());
    }

    /** How the last start rebuilt the state (for tests and operators: the log line says the same). */
    public Startup startup() {
        return startup;
    }

    /**
     * Fabric's MVCC check: every key read must still have the version seen, counting transactions earlier
     * in this block; every range read must still hold exactly the keys and versions seen.
     */
    private String validate(SimulationStub simulation, Map<String, WorldState.Version> writtenInBlock) {
        for (Map.Entry<String, WorldState.Version> read : simulation.readSet().entrySet()) {
            if (writtenInBlock.containsKey(read.getKey())) {
                return MVCC_READ_CONFLICT;
            }
            WorldState.Version now = state.get(read.getKey()).map(WorldState.Entry::version).orElse(null);
            if (!java.util.Objects.equals(now, read.getValue())) {
                return MVCC_READ_CONFLICT;
            }
        }
        for (SimulationStub.RangeRead range : simulation.rangeReads()) {
            Map<String, WorldState.Version> now = new LinkedHashMap<>();
            state.range(range.start(), range.end()).forEach((key, entry) -> now.put(key, entry.version()));
            boolean touchedInBlock = writtenInBlock.keySet().stream().anyMatch(key -> key.compareTo(range.start()) >= 0
                    && (range.end().isEmpty() || key.compareTo(range.end()) < 0));
            if (touchedInBlock || !now.equals(range.seen())) {
                return PHANTOM_READ_CONFLICT;
            }
        }
        return VALID;
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

    /**
     * Proves from the chain itself: the history query names the newest writing transaction; its block is read
     * back from the log, re-hashed, its signature checked and its hash compared with the chain verified at
     * start (which links it to the head); the transaction must be valid in it and have written the value.
     */
    @Override
    public RecordProof prove(LedgerTransaction history) {
        LatestChange.Lookup lookup = LatestChange.lookUp(this, history);
        if (lookup instanceof LatestChange.Lookup.Answered answered) {
            return answered.proof();
        }
        LatestChange latest = ((LatestChange.Lookup.Found) lookup).change();
        Long number = chain.transactionBlocks().get(latest.transactionId());
        if (number == null) {
            return new RecordProof.Unavailable("transaction " + latest.transactionId() + " is in no block of this chain");
        }
        Block block;
        try {
            block = log.block(number);
        } catch (IOException | CorruptLedgerException e) {
            return new RecordProof.Unavailable("block " + number + " cannot be read back: " + e.getMessage());
        }
        String hash = BlockLog.hashOf(block.content());
        if (!hash.equals(chain.blockHashes().get(number.intValue())) || !certificates.signed(block, hash)) {
            return new RecordProof.Unavailable("block " + number + " on disk no longer matches the verified chain; "
                    + "run verify-ledger");
        }
        for (Block.TransactionRecord transaction : block.transactions()) {
            if (transaction.id().equals(latest.transactionId()) && VALID.equals(transaction.validation())) {
                for (Block.Write write : transaction.writes()) {
                    byte[] value = write.valueBase64() == null ? null : Base64.getDecoder().decode(write.valueBase64());
                    if (value != null && latest.isWrittenAs(value)) {
                        return new RecordProof.Proven(sha256(value), transaction.id(), number, hash,
                                Instant.parse(transaction.timestamp()), new String(value, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new RecordProof.Unavailable("transaction " + latest.transactionId() + " in block " + number
                + " did not write the value the history reports");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public EventBatch events(EventCheckpoint after, int max, Duration wait) throws LedgerUnavailableException {
        requireOpen();
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (commits) {
            while (true) {
                List<LedgerEvent> found = eventsAfter(after, max);
                long remaining = deadline - System.nanoTime();
                if (!found.isEmpty() || remaining <= 0 || !open) {
                    return new EventBatch(found, found.isEmpty() ? after : EventCheckpoint.after(found.get(found.size() - 1)));
                }
                try {
                    commits.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new EventBatch(List.of(), after);
                }
            }
        }
    }

    private List<LedgerEvent> eventsAfter(EventCheckpoint after, int max) {
        List<LedgerEvent> found = new ArrayList<>();
        boolean passedCheckpoint = after.transactionId().isEmpty();
        synchronized (events) {
            for (LedgerEvent event : events) {
                if (event.blockNumber() < after.blockNumber()) {
                    continue;
                }
                if (!passedCheckpoint && event.blockNumber() == after.blockNumber()) {
                    passedCheckpoint = event.transactionId().equals(after.transactionId());
                    continue;
                }
                found.add(event);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }

    private static List<LedgerEvent> eventsOf(Block block) {
        List<LedgerEvent> found = new ArrayList<>();
        for (Block.TransactionRecord transaction : block.transactions()) {
            if (VALID.equals(transaction.validation()) && transaction.eventName() != null) {
                found.add(new LedgerEvent(block.number(), transaction.id(), transaction.eventName(),
                        new String(Base64.getDecoder().decode(transaction.eventPayloadBase64()), StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    /** What a node key rotation did: its sequence number, its block, and the old and new certificates' fingerprints. */
    public record KeyRotation(int sequence, long blockNumber, String previousCertificateSha256,
                              String certificateSha256, boolean newAuthority) {
    }

    /**
     * Hands block signing to a new node key: a new key and certificate (from the local CA, or from a new CA
     * when {@code newAuthority}), recorded as a {@link CertificateChange} in a block signed by the OLD key;
     * every later block and checkpoint is signed by the new key, the old private key file is replaced, and
     * checkpoints from before the rotation are deleted (only the current key's checkpoints are trusted).
     * Waits for the block being committed, if any; transactions submitted meanwhile go into later blocks.
     *
     * @throws IOException when the block or the new key files cannot be written; the ledger then still signs
     *                     with the old key unless the block was written (the next start finishes the files)
     */
    public KeyRotation rotateNodeKey(boolean newAuthority) throws IOException {
        if (!open) {
            throw new IllegalStateException("The embedded ledger is closed");
        }
        synchronized (appending) {
            SigningIdentity previous = orderer;
            LocalCertificateAuthority.PendingNode pending = authority.prepareNodeRotation(ORDERER_MSP, newAuthority);
            long number = height;
            CertificateChange change = new CertificateChange(certificates.rotations() + 1,
                    LocalCertificateAuthority.pem(previous.certificate()),
                    LocalCertificateAuthority.pem(pending.node().certificate()), LocalCertificateAuthority.pem(pending.ca()));
            Block.Content content = new Block.Content(number, headHash,
                    clock.instant().truncatedTo(ChronoUnit.MICROS).toString(), List.of(), change);
            String hash = BlockLog.hashOf(content);
            Block block = content.signed(hash,
                    Base64.getEncoder().encodeToString(previous.sign(hash.getBytes(StandardCharsets.US_ASCII))));
            try {
                log.append(block);
            } catch (IOException e) {
                authority.dropNodeRotation(ORDERER_MSP);
                throw e;
            }
            try {
                certificates.record(block);
            } catch (CorruptLedgerException e) {
                throw new IllegalStateException("A node key rotation produced a change its own verifier refuses", e);
            }
            orderer = pending.node();
            chain.index(block, hash);
            synchronized (commits) {
                headHash = hash;
                height = number + 1;
                commits.notifyAll();
            }
            LOG.warn("Embedded ledger node key rotated (rotation {}, block {}): certificate sha256 {} retired, {} in force{}",
                    change.sequence(), number, NodeCertificates.fingerprint(previous.certificate()),
                    NodeCertificates.fingerprint(pending.node().certificate()), newAuthority ? ", issued by a new CA" : "");
            authority.completeNodeRotation(ORDERER_MSP);
            writeCheckpoint(number, hash);
            checkpoints.dropBefore(number);
            return new KeyRotation(change.sequence(), number, NodeCertificates.fingerprint(previous.certificate()),
                    NodeCertificates.fingerprint(pending.node().certificate()), newAuthority);
        }
    }

    @Override
    public LedgerStatus status() {
        return new LedgerStatus(open, "embedded", height, headHash);
    }

    /** Stops taking transactions, commits what was already handed to the committer, and closes the log. */
    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (commits) {
            commits.notifyAll();
        }
        if (!committer.isAlive() && height > 0 && height - 1 > lastCheckpoint) {
            writeCheckpoint(height - 1, headHash);
        }
        log.close();
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

    private static Block.TransactionRecord recordOf(Endorsed endorsed, String validation) {
        List<Block.Read> reads = new ArrayList<>();
        endorsed.simulation().readSet().forEach((key, version) -> reads.add(version == null
                ? new Block.Read(key, -1, -1) : new Block.Read(key, version.block(), version.transaction())));
        List<Block.Write> writes = new ArrayList<>();
        endorsed.simulation().writeSet().forEach((key, value) -> writes.add(new Block.Write(key,
                value == null ? null : Base64.getEncoder().encodeToString(value))));
        ChaincodeEvent event = endorsed.simulation().emittedEvent().orElse(null);
        return new Block.TransactionRecord(endorsed.id(), endorsed.transaction().submitterMspId(),
                endorsed.transaction().function(), endorsed.transaction().arguments(), endorsed.timestamp().toString(),
                validation, reads, writes, event == null ? null : event.getEventName(),
                event == null ? null : Base64.getEncoder().encodeToString(event.getPayload().toByteArray()));
    }

    private static Map<String, byte[]> writesOf(Block.TransactionRecord transaction) {
        Map<String, byte[]> writes = new LinkedHashMap<>();
        transaction.writes().forEach(write -> writes.put(write.key(),
                write.valueBase64() == null ? null : Base64.getDecoder().decode(write.valueBase64())));
        return writes;
    }
}
