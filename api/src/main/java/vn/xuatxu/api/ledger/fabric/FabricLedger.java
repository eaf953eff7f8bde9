package vn.xuatxu.api.ledger.fabric;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import org.hyperledger.fabric.client.CallOption;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import com.google.protobuf.ByteString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DEROctetString;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The ledger as a real Fabric network: every call goes through the Fabric Gateway client to one peer's gateway
 * endpoint, signed by the identity of the organisation the transaction names. One gRPC connection is shared by
 * one {@link Gateway} per organisation.
 *
 * <p>A submit is endorse, then submit to the orderer, then wait for the commit status. A commit invalidated by
 * an MVCC or phantom read conflict (another transaction changed what this one read between its endorsement
 * and its commit) is run again from the endorsement, a few times with a jittered pause, because a fresh
 * endorsement reads the new state. Other outcomes map as {@code docs/fabric-adapter.md} tabulates.
 */
final class FabricLedger implements Ledger, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FabricLedger.class);
    private static final String KIND = "fabric";
    private static final String QUERY_SYSTEM_CHAINCODE = "qscc";
    private static final int COMMIT_STATUS_READS = 2;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final FabricSettings settings;
    private final ManagedChannel connection;
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final String readerOrganisation;
    private final ExecutorService eventReaders;

    private FabricLedger(FabricSettings settings, ManagedChannel connection, Map<String, OrganisationIdentity> identities) {
        this.settings = settings;
        this.connection = connection;
        identities.values().forEach(identity -> gateways.put(identity.organisationId(), gatewayOf(identity)));
        this.readerOrganisation = identities.keySet().iterator().next();
        AtomicInteger readers = new AtomicInteger();
        this.eventReaders = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fabric-events-" + readers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads every identity folder and opens the connection to the peer. No call is made yet: a peer that is
     * down at startup shows as "not ready" in {@code /health}, not as a failed start.
     *
     * @throws IllegalStateException naming the missing or invalid setting or file
     */
    static FabricLedger connect(FabricSettings settings) {
        Map<String, OrganisationIdentity> identities = readIdentities(settings.identitiesDir());
        ManagedChannel connection = openConnection(settings);
        LOG.info("Fabric ledger: peer {}{}, channel {}, chaincode {}, organisations {}", settings.peerEndpoint(),
                settings.peerHostAlias().map(alias -> " (TLS name " + alias + ")").orElse(""), settings.channel(),
                settings.chaincode(), identities.keySet());
        return new FabricLedger(settings, connection, identities);
    }

    private static Map<String, OrganisationIdentity> readIdentities(Path folder) {
        Map<String, OrganisationIdentity> identities = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String organisationId = entry.getFileName().toString();
                identities.put(organisationId, OrganisationIdentity.read(folder, organisationId));
            }
        } catch (IOException e) {
            throw new IllegalStateException(FabricSettings.name("identities-dir") + ": cannot list " + folder + ": "
                    + e.getMessage(), e);
        }
        if (identities.isEmpty()) {
            throw new IllegalStateException(FabricSettings.name("identities-dir") + " is " + folder.toAbsolutePath()
                    + ", which has no organisation folder (each with cert.pem, key.pem and mspid)");
        }
        return identities;
    }

    private static ManagedChannel openConnection(FabricSettings settings) {
        ChannelCredentials credentials;
        if (settings.insecurePlaintext()) {
            LOG.warn("{} is true: talking to the peer WITHOUT TLS. Only tests on loopback may do this.",
                    FabricSettings.name("insecure-plaintext"));
            credentials = InsecureChannelCredentials.create();
        } else {
            Path ca = settings.tlsCaCertificate().orElseThrow();
            try {
                credentials = TlsChannelCredentials.newBuilder().trustManager(ca.toFile()).build();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(FabricSettings.name("tls-ca-certificate") + " is " + ca.toAbsolutePath()
                        + ", which cannot be read as PEM certificates: " + e.getMessage(), e);
            }
        }
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(settings.peerEndpoint(), credentials);
        settings.peerHostAlias().ifPresent(builder::overrideAuthority);
        return builder.build();
    }

    private Gateway gatewayOf(OrganisationIdentity identity) {
        return Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey()))
                .hash(Hash.SHA256)
                .connection(connection)
                .evaluateOptions(deadline(settings.evaluateTimeout()))
                .endorseOptions(deadline(settings.endorseTimeout()))
                .submitOptions(deadline(settings.submitTimeout()))
                .commitStatusOptions(deadline(settings.commitStatusTimeout()))
                .connect();
    }

    private static CallOption deadline(Duration timeout) {
        return CallOption.deadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The gateway signing as {@code organisationId}; a folder added after startup is read on first use. */
    private Gateway gatewayFor(String organisationId) throws LedgerUnavailableException {
        Gateway gateway = gateways.get(organisationId);
        if (gateway != null) {
            return gateway;
        }
        synchronized (gateways) {
            gateway = gateways.get(organisationId);
            if (gateway == null) {
                if (!Files.isDirectory(settings.identitiesDir().resolve(organisationId))) {
                    throw new LedgerUnavailableException("No Fabric identity for organisation '" + organisationId
                            + "': add the folder " + settings.identitiesDir().resolve(organisationId)
                            + " with cert.pem, key.pem and mspid", null);
                }
                try {
                    gateway = gatewayOf(OrganisationIdentity.read(settings.identitiesDir(), organisationId));
                } catch (IllegalStateException e) {
                    throw new LedgerUnavailableException(e.getMessage(), e);
                }
                gateways.put(organisationId, gateway);
            }
            return gateway;
        }
    }

    private Contract contractFor(String organisationId) throws LedgerUnavailableException {
        return gatewayFor(organisationId).getNetwork(settings.channel()).getContract(settings.chaincode());
    }

    @Override
    public SubmitOutcome submit(LedgerTransaction transaction) throws LedgerUnavailableException {
        Contract contract = contractFor(transaction.submitterMspId());
        String[] arguments = transaction.arguments().toArray(String[]::new);
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = submitOnce(contract, transaction.function(), arguments);
            if (outcome instanceof Attempt.Finished finished) {
                return finished.outcome();
            }
            Attempt.Conflicted conflict = (Attempt.Conflicted) outcome;
            if (attempt >= settings.conflictAttempts()) {
                LOG.warn("{} as {} met {} on all {} attempts (last transaction {})", transaction.function(),
                        transaction.submitterMspId(), conflict.code(), attempt, conflict.transactionId());
                return new SubmitOutcome.Rejected(conflict.code().name(), transaction.function() + " met "
                        + conflict.code() + " on each of " + attempt + " attempts (last transaction "
                        + conflict.transactionId() + ", block " + conflict.blockNumber()
                        + "): other transactions keep changing what it reads");
            }
            LOG.debug("{} transaction {} was invalidated by {} in block {}; endorsing it again (attempt {} of {})",
                    transaction.function(), conflict.transactionId(), conflict.code(), conflict.blockNumber(),
                    attempt + 1, settings.conflictAttempts());
            pause(attempt);
        }
    }

    /** One endorse → submit → commit status round. */
    private Attempt submitOnce(Contract contract, String function, String[] arguments) throws LedgerUnavailableException {
        Transaction endorsed;
        try {
            endorsed = contract.newProposal(function).addArguments(arguments).build().endorse();
        } catch (EndorseException e) {
            GatewayFailure failure = new GatewayFailure(e.getStatus(), e.getDetails());
            var refusal = failure.refusal();
            if (refusal.isPresent()) {
                return new Attempt.Finished(new SubmitOutcome.Rejected(refusal.get().code(), refusal.get().message()));
            }
            throw unavailable("Endorsing " + function + " (transaction " + e.getTransactionId() + ") failed: "
                    + failure.describe(), e);
        } catch (GatewayRuntimeException e) {
            throw unavailable("Endorsing " + function + " failed: " + e.getMessage(), e);
        }
        SubmittedTransaction submitted;
        try {
            submitted = endorsed.submitAsync();
        } catch (SubmitException e) {
            throw unavailable("The orderer did not accept transaction " + e.getTransactionId() + " (" + function + "): "
                    + new GatewayFailure(e.getStatus(), e.getDetails()).describe(), e);
        }
        Status status = commitStatus(submitted, function);
        if (status.isSuccessful()) {
            return new Attempt.Finished(new SubmitOutcome.Committed(status.getTransactionId(), status.getBlockNumber(),
                    new String(submitted.getResult(), StandardCharsets.UTF_8)));
        }
        TxValidationCode code = status.getCode();
        if (code == TxValidationCode.MVCC_READ_CONFLICT || code == TxValidationCode.PHANTOM_READ_CONFLICT) {
            return new Attempt.Conflicted(code, status.getTransactionId(), status.getBlockNumber());
        }
        LOG.warn("Transaction {} ({}) was invalidated in block {} with {}", status.getTransactionId(), function,
                status.getBlockNumber(), code);
        return new Attempt.Finished(new SubmitOutcome.Rejected(code.name(), "Transaction " + status.getTransactionId()
                + " (" + function + ") was invalidated in block " + status.getBlockNumber() + " with " + code));
    }

    /**
     * The commit status, read again once if the first read fails. When it cannot be read the transaction may
     * still commit; the caller hears "unavailable" and may resubmit, which the contract answers with the
     * record already stored (every write is idempotent for identical content).
     */
    private Status commitStatus(SubmittedTransaction submitted, String function) throws LedgerUnavailableException {
        for (int read = 1; ; read++) {
            try {
                return submitted.getStatus();
            } catch (CommitStatusException e) {
                if (read >= COMMIT_STATUS_READS) {
                    throw unavailable("Transaction " + submitted.getTransactionId() + " (" + function + ") reached the "
                            + "orderer but its commit status could not be read (" + new GatewayFailure(e.getStatus(),
                            e.getDetails()).describe() + "); it may still commit, and resubmitting is safe", e);
                }
                pause(read);
            }
        }
    }

    @Override
    public QueryOutcome evaluate(LedgerTransaction query) throws LedgerUnavailableException {
        Contract contract = contractFor(query.submitterMspId());
        try {
            byte[] result = contract.newProposal(query.function())
                    .addArguments(query.arguments().toArray(String[]::new)).build().evaluate();
            return new QueryOutcome.Answered(new String(result, StandardCharsets.UTF_8));
        } catch (GatewayException e) {
            GatewayFailure failure = new GatewayFailure(e.getStatus(), e.getDetails());
            var refusal = failure.refusal();
            if (refusal.isPresent()) {
                return new QueryOutcome.Rejected(refusal.get().code(), refusal.get().message());
            }
            throw unavailable("Evaluating " + query.function() + " failed: " + failure.describe(), e);
        } catch (GatewayRuntimeException e) {
            throw unavailable("Evaluating " + query.function() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the channel's chaincode events from the checkpoint's block. The gateway streams them block by
     * block without saying when it has sent all that is committed, so a batch ends at {@code max} events, when
     * the stream pauses for the quiet period after a first event, or when {@code wait} (at least one quiet
     * period, to let committed events arrive) passes without any. Batch sizes therefore depend on timing;
     * which events come, and in which order, does not.
     */
    @Override
    public EventBatch events(EventCheckpoint after, int max, Duration wait) throws LedgerUnavailableException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        Network network = gatewayFor(readerOrganisation).getNetwork(settings.channel());
        CloseableIterator<ChaincodeEvent> stream;
        try {
            stream = network.newChaincodeEventsRequest(settings.chaincode()).startBlock(after.blockNumber()).build()
                    .getEvents();
        } catch (GatewayRuntimeException e) {
            throw unavailable("Reading chaincode events from block " + after.blockNumber() + " failed: "
                    + new GatewayFailure(e.getStatus(), e.getDetails()).describe(), e);
        }
        BlockingQueue<StreamItem> queue = new LinkedBlockingQueue<>(Math.min(max, 1024) + 1);
        Future<?> reader = eventReaders.submit(() -> readInto(stream, queue));
        List<LedgerEvent> found = new ArrayList<>();
        try {
            long firstWait = Math.max(wait.toNanos(), settings.eventsQuietPeriod().toNanos());
            long deadline = System.nanoTime() + firstWait;
            boolean passedCheckpoint = after.transactionId().isEmpty();
            while (found.size() < max) {
                long timeout = found.isEmpty() ? deadline - System.nanoTime() : settings.eventsQuietPeriod().toNanos();
                StreamItem item = queue.poll(Math.max(0, timeout), TimeUnit.NANOSECONDS);
                if (item == null) {
                    break;
                }
                if (item instanceof StreamItem.Ended ended) {
                    if (ended.failure() != null && found.isEmpty()) {
                        throw unavailable("Reading chaincode events from block " + after.blockNumber() + " failed: "
                                + new GatewayFailure(ended.failure().getStatus(), ended.failure().getDetails()).describe(),
                                ended.failure());
                    }
                    break;
                }
                ChaincodeEvent event = ((StreamItem.Received) item).event();
                if (event.getBlockNumber() < after.blockNumber()) {
                    continue;
                }
                if (!passedCheckpoint && event.getBlockNumber() == after.blockNumber()) {
                    passedCheckpoint = event.getTransactionId().equals(after.transactionId());
                    continue;
                }
                found.add(new LedgerEvent(event.getBlockNumber(), event.getTransactionId(), event.getEventName(),
                        new String(event.getPayload(), StandardCharsets.UTF_8)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.close();
            reader.cancel(true);
        }
        return new EventBatch(found, found.isEmpty() ? after : EventCheckpoint.after(found.get(found.size() - 1)));
    }

    private static void readInto(CloseableIterator<ChaincodeEvent> stream, BlockingQueue<StreamItem> queue) {
        try {
            while (stream.hasNext()) {
                queue.put(new StreamItem.Received(stream.next()));
            }
            queue.offer(new StreamItem.Ended(null));
        } catch (GatewayRuntimeException e) {
            queue.offer(new StreamItem.Ended(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Proves with what a Fabric peer offers: the contract's history query names the newest writing transaction;
     * the query system chaincode gives that transaction as committed ({@code GetTransactionByID}: its envelope
     * and validation code) and its block ({@code GetBlockByTxID}). The transaction must be valid, must have
     * written the value in this chaincode's namespace, and must be in the block's data, whose hash the block
     * header holds; the block hash is Fabric's: SHA-256 of the ASN.1 DER header (number, previous hash, data
     * hash). The chain from that block to the head is the peer's to keep (it validates every block it adds).
     */
    @Override
    public RecordProof prove(LedgerTransaction history) {
        LatestChange.Lookup lookup = LatestChange.lookUp(this, history);
        if (lookup instanceof LatestChange.Lookup.Answered answered) {
            return answered.proof();
        }
        LatestChange latest = ((LatestChange.Lookup.Found) lookup).change();
        String transactionId = latest.transactionId();
        try {
            Contract system = gatewayFor(history.submitterMspId()).getNetwork(settings.channel())
                    .getContract(QUERY_SYSTEM_CHAINCODE);
            ProcessedTransaction processed = ProcessedTransaction.parseFrom(
                    system.evaluateTransaction("GetTransactionByID", settings.channel(), transactionId));
            if (processed.getValidationCode() != TxValidationCode.VALID_VALUE) {
                return new RecordProof.Unavailable("transaction " + transactionId + " is committed as "
                        + TxValidationCode.forNumber(processed.getValidationCode()) + ", not VALID");
            }
            Envelope envelope = processed.getTransactionEnvelope();
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            Optional<byte[]> written = writtenValue(org.hyperledger.fabric.protos.peer.Transaction.parseFrom(payload.getData()),
                    latest);
            if (!header.getTxId().equals(transactionId) || written.isEmpty()) {
                return new RecordProof.Unavailable("transaction " + transactionId + " did not write the value the "
                        + "history reports in chaincode " + settings.chaincode());
            }
            Block block = Block.parseFrom(system.evaluateTransaction("GetBlockByTxID", settings.channel(), transactionId));
            if (!block.getData().getDataList().contains(envelope.toByteString())
                    || !block.getHeader().getDataHash().equals(dataHash(block))) {
                return new RecordProof.Unavailable("block " + block.getHeader().getNumber() + " does not hold transaction "
                        + transactionId + " under its data hash");
            }
            Instant timestamp = Instant.ofEpochSecond(header.getTimestamp().getSeconds(), header.getTimestamp().getNanos());
            return new RecordProof.Proven(HexFormat.of().formatHex(sha256(written.get())), transactionId,
                    block.getHeader().getNumber(), HexFormat.of().formatHex(headerHash(block.getHeader())), timestamp,
                    new String(written.get(), StandardCharsets.UTF_8));
        } catch (LedgerUnavailableException e) {
            return new RecordProof.Unavailable(e.getMessage());
        } catch (GatewayException e) {
            return new RecordProof.Unavailable("The peer's query system chaincode did not answer for transaction "
                    + transactionId + ": " + new GatewayFailure(e.getStatus(), e.getDetails()).describe());
        } catch (InvalidProtocolBufferException | GatewayRuntimeException e) {
            return new RecordProof.Unavailable("The peer's answer about transaction " + transactionId
                    + " cannot be read: " + e.getMessage());
        }
    }

    /** The value a committed transaction wrote in this chaincode's namespace that is the latest change's value. */
    private Optional<byte[]> writtenValue(org.hyperledger.fabric.protos.peer.Transaction transaction, LatestChange latest)
            throws InvalidProtocolBufferException {
        for (TransactionAction action : transaction.getActionsList()) {
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(ProposalResponsePayload
                    .parseFrom(actionPayload.getAction().getProposalResponsePayload()).getExtension());
            for (NsReadWriteSet namespace : TxReadWriteSet.parseFrom(chaincodeAction.getResults()).getNsRwsetList()) {
                if (!namespace.getNamespace().equals(settings.chaincode())) {
                    continue;
                }
                for (KVWrite write : KVRWSet.parseFrom(namespace.getRwset()).getWritesList()) {
                    if (!write.getIsDelete() && latest.isWrittenAs(write.getValue().toByteArray())) {
                        return Optional.of(write.getValue().toByteArray());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Fabric's block data hash: SHA-256 of the concatenated envelopes. */
    private static ByteString dataHash(Block block) {
        ByteString all = ByteString.EMPTY;
        for (ByteString data : block.getData().getDataList()) {
            all = all.concat(data);
        }
        return ByteString.copyFrom(sha256(all.toByteArray()));
    }

    /** Fabric's block hash: SHA-256 of the ASN.1 DER sequence (number, previous hash, data hash). */
    private static byte[] headerHash(BlockHeader header) {
        try {
            return sha256(new DERSequence(new ASN1Encodable[] {new ASN1Integer(header.getNumber()),
                    new DEROctetString(header.getPreviousHash().toByteArray()),
                    new DEROctetString(header.getDataHash().toByteArray())}).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("A block header cannot be DER-encoded", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Ready when the peer answers the query system chaincode's chain info (which also gives the height and the
     * head block's hash), or at least the contract's {@code ping}; never throws.
     */
    @Override
    public LedgerStatus status() {
        Network network;
        try {
            network = gatewayFor(readerOrganisation).getNetwork(settings.channel());
        } catch (LedgerUnavailableException e) {
            return new LedgerStatus(false, KIND, -1, "");
        }
        try {
            BlockchainInfo chain = BlockchainInfo.parseFrom(network.getContract(QUERY_SYSTEM_CHAINCODE)
                    .evaluateTransaction("GetChainInfo", settings.channel()));
            return new LedgerStatus(true, KIND, chain.getHeight(),
                    HexFormat.of().formatHex(chain.getCurrentBlockHash().toByteArray()));
        } catch (GatewayException | InvalidProtocolBufferException | RuntimeException chainInfoFailure) {
            try {
                network.getContract(settings.chaincode()).evaluateTransaction("ping");
                return new LedgerStatus(true, KIND, -1, "");
            } catch (GatewayException | RuntimeException pingFailure) {
                LOG.debug("Fabric peer {} is not answering: {}", settings.peerEndpoint(), pingFailure.getMessage());
                return new LedgerStatus(false, KIND, -1, "");
            }
        }
    }

    @Override
    public void close() {
        gateways.values().forEach(Gateway::close);
        eventReaders.shutdownNow();
        connection.shutdownNow();
        try {
            if (!connection.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The connection to Fabric peer {} did not close within 5 s", settings.peerEndpoint());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A jittered, doubling pause: 0.5 to 1.5 times the base, times 2^(attempt-1), at most two seconds. */
    private void pause(int attempt) throws LedgerUnavailableException {
        long base = settings.conflictBackoff().toMillis() << Math.min(attempt - 1, 10);
        long millis = Math.min(MAX_BACKOFF.toMillis(), (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble())));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("Interrupted while waiting to retry a Fabric transaction", e);
        }
    }

    private LedgerUnavailableException unavailable(String message, Throwable cause) {
        LOG.warn("Fabric ledger unavailable: {}", message);
        return new LedgerUnavailableException(message, cause);
    }

    /** How one endorse-submit-commit round ended. */
    private sealed interface Attempt {
        record Finished(SubmitOutcome outcome) implements Attempt {
        }

        record Conflicted(TxValidationCode code, String transactionId, long blockNumber) implements Attempt {
        }
    }

    /** What the event reader thread hands over: an event, or the end of the stream (with its failure). */
    private sealed interface StreamItem {
        record Received(ChaincodeEvent event) implements StreamItem {
        }

        record Ended(GatewayRuntimeException failure) implements StreamItem {
        }
    }
}
