package vn.xuatxu.api.ledger.embedded;

/**
 * A hand-over of block signing from one node certificate to the next, recorded in its own block that the
 * OLD key signs. Verifiers start from the origin certificate and follow these entries in block order, so
 * they learn every later node key from the chain itself rather than from the key files on disk; a block
 * after the hand-over signed by the retired key, or an entry that the then-current key did not sign, fails.
 *
 * @param sequence            1 for the first rotation, then 2, 3, ...
 * @param previousCertificate the node certificate (PEM) that signed every block up to and including this one
 * @param certificate         the node certificate (PEM) that signs every block and checkpoint after this one
 * @param caCertificate       the certificate (PEM) of the local CA that issued {@code certificate}
 */
record CertificateChange(int sequence, String previousCertificate, String certificate, String caCertificate) {
}
