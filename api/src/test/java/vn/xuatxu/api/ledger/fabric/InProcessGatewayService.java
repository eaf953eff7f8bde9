package vn.xuatxu.api.ledger.fabric;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.contract.ContractInterface;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import vn.xuatxu.api.ledger.embedded.ContractSimulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A peer's Gateway service for tests, served over real gRPC: one endorsing peer and an orderer that cuts one
 * block per transaction. It checks what a Fabric network checks and executes the real contract:
 * <ul>
 *   <li>every proposal, transaction envelope, commit-status and events request is verified against the
 *       signer's certificate, and the certificate against its MSP's CA; the transaction id must be
 *       SHA-256(nonce ‖ creator);</li>
 *   <li>endorse runs the contract through the embedded ledger's {@code SimulationStub} and returns a prepared
 *       transaction built like the peer's ({@code TxReadWriteSet} with versions, chaincode event, response,
 *       the peer's endorsement signature);</li>
 *   <li>submit re-reads everything from the signed envelope, checks the endorsement signature, validates
 *       the read set against the current state (MVCC, as Fabric's committer does), appends a block with the
 *       validation code, applies the writes only when valid;</li>
 *   <li>commit status, evaluate, the query system chaincode ({@code qscc GetChainInfo}, {@code GetTransactionByID},
 *       {@code GetBlockByTxID}) over blocks built as Fabric builds them, and chaincode events streamed from a
 *       start block, only from valid transactions.</li>
 * </ul>
 * Tests can inject: read conflicts on the next commits, endorsements held until several have been simulated
 * (a real race), and failures of the next endorsements that carry no chaincode response. An unreachable peer
 * is simply the server stopped.
 *
 * <p>Not modelled: endorsement policies with several organisations, private data, range-query phantom
 * detection, blocks with several transactions, configuration blocks beyond a genesis placeholder, ACLs.
 */
final class InProcessGatewayService extends GatewayGrpc.GatewayImplBase implements AutoCloseable {

    static final String PEER_ADDRESS = "peer0.agency.xuatxu.test:7051";

    private record CommittedTransaction(String transactionId, TxValidationCode code, Optional<ChaincodeEvent> event) {
    }

    /** A block as the peer stores it (the {@code common.Block} qscc returns) and what the tests follow. */
    private record CommittedBlock(long number, byte[] hash, List<CommittedTransaction> transactions, Block block) {
    }

    private record StatusOfTransaction(TxValidationCode code, long blockNumber, Envelope envelope) {
    }

    private record Creator(String mspId, X509Certificate certificate, ByteString serialized) {
    }

    private record ParsedProposal(Proposal proposal, Header header, ChannelHeader channelHeader,
                                  ChaincodeProposalPayload payload, Creator creator, String chaincode, String function,
                                  List<String> arguments, Instant timestamp) {
    }

    private final String channel;
    private final String chaincode;
    private final ContractSimulator simulator;
    private final Map<String, X509Certificate> certificateAuthorities;
    private final String peerMspId;
    private final PrivateKey peerKey;
    private final X509Certificate peerCertificate;
    private final ByteString peerSerialized;

    private final Object ledger = new Object();
    private final List<CommittedBlock> blocks = new ArrayList<>();
    private final Map<String, StatusOfTransaction> statuses = new HashMap<>();
    private boolean closed;
    private int forcedConflicts;
    private CountDownLatch race;
    private int raceSeats;
    private Status injectedEndorseFailure;
    private int injectedEndorseFailures;
    private final AtomicInteger readConflicts = new AtomicInteger();

    InProcessGatewayService(String channel, String chaincode, ContractInterface contract,
                            Map<String, X509Certificate> certificateAuthorities, String peerMspId,
                            TestCertificates.Issued peer) {
        this.channel = channel;
        this.chaincode = chaincode;
        this.simulator = ContractSimulator.create(channel, contract);
        this.certificateAuthorities = Map.copyOf(certificateAuthorities);
        this.peerMspId = peerMspId;
        this.peerKey = peer.privateKey();
        this.peerCertificate = peer.certificate();
        this.peerSerialized = SerializedIdentity.newBuilder().setMspid(peerMspId)
                .setIdBytes(ByteString.copyFromUtf8(TestCertificates.pem(peer.certificate()))).build().toByteString();
        blocks.add(block(0, ByteString.EMPTY, ByteString.copyFromUtf8("genesis of " + channel), null, List.of()));
    }

    // ---- test switches -------------------------------------------------------------------------------

    /** The next {@code commits} transactions are invalidated with MVCC_READ_CONFLICT whatever they read. */
    void conflictOnNextCommits(int commits) {
        synchronized (ledger) {
            forcedConflicts = commits;
        }
    }

    /** The next {@code parties} endorsements are all simulated before any of them is answered. */
    synchronized void raceNextEndorsements(int parties) {
        race = new CountDownLatch(parties);
        raceSeats = parties;
    }

    /** The next {@code count} endorsements fail with {@code status}, without a chaincode response. */
    synchronized void failNextEndorsements(Status status, int count) {
        injectedEndorseFailure = status;
        injectedEndorseFailures = count;
    }

    /** How many commits were invalidated as read conflicts so far. */
    int readConflictsReported() {
        return readConflicts.get();
    }

    /** The payloads (UTF-8) of the chaincode events named {@code eventName} of valid transactions, in block order. */
    List<String> validEventPayloads(String eventName) {
        synchronized (ledger) {
            return blocks.stream().flatMap(block -> block.transactions().stream())
                    .filter(transaction -> transaction.code() == TxValidationCode.VALID)
                    .flatMap(transaction -> transaction.event().stream())
                    .filter(event -> event.getEventName().equals(eventName))
                    .map(event -> event.getPayload().toStringUtf8())
                    .toList();
        }
    }

    @Override
    public void close() {
        synchronized (ledger) {
            closed = true;
            ledger.notifyAll();
        }
    }

    // ---- Gateway API ---------------------------------------------------------------------------------

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> out) {
        try {
            ParsedProposal proposal = parse(request.getProposedTransaction());
            if ("qscc".equals(proposal.chaincode())) {
                out.onNext(EvaluateResponse.newBuilder().setResult(ok(querySystem(proposal))).build());
                out.onCompleted();
                return;
            }
            requireOurChaincode(proposal);
            ContractSimulator.Simulation simulation = simulate(proposal);
            if (simulation.refused()) {
                String message = "chaincode response 500, " + chaincodeMessage(simulation);
                throw error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + message, message);
            }
            out.onNext(EvaluateResponse.newBuilder()
                    .setResult(ok(ByteString.copyFromUtf8(simulation.payload().orElseThrow()))).build());
            out.onCompleted();
        } catch (StatusRuntimeException e) {
            out.onError(e);
        }
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> out) {
        try {
            failIfInjected();
            ParsedProposal proposal = parse(request.getProposedTransaction());
            if (!proposal.channelHeader().getTxId().equals(request.getTransactionId())) {
                throw Status.INVALID_ARGUMENT.withDescription("transaction id differs from the proposal's").asRuntimeException();
            }
            requireOurChaincode(proposal);
            ContractSimulator.Simulation simulation = simulate(proposal);
            awaitRace();
            if (simulation.refused()) {
                throw error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                        "chaincode response 500, " + chaincodeMessage(simulation));
            }
            ChaincodeAction.Builder action = ChaincodeAction.newBuilder()
                    .setResults(readWriteSet(simulation).toByteString())
                    .setResponse(ok(ByteString.copyFromUtf8(simulation.payload().orElseThrow())))
                    .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode));
            simulation.event().ifPresent(event -> action.setEvents(event.toBuilder().setChaincodeId(chaincode).build()
                    .toByteString()));
            ByteString responsePayload = ProposalResponsePayload.newBuilder()
                    .setProposalHash(ByteString.copyFrom(sha256(proposal.proposal().getHeader()
                            .concat(proposal.proposal().getPayload()).toByteArray())))
                    .setExtension(action.build().toByteString())
                    .build().toByteString();
            Endorsement endorsement = Endorsement.newBuilder()
                    .setEndorser(peerSerialized)
                    .setSignature(ByteString.copyFrom(sign(responsePayload.concat(peerSerialized).toByteArray())))
                    .build();
            out.onNext(EndorseResponse.newBuilder().setPreparedTransaction(prepare(proposal, responsePayload, endorsement))
                    .build());
            out.onCompleted();
        } catch (StatusRuntimeException e) {
            out.onError(e);
        }
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> out) {
        try {
            Envelope envelope = request.getPreparedTransaction();
            if (envelope.getSignature().isEmpty()) {
                throw Status.INVALID_ARGUMENT.withDescription("prepared transaction must be signed").asRuntimeException();
            }
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            SignatureHeader signatureHeader = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
            try {
                verify(signatureHeader.getCreator(), envelope.getPayload(), envelope.getSignature());
            } catch (StatusRuntimeException e) {
                throw Status.ABORTED.withDescription("received unsuccessful response from orderer: status=BAD_REQUEST, info="
                        + e.getStatus().getDescription()).asRuntimeException();
            }
            if (!channelHeader.getChannelId().equals(channel) || !channelHeader.getTxId().equals(request.getTransactionId())) {
                throw Status.ABORTED.withDescription("received unsuccessful response from orderer: status=BAD_REQUEST, "
                        + "info=channel or transaction id mismatch").asRuntimeException();
            }
            commit(channelHeader.getTxId(), envelope, payload);
            out.onNext(SubmitResponse.getDefaultInstance());
            out.onCompleted();
        } catch (InvalidProtocolBufferException e) {
            out.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (StatusRuntimeException e) {
            out.onError(e);
        }
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest signed, StreamObserver<CommitStatusResponse> out) {
        try {
            CommitStatusRequest request = CommitStatusRequest.parseFrom(signed.getRequest());
            verify(request.getIdentity(), signed.getRequest(), signed.getSignature());
            Context call = Context.current();
            StatusOfTransaction status;
            synchronized (ledger) {
                while ((status = statuses.get(request.getTransactionId())) == null) {
                    if (closed || call.isCancelled()) {
                        throw Status.UNAVAILABLE.withDescription("peer stopping").asRuntimeException();
                    }
                    ledger.wait(100);
                }
            }
            out.onNext(CommitStatusResponse.newBuilder().setResult(status.code()).setBlockNumber(status.blockNumber()).build());
            out.onCompleted();
        } catch (InvalidProtocolBufferException e) {
            out.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.onError(Status.CANCELLED.asRuntimeException());
        } catch (StatusRuntimeException e) {
            out.onError(e);
        }
    }

    @Override
    public void chaincodeEvents(SignedChaincodeEventsRequest signed, StreamObserver<ChaincodeEventsResponse> out) {
        try {
            ChaincodeEventsRequest request = ChaincodeEventsRequest.parseFrom(signed.getRequest());
            verify(request.getIdentity(), signed.getRequest(), signed.getSignature());
            if (!request.getChannelId().equals(channel)) {
                throw Status.NOT_FOUND.withDescription("channel " + request.getChannelId() + " not found").asRuntimeException();
            }
            Context call = Context.current();
            long next;
            synchronized (ledger) {
                next = request.getStartPosition().getTypeCase() == SeekPosition.TypeCase.SPECIFIED
                        ? request.getStartPosition().getSpecified().getNumber() : blocks.size();
            }
            while (true) {
                CommittedBlock block;
                synchronized (ledger) {
                    while (next >= blocks.size() && !closed && !call.isCancelled()) {
                        ledger.wait(100);
                    }
                    if (call.isCancelled()) {
                        return;
                    }
                    if (closed) {
                        throw Status.UNAVAILABLE.withDescription("peer stopping").asRuntimeException();
                    }
                    block = blocks.get((int) next);
                }
                List<ChaincodeEvent> events = new ArrayList<>();
                for (CommittedTransaction transaction : block.transactions()) {
                    if (transaction.code() == TxValidationCode.VALID) {
                        transaction.event().filter(event -> event.getChaincodeId().equals(request.getChaincodeId()))
                                .ifPresent(events::add);
                    }
                }
                if (!events.isEmpty()) {
                    out.onNext(ChaincodeEventsResponse.newBuilder().setBlockNumber(block.number()).addAllEvents(events).build());
                }
                next++;
            }
        } catch (InvalidProtocolBufferException e) {
            out.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StatusRuntimeException e) {
            out.onError(e);
        }
    }

    // ---- the peer and the orderer ----------------------------------------------------------------------

    private void commit(String transactionId, Envelope envelope, Payload payload) throws InvalidProtocolBufferException {
        Transaction transaction = Transaction.parseFrom(payload.getData());
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
        ChaincodeEndorsedAction endorsed = actionPayload.getAction();
        boolean endorsedByPeer = endorsed.getEndorsementsList().stream().anyMatch(endorsement ->
                endorsement.getEndorser().equals(peerSerialized) && verifySignature(peerCertificate,
                        endorsed.getProposalResponsePayload().concat(endorsement.getEndorser()).toByteArray(),
                        endorsement.getSignature().toByteArray()));
        ChaincodeAction action = ChaincodeAction.parseFrom(ProposalResponsePayload
                .parseFrom(endorsed.getProposalResponsePayload()).getExtension());
        List<ContractSimulator.Read> reads = new ArrayList<>();
        Map<String, byte[]> writes = new LinkedHashMap<>();
        for (NsReadWriteSet namespace : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
            if (!namespace.getNamespace().equals(chaincode)) {
                continue;
            }
            KVRWSet set = KVRWSet.parseFrom(namespace.getRwset());
            set.getReadsList().forEach(read -> reads.add(read.hasVersion()
                    ? new ContractSimulator.Read(read.getKey(), true, read.getVersion().getBlockNum(),
                    (int) read.getVersion().getTxNum())
                    : new ContractSimulator.Read(read.getKey(), false, 0, 0)));
            set.getWritesList().forEach(write -> writes.put(write.getKey(),
                    write.getIsDelete() ? null : write.getValue().toByteArray()));
        }
        Optional<ChaincodeEvent> event = action.getEvents().isEmpty() ? Optional.empty()
                : Optional.of(ChaincodeEvent.parseFrom(action.getEvents()));
        synchronized (ledger) {
            long number = blocks.size();
            TxValidationCode code;
            if (statuses.containsKey(transactionId)) {
                code = TxValidationCode.DUPLICATE_TXID;
            } else if (!endorsedByPeer) {
                code = TxValidationCode.ENDORSEMENT_POLICY_FAILURE;
            } else if (forcedConflicts > 0) {
                forcedConflicts--;
                code = TxValidationCode.MVCC_READ_CONFLICT;
            } else {
                code = simulator.validateAndApply(reads, writes, number, 0, transactionId, java.time.Instant.now())
                        ? TxValidationCode.VALID : TxValidationCode.MVCC_READ_CONFLICT;
            }
            if (code == TxValidationCode.MVCC_READ_CONFLICT) {
                readConflicts.incrementAndGet();
            }
            blocks.add(block(number, ByteString.copyFrom(blocks.get(blocks.size() - 1).hash()), envelope.toByteString(), code,
                    List.of(new CommittedTransaction(transactionId, code, event))));
            statuses.putIfAbsent(transactionId, new StatusOfTransaction(code, number, envelope));
            ledger.notifyAll();
        }
    }

    /**
     * A block as a Fabric orderer cuts it and a peer stores it: the header's data hash is SHA-256 of the
     * concatenated envelopes, the block hash SHA-256 of the header's ASN.1 DER encoding (number, previous hash,
     * data hash), and the metadata's transaction filter holds each envelope's validation code.
     */
    private static CommittedBlock block(long number, ByteString previousHash, ByteString data, TxValidationCode code,
                                        List<CommittedTransaction> transactions) {
        BlockHeader header = BlockHeader.newBuilder().setNumber(number).setPreviousHash(previousHash)
                .setDataHash(ByteString.copyFrom(sha256(data.toByteArray()))).build();
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int index = 0; index <= BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE; index++) {
            metadata.addMetadata(index == BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE && code != null
                    ? ByteString.copyFrom(new byte[] {(byte) code.getNumber()}) : ByteString.EMPTY);
        }
        Block block = Block.newBuilder().setHeader(header).setData(BlockData.newBuilder().addData(data))
                .setMetadata(metadata).build();
        byte[] hash;
        try {
            hash = sha256(new DERSequence(new ASN1Encodable[] {new ASN1Integer(number),
                    new DEROctetString(previousHash.toByteArray()),
                    new DEROctetString(header.getDataHash().toByteArray())}).getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new CommittedBlock(number, hash, transactions, block);
    }

    /** The query system chaincode, as a peer answers it: chain info, a transaction or a block by transaction id. */
    private ByteString querySystem(ParsedProposal proposal) {
        List<String> arguments = proposal.arguments();
        if (arguments.isEmpty() || !arguments.get(0).equals(channel)) {
            throw qsccError("Failed to get channel: " + (arguments.isEmpty() ? "" : arguments.get(0)));
        }
        switch (proposal.function()) {
            case "GetChainInfo":
                return chainInfo().toByteString();
            case "GetTransactionByID":
            case "GetBlockByTxID": {
                String transactionId = arguments.size() > 1 ? arguments.get(1) : "";
                synchronized (ledger) {
                    StatusOfTransaction status = statuses.get(transactionId);
                    if (status == null) {
                        throw qsccError("Failed to get " + ("GetBlockByTxID".equals(proposal.function()) ? "block"
                                : "transaction") + " for txID " + transactionId + ", error no such transaction ID ["
                                + transactionId + "] in index");
                    }
                    return "GetBlockByTxID".equals(proposal.function())
                            ? blocks.get((int) status.blockNumber()).block().toByteString()
                            : ProcessedTransaction.newBuilder().setTransactionEnvelope(status.envelope())
                            .setValidationCode(status.code().getNumber()).build().toByteString();
                }
            }
            default:
                throw qsccError("Requested function " + proposal.function() + " not found.");
        }
    }

    private StatusRuntimeException qsccError(String message) {
        String detail = "chaincode response 500, " + message;
        return error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + detail, detail);
    }

    private BlockchainInfo chainInfo() {
        synchronized (ledger) {
            return BlockchainInfo.newBuilder().setHeight(blocks.size())
                    .setCurrentBlockHash(ByteString.copyFrom(blocks.get(blocks.size() - 1).hash()))
                    .setPreviousBlockHash(blocks.size() > 1 ? ByteString.copyFrom(blocks.get(blocks.size() - 2).hash())
                            : ByteString.EMPTY)
                    .build();
        }
    }

    private ContractSimulator.Simulation simulate(ParsedProposal proposal) {
        return simulator.simulate(proposal.channelHeader().getTxId(), proposal.timestamp(),
                proposal.creator().serialized().toByteArray(), proposal.function(), proposal.arguments());
    }

    /** The message a Fabric peer reports for a refused chaincode call: the contract's message, code first. */
    private static String chaincodeMessage(ContractSimulator.Simulation simulation) {
        String message = simulation.refusalMessage();
        return message.startsWith(simulation.refusalCode() + ": ") ? message : simulation.refusalCode() + ": " + message;
    }

    private TxReadWriteSet readWriteSet(ContractSimulator.Simulation simulation) {
        KVRWSet.Builder set = KVRWSet.newBuilder();
        for (ContractSimulator.Read read : simulation.reads()) {
            KVRead.Builder kvRead = KVRead.newBuilder().setKey(read.key());
            if (read.exists()) {
                kvRead.setVersion(Version.newBuilder().setBlockNum(read.block()).setTxNum(read.transaction()));
            }
            set.addReads(kvRead);
        }
        simulation.writes().forEach((key, value) -> set.addWrites(value == null
                ? KVWrite.newBuilder().setKey(key).setIsDelete(true)
                : KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFrom(value))));
        return TxReadWriteSet.newBuilder()
                .setDataModel(TxReadWriteSet.DataModel.KV)
                .addNsRwset(NsReadWriteSet.newBuilder().setNamespace(chaincode).setRwset(set.build().toByteString()))
                .build();
    }

    /** The transaction envelope as the Fabric gateway assembles it, for the client to sign and submit. */
    private static Envelope prepare(ParsedProposal proposal, ByteString responsePayload, Endorsement endorsement) {
        ChaincodeProposalPayload withoutTransient = proposal.payload().toBuilder().clearTransientMap().build();
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(withoutTransient.toByteString())
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(responsePayload)
                        .addEndorsements(endorsement))
                .build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setHeader(proposal.header().getSignatureHeader()).setPayload(actionPayload.toByteString())).build();
        Payload payload = Payload.newBuilder().setHeader(proposal.header()).setData(transaction.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    private ParsedProposal parse(SignedProposal signed) {
        try {
            Proposal proposal = Proposal.parseFrom(signed.getProposalBytes());
            Header header = Header.parseFrom(proposal.getHeader());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader());
            SignatureHeader signatureHeader = SignatureHeader.parseFrom(header.getSignatureHeader());
            Creator creator = verify(signatureHeader.getCreator(), signed.getProposalBytes(), signed.getSignature());
            String expectedId = HexFormat.of().formatHex(sha256(signatureHeader.getNonce()
                    .concat(signatureHeader.getCreator()).toByteArray()));
            if (!expectedId.equals(channelHeader.getTxId())) {
                throw Status.FAILED_PRECONDITION.withDescription("transaction id is not SHA-256(nonce ‖ creator)")
                        .asRuntimeException();
            }
            if (!channelHeader.getChannelId().equals(channel)) {
                throw Status.NOT_FOUND.withDescription("channel " + channelHeader.getChannelId() + " not found")
                        .asRuntimeException();
            }
            ChaincodeHeaderExtension extension = ChaincodeHeaderExtension.parseFrom(channelHeader.getExtension());
            ChaincodeProposalPayload payload = ChaincodeProposalPayload.parseFrom(proposal.getPayload());
            ChaincodeInvocationSpec spec = ChaincodeInvocationSpec.parseFrom(payload.getInput());
            List<String> arguments = new ArrayList<>();
            spec.getChaincodeSpec().getInput().getArgsList().forEach(arg -> arguments.add(arg.toStringUtf8()));
            if (arguments.isEmpty()) {
                throw Status.INVALID_ARGUMENT.withDescription("no function name").asRuntimeException();
            }
            String function = arguments.remove(0);
            Instant timestamp = Instant.ofEpochSecond(channelHeader.getTimestamp().getSeconds(),
                    channelHeader.getTimestamp().getNanos());
            return new ParsedProposal(proposal, header, channelHeader, payload, creator,
                    extension.getChaincodeId().getName(), function, arguments, timestamp);
        } catch (InvalidProtocolBufferException e) {
            throw Status.INVALID_ARGUMENT.withDescription("failed to unpack transaction proposal: " + e.getMessage())
                    .asRuntimeException();
        }
    }

    private void requireOurChaincode(ParsedProposal proposal) {
        if (!proposal.chaincode().equals(chaincode)) {
            throw Status.FAILED_PRECONDITION.withDescription("no combination of peers can be derived which satisfy the "
                    + "endorsement policy: chaincode " + proposal.chaincode() + " not found").asRuntimeException();
        }
    }

    /** Checks the creator's certificate against its MSP's CA and the signature against the certificate. */
    private Creator verify(ByteString creatorBytes, ByteString signed, ByteString signature) {
        SerializedIdentity identity;
        X509Certificate certificate;
        try {
            identity = SerializedIdentity.parseFrom(creatorBytes);
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(identity.getIdBytes().toByteArray()));
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            throw Status.PERMISSION_DENIED.withDescription("creator is not a serialized X.509 identity").asRuntimeException();
        }
        X509Certificate ca = certificateAuthorities.get(identity.getMspid());
        if (ca == null) {
            throw Status.PERMISSION_DENIED.withDescription("MSP " + identity.getMspid() + " is not a member of channel "
                    + channel).asRuntimeException();
        }
        try {
            certificate.verify(ca.getPublicKey());
            certificate.checkValidity();
        } catch (GeneralSecurityException e) {
            throw Status.PERMISSION_DENIED.withDescription("certificate " + certificate.getSubjectX500Principal()
                    + " is not valid for MSP " + identity.getMspid() + ": " + e.getMessage()).asRuntimeException();
        }
        if (!verifySignature(certificate, signed.toByteArray(), signature.toByteArray())) {
            throw Status.PERMISSION_DENIED.withDescription("signature of " + certificate.getSubjectX500Principal()
                    + " does not verify").asRuntimeException();
        }
        return new Creator(identity.getMspid(), certificate, creatorBytes);
    }

    private static boolean verifySignature(X509Certificate certificate, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(peerKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void failIfInjected() {
        Status failure;
        synchronized (this) {
            if (injectedEndorseFailures <= 0) {
                return;
            }
            injectedEndorseFailures--;
            failure = injectedEndorseFailure;
        }
        throw failure.asRuntimeException();
    }

    private void awaitRace() {
        CountDownLatch latch;
        synchronized (this) {
            latch = race;
            if (latch != null && --raceSeats == 0) {
                race = null;
            }
        }
        if (latch != null) {
            latch.countDown();
            try {
                // A safety net, not a timing assumption: a race whose other party never comes must not hang a test.
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private StatusRuntimeException error(Status.Code code, String message, String detail) {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(code.value())
                .setMessage(message)
                .addDetails(Any.pack(ErrorDetail.newBuilder().setAddress(PEER_ADDRESS).setMspId(peerMspId)
                        .setMessage(detail).build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    private static Response ok(ByteString payload) {
        return Response.newBuilder().setStatus(200).setPayload(payload).build();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
