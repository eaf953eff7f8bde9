package vn.xuatxu.api.ledger.fabric;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** Certificates the way Fabric CA issues them, for tests: P-256 keys, a CA per MSP, the xuatxu.org attribute. */
final class TestCertificates {

    /** A key and the certificate for it. */
    record Issued(KeyPair keys, X509Certificate certificate) {
        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    private TestCertificates() {
    }

    static Issued certificateAuthority(String commonName) {
        KeyPair keys = keyPair();
        X500Name name = new X500Name("CN=" + commonName + ",O=Xuat Xu test,C=VN");
        return new Issued(keys, sign(new JcaX509v3CertificateBuilder(name, serial(), from(), until(), name, keys.getPublic()),
                true, keys.getPrivate()));
    }

    /** An enrolment certificate; {@code organisationAttribute} null leaves out Fabric CA's attribute extension. */
    static Issued enrolment(Issued ca, String commonName, String organisationAttribute) {
        KeyPair keys = keyPair();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), from(), until(),
                    new X500Name("CN=" + commonName + ",OU=client,O=Xuat Xu test,C=VN"), keys.getPublic());
            if (organisationAttribute != null) {
                builder.addExtension(new ASN1ObjectIdentifier(OrganisationIdentity.FABRIC_ATTRIBUTES_OID), false,
                        ("{\"attrs\":{\"hf.EnrollmentID\":\"" + commonName + "\",\"xuatxu.org\":\"" + organisationAttribute
                                + "\"}}").getBytes(StandardCharsets.UTF_8));
            }
            return new Issued(keys, sign(builder, false, ca.privateKey()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS server certificate for {@code hostName}. */
    static Issued tlsServer(Issued ca, String hostName) {
        KeyPair keys = keyPair();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), from(), until(),
                    new X500Name("CN=" + hostName), keys.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, hostName)));
            return new Issued(keys, sign(builder, false, ca.privateKey()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, boolean authority, PrivateKey issuerKey) {
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(120, new SecureRandom());
    }

    private static Date from() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date until() {
        return Date.from(Instant.now().plus(Duration.ofDays(30)));
    }
}
