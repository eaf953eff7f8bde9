package vn.xuatxu.api.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Which node certificate signs which blocks: the origin certificate from block 0, then the certificate each
 * {@link CertificateChange} in the log hands over to, from the block after it. It is built from the chain
 * itself, so a verifier trusts the key files on disk for nothing once the node key has been rotated (the
 * first change names the origin); the one thing to pin is the origin's fingerprint, as the head hash is.
 * Checkpoints are trusted only when the current key signed them: a retired key, leaked later, cannot
 * forge a checkpoint either.
 */
final class NodeCertificates {

    /** A certificate and the first block it signs. */
    private record Period(long firstBlock, X509Certificate certificate) {
    }

    private final List<Period> periods = new CopyOnWriteArrayList<>();

    private NodeCertificates(X509Certificate origin) {
        periods.add(new Period(0, origin));
    }

    /**
     * Follows every certificate change in {@code blocks}, in order. Each change's block must match its hash,
     * be signed by the certificate in force before it, hand over from that certificate, carry the next
     * sequence number and name a certificate its CA issued. Links between blocks are the caller's to check.
     *
     * @param unrotatedOrigin the origin when the log holds no change yet (the node certificate on disk)
     * @throws CorruptLedgerException naming the first change that does not check out
     */
    static NodeCertificates follow(List<Block> blocks, Supplier<X509Certificate> unrotatedOrigin)
            throws CorruptLedgerException {
        Optional<Block> first = blocks.stream().filter(block -> block.certificateChange() != null).findFirst();
        X509Certificate origin = first.isPresent()
                ? parse(first.get(), first.get().certificateChange().previousCertificate()) : unrotatedOrigin.get();
        NodeCertificates certificates = new NodeCertificates(origin);
        for (Block block : blocks) {
            if (block.certificateChange() != null) {
                String hash = BlockLog.hashOf(block.content());
                if (!hash.equals(block.hash())) {
                    throw new CorruptLedgerException(block.number(), "its content does not match its hash");
                }
                certificates.requireSigned(block, hash);
                certificates.record(block);
            }
        }
        return certificates;
    }

    /** @throws CorruptLedgerException unless the node certificate in force at this block signed {@code hash} */
    void requireSigned(Block block, String hash) throws CorruptLedgerException {
        if (!signed(block, hash)) {
            Period period = periodOf(block.number());
            throw new CorruptLedgerException(block.number(), rotations() == 0 ? "its signature is not the orderer's"
                    : "its signature is not the orderer's: from block " + period.firstBlock() + " on, blocks must be"
                    + " signed by the node key of rotation " + periods.indexOf(period)
                    + " (certificate sha256 " + fingerprint(period.certificate()) + ")");
        }
    }

    /** Whether the node certificate in force at this block signed {@code hash} as its signature. */
    boolean signed(Block block, String hash) {
        try {
            return block.signature() != null && SigningIdentity.verify(signerOf(block.number()),
                    hash.getBytes(StandardCharsets.US_ASCII), Base64.getDecoder().decode(block.signature()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Takes the hand-over {@code block} records, whose signature the caller has checked.
     *
     * @throws CorruptLedgerException when the change is out of sequence or does not follow the current key
     */
    void record(Block block) throws CorruptLedgerException {
        CertificateChange change = block.certificateChange();
        long number = block.number();
        if (change.sequence() != periods.size()) {
            throw new CorruptLedgerException(number, "its certificate change is number " + change.sequence()
                    + ", but it follows " + rotations() + " rotations");
        }
        if (!block.transactions().isEmpty()) {
            throw new CorruptLedgerException(number, "it changes the node certificate and also holds transactions");
        }
        if (!parse(block, change.previousCertificate()).equals(current())) {
            throw new CorruptLedgerException(number, "its certificate change does not hand over from the node "
                    + "certificate in force (sha256 " + fingerprint(current()) + ")");
        }
        X509Certificate next = parse(block, change.certificate());
        try {
            next.verify(parse(block, change.caCertificate()).getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CorruptLedgerException(number, "the new node certificate is not issued by the CA it names");
        }
        if (next.getPublicKey().equals(current().getPublicKey())) {
            throw new CorruptLedgerException(number, "its certificate change keeps the same node key");
        }
        periods.add(new Period(number + 1, next));
    }

    private Period periodOf(long blockNumber) {
        for (int i = periods.size() - 1; i > 0; i--) {
            if (periods.get(i).firstBlock() <= blockNumber) {
                return periods.get(i);
            }
        }
        return periods.get(0);
    }

    /** The certificate that must have signed block {@code blockNumber}. */
    X509Certificate signerOf(long blockNumber) {
        return periodOf(blockNumber).certificate();
    }

    /** The certificate that signs the checkpoint after block {@code blockNumber} and the blocks after it. */
    X509Certificate inForceAfter(long blockNumber) {
        return signerOf(blockNumber + 1);
    }

    X509Certificate current() {
        return periods.get(periods.size() - 1).certificate();
    }

    X509Certificate origin() {
        return periods.get(0).certificate();
    }

    int rotations() {
        return periods.size() - 1;
    }

    /** The hex SHA-256 of a certificate's DER encoding, as {@code openssl x509 -fingerprint -sha256} shows it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a node certificate", e);
        }
    }

    private static X509Certificate parse(Block block, String pem) throws CorruptLedgerException {
        try {
            return LocalCertificateAuthority.certificate(pem);
        } catch (RuntimeException e) {
            throw new CorruptLedgerException(block.number(), "its certificate change holds an unreadable certificate");
        }
    }
}
