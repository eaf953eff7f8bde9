package vn.xuatxu.api.ledger.embedded;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The embedded ledger's own certificate authority, created on first start, so that every organisation
 * has a real X.509 identity exactly as in Fabric: the contract reads the caller's MSP id from the
 * certificate and cannot tell the embedded ledger from a network.
 */
final class LocalCertificateAuthority {

    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");
    private static final Duration VALIDITY = Duration.ofDays(3650);

    /** Suffix of the key and certificate files a node key rotation prepares before its block is written. */
    static final String NEXT = ".next";

    private final Path folder;
    private final Clock clock;
    private volatile SigningIdentity ca;
    private final Map<String, SigningIdentity> issued = new ConcurrentHashMap<>();

    private LocalCertificateAuthority(Path folder, Clock clock, SigningIdentity ca) {
        this.folder = folder;
        this.clock = clock;
        this.ca = ca;
    }

    static LocalCertificateAuthority open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
            Path key = folder.resolve("ca.key.pem");
            Path cert = folder.resolve("ca.cert.pem");
            SigningIdentity ca;
            if (Files.exists(key) && Files.exists(cert)) {
                ca = read("XuatXuCA", key, cert);
            } else {
                ca = newAuthority(clock);
                write(ca, key, cert);
            }
            return new LocalCertificateAuthority(folder, clock, ca);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the ledger's certificate authority in " + folder, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the ledger's certificate authority", e);
        }
    }

    /** The identity an organisation signs with, issued on first use and kept. */
    SigningIdentity identity(String mspId) {
        if (!MSP_ID.matcher(mspId).matches()) {
            throw new IllegalArgumentException("Not a valid MSP id: " + mspId);
        }
        return issued.computeIfAbsent(mspId, this::loadOrIssue);
    }

    X509Certificate certificate() {
        return ca.certificate();
    }

    private synchronized SigningIdentity loadOrIssue(String mspId) {
        Path key = folder.resolve(mspId + ".key.pem");
        Path cert = folder.resolve(mspId + ".cert.pem");
        try {
            if (Files.exists(key) && Files.exists(cert)) {
                return read(mspId, key, cert);
            }
            SigningIdentity identity = issue(mspId, ca);
            write(identity, key, cert);
            return identity;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the ledger identity of " + mspId, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a ledger identity for " + mspId, e);
        }
    }

    private SigningIdentity issue(String mspId, SigningIdentity issuer)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair pair = newKeyPair();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(), from(clock),
                until(clock), name("admin@" + mspId, mspId), pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        return new SigningIdentity(mspId, pair.getPrivate(), sign(builder, issuer.privateKey()));
    }

    private static SigningIdentity newAuthority(Clock clock)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair pair = newKeyPair();
        X500Name name = name("Xuat Xu local CA", "XuatXuCA");
        X509Certificate self = sign(new JcaX509v3CertificateBuilder(name, serial(), from(clock), until(clock),
                name, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                pair.getPrivate());
        return new SigningIdentity("XuatXuCA", pair.getPrivate(), self);
    }

    /** A new node identity written beside the current one ({@value #NEXT} files), and the CA that issued it. */
    record PendingNode(SigningIdentity node, X509Certificate ca) {
    }

    /**
     * First step of a node key rotation: a new key and certificate for {@code mspId}, issued by this CA or by
     * a new one, written durably as {@value #NEXT} files while the current files stay in force. The ledger
     * then records the hand-over in a block and calls {@link #completeNodeRotation}; a crash in between is
     * settled at the next start by {@link #settleNodeRotation}, which the log decides.
     */
    synchronized PendingNode prepareNodeRotation(String mspId, boolean newAuthority) throws IOException {
        try {
            SigningIdentity issuer = ca;
            if (newAuthority) {
                issuer = newAuthority(clock);
                write(issuer, next(folder.resolve("ca.key.pem")), next(folder.resolve("ca.cert.pem")));
            }
            SigningIdentity node = issue(mspId, issuer);
            write(node, next(folder.resolve(mspId + ".key.pem")), next(folder.resolve(mspId + ".cert.pem")));
            return new PendingNode(node, issuer.certificate());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a new node identity", e);
        }
    }

    /**
     * Puts the prepared identity in force: with a new CA, the organisations' identities of the old CA are
     * deleted first (each is issued again by the new CA at its next submission; the contract authorises by
     * MSP id), then the CA files and the node's files are renamed over the old ones, retiring the old key.
     * Safe to repeat after a crash part-way.
     */
    synchronized SigningIdentity completeNodeRotation(String mspId) throws IOException {
        Path caKey = folder.resolve("ca.key.pem");
        Path caCert = folder.resolve("ca.cert.pem");
        try {
            if (Files.exists(next(caCert))) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if ((name.endsWith(".key.pem") || name.endsWith(".cert.pem")) && !name.startsWith("ca.")
                                && !name.startsWith(mspId + ".")) {
                            Files.delete(file);
                        }
                    }
                }
                issued.clear();
                Files.move(next(caKey), caKey, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(next(caCert), caCert, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            ca = read("XuatXuCA", caKey, caCert);
            Path key = folder.resolve(mspId + ".key.pem");
            Path cert = folder.resolve(mspId + ".cert.pem");
            Files.move(next(key), key, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(next(cert), cert, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SigningIdentity node = read(mspId, key, cert);
            issued.put(mspId, node);
            return node;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the rotated node identity", e);
        }
    }

    /** Removes a prepared rotation whose block was never written. */
    synchronized void dropNodeRotation(String mspId) throws IOException {
        for (String name : new String[] {"ca.key.pem", "ca.cert.pem", mspId + ".key.pem", mspId + ".cert.pem"}) {
            Files.deleteIfExists(next(folder.resolve(name)));
        }
    }

    /**
     * Finishes or drops a rotation a crash interrupted: completed when the log already hands over to the
     * prepared certificate ({@code inForce}), dropped otherwise.
     */
    void settleNodeRotation(String mspId, X509Certificate inForce) throws IOException {
        Path prepared = next(folder.resolve(mspId + ".cert.pem"));
        if (!Files.exists(prepared)) {
            return;
        }
        boolean written;
        try {
            written = certificate(Files.readString(prepared)).equals(inForce);
        } catch (RuntimeException e) {
            written = false;
        }
        if (written) {
            completeNodeRotation(mspId);
        } else {
            dropNodeRotation(mspId);
        }
    }

    private static Path next(Path file) {
        return file.resolveSibling(file.getFileName() + NEXT);
    }

    /** Parses one PEM certificate. */
    static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a certificate: " + e.getMessage(), e);
        }
    }

    /** The PEM text of a certificate. */
    static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A certificate cannot be encoded", e);
        }
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, "client")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, new SecureRandom());
    }

    private static Date from(Clock clock) {
        return Date.from(Instant.now(clock).minus(Duration.ofDays(1)));
    }

    private static Date until(Clock clock) {
        return Date.from(Instant.now(clock).plus(VALIDITY));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static void write(SigningIdentity identity, Path key, Path cert) throws IOException, GeneralSecurityException {
        writeAtomically(key, pem("PRIVATE KEY", identity.privateKey().getEncoded()));
        writeAtomically(cert, pem("CERTIFICATE", identity.certificate().getEncoded()));
    }

    private static SigningIdentity read(String mspId, Path key, Path cert) throws IOException, GeneralSecurityException {
        PrivateKey privateKey = KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(key))));
        return new SigningIdentity(mspId, privateKey, certificate(Files.readString(cert)));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** Writes a temporary file, forces it to disk and renames it into place, so a crash leaves old or new. */
    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temporary, content);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
