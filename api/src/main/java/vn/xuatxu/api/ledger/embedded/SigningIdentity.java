package vn.xuatxu.api.ledger.embedded;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** An organisation's key and certificate, as Fabric's MSP would hold them. */
final class SigningIdentity {

    private final String mspId;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final byte[] serialized;

    SigningIdentity(String mspId, PrivateKey privateKey, X509Certificate certificate) {
        this.mspId = mspId;
        this.privateKey = privateKey;
        this.certificate = certificate;
        try {
            String pem = LocalCertificateAuthority.pem("CERTIFICATE", certificate.getEncoded());
            this.serialized = SerializedIdentity.newBuilder()
                    .setMspid(mspId)
                    .setIdBytes(ByteString.copyFrom(pem, StandardCharsets.UTF_8))
                    .build()
                    .toByteArray();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificate of " + mspId + " cannot be encoded", e);
        }
    }

    String mspId() {
        return mspId;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The creator bytes Fabric puts in a proposal: a serialized identity with the PEM certificate. */
    byte[] serialized() {
        return serialized.clone();
    }

    byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the identity of " + mspId, e);
        }
    }

    static boolean verify(X509Certificate certificate, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(certificate.getPublicKey());
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
