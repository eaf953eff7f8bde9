package vn.xuatxu.api.ledger.embedded;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.RecordProof;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.platform.LedgerKeyRotationCommand;
import vn.xuatxu.api.platform.LedgerVerificationCommand;
import vn.xuatxu.chaincode.PassportContract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Node key rotation: the hand-over is a block the old key signs, and every verifier (start, verify-ledger,
 * checkpoints, proofs) follows it from the origin key; forged hand-overs and late signatures of a retired
 * key are refused; a rotation a crash interrupted is finished or dropped as the log says.
 */
class EmbeddedLedgerKeyRotationTest {

    private static final String AGENCY = "DienBienAgencyMSP";
    private static final String COOP = "MuongAngCoffeeMSP";
    private static final String GTIN = "08938600001016";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void seedProvince() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "initLedger", AGENCY)));
            committed(ledger.submit(LedgerTransaction.of(AGENCY, "registerOrganisation",
                    "{\"kind\":\"PRODUCER\",\"mspId\":\"" + COOP + "\",\"name\":\"HTX Cà phê Mường Ảng\",\"province\":\"Điện Biên\"}")));
            committed(ledger.submit(LedgerTransaction.of(COOP, "registerProduct",
                    "{\"category\":\"Cà phê\",\"gtin\":\"" + GTIN + "\",\"name\":\"Cà phê Arabica\",\"ocopStars\":4}")));
        }
    }

    private EmbeddedLedger open() throws CorruptLedgerException {
        return EmbeddedLedger.open(folder, "passports", clock, new PassportContract(), 2);
    }

    private static void committed(SubmitOutcome outcome) {
        assertInstanceOf(SubmitOutcome.Committed.class, outcome, () -> "not committed: " + outcome);
    }

    private static void registerLot(EmbeddedLedger ledger, String lot) throws Exception {
        committed(ledger.submit(LedgerTransaction.of(COOP, "registerLot", "{\"bestBeforeDate\":\"2027-11-09\",\"gtin\":\""
                + GTIN + "\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\"2026-11-09\",\"quantity\":\"1200\","
                + "\"recordHash\":\"" + "ab".repeat(32) + "\",\"unit\":\"KGM\"}")));
    }

    private static RecordProof.Proven proven(EmbeddedLedger ledger, String lot) {
        RecordProof proof = ledger.prove(LedgerTransaction.of(AGENCY, "getLotHistory", GTIN, lot));
        return assertInstanceOf(RecordProof.Proven.class, proof, () -> "not proven: " + proof);
    }

    private X509Certificate nodeCertificate() throws Exception {
        return LocalCertificateAuthority.certificate(Files.readString(msp().resolve(EmbeddedLedger.ORDERER_MSP + ".cert.pem")));
    }

    private Path msp() {
        return folder.resolve("msp");
    }

    private List<Block> blocks() throws Exception {
        return BlockLog.readOnly(folder.resolve("blocks.log")).blocks();
    }

    private static boolean signs(X509Certificate certificate, Block block) {
        return SigningIdentity.verify(certificate, block.hash().getBytes(StandardCharsets.US_ASCII),
                Base64.getDecoder().decode(block.signature()));
    }

    /** A copy of the msp folder as it is now: what a thief of an old backup would hold. */
    private Path copyOfMsp() throws Exception {
        Path copy = Files.createDirectories(elsewhere.resolve("msp-" + System.nanoTime()));
        try (Stream<Path> files = Files.list(msp())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** Appends a block with this content, signed by {@code signer}, as someone with write access to the disk could. */
    private void append(Block.Content content, SigningIdentity signer) throws Exception {
        String hash = BlockLog.hashOf(content);
        try (BlockLog log = BlockLog.open(folder.resolve("blocks.log"), new ArrayList<>())) {
            log.append(content.signed(hash, Base64.getEncoder().encodeToString(
                    signer.sign(hash.getBytes(StandardCharsets.US_ASCII)))));
        }
    }

    @Test
    void twoRotationsAreFollowedByVerificationStartsCheckpointsAndProofs() throws Exception {
        X509Certificate origin = nodeCertificate();
        X509Certificate originalCa = LocalCertificateAuthority.certificate(Files.readString(msp().resolve("ca.cert.pem")));
        X509Certificate first;
        try (EmbeddedLedger ledger = open()) {
            registerLot(ledger, "L-1");
            EmbeddedLedger.KeyRotation rotation = ledger.rotateNodeKey(false);
            assertEquals(new EmbeddedLedger.KeyRotation(1, 4, NodeCertificates.fingerprint(origin),
                    NodeCertificates.fingerprint(nodeCertificate()), false), rotation);
            first = nodeCertificate();
            registerLot(ledger, "L-2");
            proven(ledger, "L-1");
            proven(ledger, "L-2");
            assertEquals(2, ledger.rotateNodeKey(true).sequence());
            registerLot(ledger, "L-3");
        }
        X509Certificate second = nodeCertificate();
        X509Certificate newCa = LocalCertificateAuthority.certificate(Files.readString(msp().resolve("ca.cert.pem")));
        assertNotEquals(originalCa, newCa, "--new-ca replaced the local CA");
        second.verify(newCa.getPublicKey());

        List<Block> blocks = blocks();
        assertEquals(8, blocks.size());
        assertTrue(signs(origin, blocks.get(4)), "the hand-over is signed by the old key");
        assertEquals(1, blocks.get(4).certificateChange().sequence());
        assertTrue(signs(first, blocks.get(5)) && !signs(origin, blocks.get(5)), "after it, the new key signs");
        assertTrue(signs(first, blocks.get(6)), "the second hand-over is signed by the first rotation's key");
        assertTrue(signs(second, blocks.get(7)) && !signs(first, blocks.get(7)));

        EmbeddedLedger.Verification verification = EmbeddedLedger.verify(folder);
        assertEquals(8, verification.height());
        assertEquals(2, verification.keyRotations());
        assertEquals(NodeCertificates.fingerprint(origin), verification.originCertificateSha256());
        assertEquals(NodeCertificates.fingerprint(second), verification.nodeCertificateSha256());
        assertFalse(verification.checkpoints().isEmpty());
        assertTrue(verification.badCheckpoints().isEmpty(), verification.badCheckpoints().toString());

        try (EmbeddedLedger ledger = open()) {
            assertEquals(7, ledger.startup().checkpointBlock(), "the checkpoint the new key signed at the close is used");
            assertEquals(3, proven(ledger, "L-1").blockNumber(), "a block of the origin key still proves");
            assertEquals(5, proven(ledger, "L-2").blockNumber());
            registerLot(ledger, "L-4");
            // The organisation's identity of the old CA was replaced by one of the new CA at its next submission.
            LocalCertificateAuthority.certificate(Files.readString(msp().resolve(COOP + ".cert.pem"))).verify(newCa.getPublicKey());
        }
        try (Stream<Path> files = Files.list(folder.resolve("checkpoints"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (EmbeddedLedger ledger = open()) {
            assertEquals(-1, ledger.startup().checkpointBlock(), "a whole replay follows both hand-overs too");
            assertEquals(8, proven(ledger, "L-4").blockNumber());
        }
        assertEquals(9, EmbeddedLedger.verify(folder).height());
    }

    @Test
    void aHandOverNotSignedByTheKeyInForceIsRefused() throws Exception {
        X509Certificate origin = nodeCertificate();
        SigningIdentity forger = LocalCertificateAuthority.open(elsewhere.resolve("forger"), clock)
                .identity(EmbeddedLedger.ORDERER_MSP);
        X509Certificate forgerCa = LocalCertificateAuthority.open(elsewhere.resolve("forger"), clock).certificate();
        Block last = blocks().get(2);
        append(new Block.Content(3, last.hash(), clock.instant().toString(), List.of(), new CertificateChange(1,
                LocalCertificateAuthority.pem(origin), LocalCertificateAuthority.pem(forger.certificate()),
                LocalCertificateAuthority.pem(forgerCa))), forger);

        CorruptLedgerException verified = assertThrows(CorruptLedgerException.class, () -> EmbeddedLedger.verify(folder));
        assertEquals(3, verified.blockNumber());
        assertTrue(verified.getMessage().contains("not the orderer's"), verified.getMessage());
        assertEquals(3, assertThrows(CorruptLedgerException.class, this::open).blockNumber());
    }

    @Test
    void aBlockOrCheckpointSignedByARetiredKeyIsRefused() throws Exception {
        Path stolen = copyOfMsp();
        try (EmbeddedLedger ledger = open()) {
            assertEquals(3, ledger.rotateNodeKey(false).blockNumber());
        }
        assertTrue(Files.notExists(msp().resolve(EmbeddedLedger.ORDERER_MSP + ".key.pem" + LocalCertificateAuthority.NEXT)));
        SigningIdentity retired = LocalCertificateAuthority.open(stolen, clock).identity(EmbeddedLedger.ORDERER_MSP);
        assertNotEquals(retired.certificate(), nodeCertificate(), "the old key is no longer in force");

        // A checkpoint for a block before the rotation, signed by the retired key, is not trusted.
        Path forged = new CheckpointStore(elsewhere.resolve("forged")).write(2, blocks().get(2).hash(),
                new Checkpoint.State(List.of()), retired);
        Files.copy(forged, folder.resolve("checkpoints").resolve(forged.getFileName()));
        List<EmbeddedLedger.CheckpointCheck> bad = EmbeddedLedger.verify(folder).badCheckpoints();
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).problem().contains("retired"), bad.toString());
        try (EmbeddedLedger ledger = open()) {
            assertEquals(3, ledger.startup().checkpointBlock(), "the forged checkpoint is ignored");
        }

        Block last = blocks().get(blocks().size() - 1);
        append(new Block.Content(last.number() + 1, last.hash(), clock.instant().toString(), List.of(), null), retired);
        CorruptLedgerException verified = assertThrows(CorruptLedgerException.class, () -> EmbeddedLedger.verify(folder));
        assertEquals(4, verified.blockNumber());
        assertTrue(verified.getMessage().contains("rotation 1"), verified.getMessage());
        assertEquals(4, assertThrows(CorruptLedgerException.class, this::open).blockNumber());
    }

    @Test
    void aRotationWhoseBlockWasNeverWrittenIsDroppedAtTheNextStart() throws Exception {
        X509Certificate before = nodeCertificate();
        LocalCertificateAuthority.open(msp(), clock).prepareNodeRotation(EmbeddedLedger.ORDERER_MSP, true);
        assertTrue(Files.exists(msp().resolve("ca.key.pem" + LocalCertificateAuthority.NEXT)));
        try (EmbeddedLedger ledger = open()) {
            registerLot(ledger, "L-1");
        }
        assertEquals(before, nodeCertificate());
        try (Stream<Path> files = Files.list(msp())) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(LocalCertificateAuthority.NEXT)));
        }
        assertEquals(0, EmbeddedLedger.verify(folder).keyRotations());
    }

    @Test
    void aRotationInterruptedAfterItsBlockIsFinishedAtTheNextStart() throws Exception {
        Path old = copyOfMsp();
        try (EmbeddedLedger ledger = open()) {
            ledger.rotateNodeKey(false);
        }
        X509Certificate rotated = nodeCertificate();
        // As if the process died after writing the block, before renaming the new key files into place.
        for (String name : List.of(EmbeddedLedger.ORDERER_MSP + ".key.pem", EmbeddedLedger.ORDERER_MSP + ".cert.pem")) {
            Files.move(msp().resolve(name), msp().resolve(name + LocalCertificateAuthority.NEXT));
            Files.copy(old.resolve(name), msp().resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        try (EmbeddedLedger ledger = open()) {
            registerLot(ledger, "L-1");
        }
        assertEquals(rotated, nodeCertificate());
        assertEquals(1, EmbeddedLedger.verify(folder).keyRotations());
    }

    @Test
    void aNodeKeyOnDiskThatTheLogDoesNotHandOverToStopsTheStart() throws Exception {
        Path old = copyOfMsp();
        try (EmbeddedLedger ledger = open()) {
            ledger.rotateNodeKey(false);
        }
        for (String name : List.of(EmbeddedLedger.ORDERER_MSP + ".key.pem", EmbeddedLedger.ORDERER_MSP + ".cert.pem")) {
            Files.copy(old.resolve(name), msp().resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        CorruptLedgerException refused = assertThrows(CorruptLedgerException.class, this::open);
        assertTrue(refused.getMessage().contains("is not the one the log's key rotation 1 hands over to"), refused.getMessage());
        assertEquals(1, EmbeddedLedger.verify(folder).keyRotations(), "verification reads the keys from the log, not the disk");
    }

    @Test
    void theCommandRotatesAndVerifyLedgerFollowsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] args = {"--ledger-dir", folder.toString()};
        assertEquals(0, LedgerKeyRotationCommand.run(args, outStream, errStream, clock), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, LedgerKeyRotationCommand.run(new String[] {"--new-ca", "--ledger-dir", folder.toString()},
                outStream, errStream, clock), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("rotation 2 recorded in block 4"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, LedgerVerificationCommand.run(args, outStream, errStream), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("node key rotations 2"), out.toString(StandardCharsets.UTF_8));

        assertEquals(2, LedgerKeyRotationCommand.run(new String[] {"--ledger"}, outStream, errStream, clock));
        assertEquals(1, LedgerKeyRotationCommand.run(new String[] {"--ledger-dir", elsewhere.resolve("none").toString()},
                outStream, errStream, clock));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No embedded ledger"), err.toString(StandardCharsets.UTF_8));
    }
}
