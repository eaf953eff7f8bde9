package vn.xuatxu.chaincode.ledger;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A caller: an MSP id and a real self-signed P-256 X.509 certificate in PEM, serialised the way a
 * Fabric client puts it in a proposal's creator field, so {@code ClientIdentity} parses it for real.
 */
public record TestIdentity(String mspId, String certificatePem) {

    /** The X.509 extension in which Fabric CA writes enrolment attributes, as JSON {@code {"attrs":{...}}}. */
    public static final String FABRIC_ATTRIBUTE_OID = "1.2.3.4.5.6.7.8.1";

    public static TestIdentity generate(String mspId, String commonName) {
        return generate(mspId, commonName, Map.of());
    }

    /**
     * A certificate carrying Fabric CA attributes, e.g. {@code xuatxu.org}, in extension
     * {@value #FABRIC_ATTRIBUTE_OID} exactly as Fabric CA encodes them (the extension value is the
     * UTF-8 JSON itself).
     */
    public static TestIdentity generate(String mspId, String commonName, Map<String, String> attributes) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName + ",O=" + mspId + ",C=VN");
            Instant notBefore = Instant.parse("2026-01-01T00:00:00Z");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(notBefore),
                    Date.from(notBefore.plus(3650, ChronoUnit.DAYS)), subject, keyPair.getPublic());
            if (!attributes.isEmpty()) {
                StringBuilder json = new StringBuilder("{\"attrs\":{");
                new TreeMap<>(attributes).forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                        .append('"').append(name).append("\":\"").append(value).append('"'));
                json.append("}}");
                builder.addExtension(new ASN1ObjectIdentifier(FABRIC_ATTRIBUTE_OID), false,
                        json.toString().getBytes(StandardCharsets.UTF_8));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return new TestIdentity(mspId, pem);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot generate a test certificate", e);
        }
    }

    /** The {@code SerializedIdentity} protobuf bytes a Fabric stub returns from {@code getCreator()}. */
    public byte[] serialized() {
        return SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFromUtf8(certificatePem))
                .build()
                .toByteArray();
    }
}
