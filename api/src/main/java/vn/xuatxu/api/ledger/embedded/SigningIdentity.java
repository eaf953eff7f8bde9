package vn.xuatxu.api.ledger.embedded;

import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import com.google.protobuf.ByteString;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** An organisation's key and certificate, as Fabric's MSP would hold them. */
record SigningIdentity(String mspId, PrivateKey privateKey, X509Certificate certificate) {

    /** The creator bytes Fabric puts in a proposal: a serialized identity with the PEM certificate. */
    byte[] serialized() {
        try {
            String pem = LocalCertificateAuthority.pem("CERTIFICATE", certificate.getEncoded());
            return SerializedIdentity.newBuilder()
                    .setMspid(mspId)
                    .setIdBytes(ByteString.copyFrom(pem, StandardCharsets.UTF_8))
                    .build()
                    .toByteArray();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificate of " + mspId + " cannot be encoded", e);
        }
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
