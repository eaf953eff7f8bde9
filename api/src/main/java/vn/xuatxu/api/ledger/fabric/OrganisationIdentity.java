package vn.xuatxu.api.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.ASN1OctetString;
import org.hyperledger.fabric.client.identity.Identities;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One platform organisation's Fabric identity, read from its folder under {@code identities-dir}: the
 * enrolment certificate, its private key and the MSP that issued it.
 *
 * <p>On a real channel several organisations share one MSP (every co-op is enrolled by the producers' CA), and
 * the contract tells them apart by the Fabric CA attribute {@value #ORGANISATION_ATTRIBUTE} in the certificate.
 * The folder is therefore checked against what the contract will see: a certificate whose attribute names
 * another organisation, or that has none while its MSP id differs from the folder, would make every
 * transaction act for the wrong organisation, so it stops startup.
 *
 * @param organisationId the folder name: the organisation id the application submits as
 * @param mspId          the Fabric MSP id from the {@code mspid} file
 * @param certificate    the enrolment certificate from {@code cert.pem}
 * @param privateKey     its key from {@code key.pem}
 */
record OrganisationIdentity(String organisationId, String mspId, X509Certificate certificate, PrivateKey privateKey) {

    /** The Fabric CA attribute carrying the platform organisation id (X.509 extension 1.2.3.4.5.6.7.8.1). */
    static final String ORGANISATION_ATTRIBUTE = "xuatxu.org";
    static final String FABRIC_ATTRIBUTES_OID = "1.2.3.4.5.6.7.8.1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads and checks the identity in {@code identitiesDir/organisationId}.
     *
     * @throws IllegalStateException naming the missing or unreadable file, or the mismatch found
     */
    static OrganisationIdentity read(Path identitiesDir, String organisationId) {
        if (!ID.matcher(organisationId).matches()) {
            throw new IllegalStateException("Fabric identity folder name '" + organisationId + "' in " + identitiesDir
                    + " is not a valid organisation id (letters, digits, '.', '-'; at most 64)");
        }
        Path folder = identitiesDir.resolve(organisationId);
        Path certFile = folder.resolve("cert.pem");
        Path keyFile = folder.resolve("key.pem");
        Path mspFile = folder.resolve("mspid");
        for (Path file : new Path[] {certFile, keyFile, mspFile}) {
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + file
                        + " is missing or unreadable (each folder needs cert.pem, key.pem and mspid)");
            }
        }
        X509Certificate certificate;
        try (Reader reader = Files.newBufferedReader(certFile, StandardCharsets.US_ASCII)) {
            certificate = Identities.readX509Certificate(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + certFile
                    + " is not a PEM X.509 certificate: " + e.getMessage(), e);
        }
        PrivateKey key;
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII)) {
            key = Identities.readPrivateKey(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + keyFile
                    + " is not a PEM private key: " + e.getMessage(), e);
        }
        String mspId;
        try {
            mspId = Files.readString(mspFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': cannot read "
                    + mspFile + ": " + e.getMessage(), e);
        }
        if (!ID.matcher(mspId).matches()) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + mspFile
                    + " must hold the MSP id (e.g. ProducersMSP), got '" + mspId + "'");
        }
        if (!keyMatches(key, certificate)) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + keyFile
                    + " is not the private key of " + certFile);
        }
        Optional<String> attribute = organisationAttribute(certificate);
        if (attribute.isPresent() && !attribute.get().equals(organisationId)) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + certFile
                    + " carries " + ORGANISATION_ATTRIBUTE + "=" + attribute.get() + ", so the contract would act for '"
                    + attribute.get() + "'; enrol it with " + ORGANISATION_ATTRIBUTE + "=" + organisationId);
        }
        if (attribute.isEmpty() && !mspId.equals(organisationId)) {
            throw new IllegalStateException("Fabric identity of organisation '" + organisationId + "': " + certFile
                    + " has no " + ORGANISATION_ATTRIBUTE + " attribute and its MSP id '" + mspId + "' differs from the "
                    + "folder name, so the contract would act for '" + mspId + "'; enrol it with "
                    + ORGANISATION_ATTRIBUTE + "=" + organisationId + ":ecert");
        }
        return new OrganisationIdentity(organisationId, mspId, certificate, key);
    }

    /** The {@value #ORGANISATION_ATTRIBUTE} attribute Fabric CA wrote into the certificate, if any. */
    static Optional<String> organisationAttribute(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(FABRIC_ATTRIBUTES_OID);
        if (extension == null) {
            return Optional.empty();
        }
        try {
            JsonNode attributes = JSON.readTree(ASN1OctetString.getInstance(extension).getOctets()).path("attrs");
            JsonNode value = attributes.get(ORGANISATION_ATTRIBUTE);
            return value == null || !value.isTextual() || value.asText().isEmpty()
                    ? Optional.empty() : Optional.of(value.asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The Fabric CA attributes of certificate " + certificate.getSubjectX500Principal()
                    + " are not JSON: " + e.getMessage(), e);
        }
    }

    private static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA"
                : "Ed25519".equals(key.getAlgorithm()) ? "Ed25519" : null;
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] probe = "xuatxu identity check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
