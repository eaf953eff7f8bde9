package vn.xuatxu.api.ledger.embedded;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One block of the embedded ledger. {@code hash} covers everything but itself and the signature;
 * {@code previousHash} chains it to the block before, so changing any byte of history breaks the chain.
 * A block that hands block signing to a new node key carries a {@code certificateChange} and no
 * transactions; the field is left out of the JSON when absent, so blocks written before key rotation
 * existed keep their bytes and hashes.
 */
record Block(long number, String previousHash, String timestamp, List<TransactionRecord> transactions,
             @JsonInclude(JsonInclude.Include.NON_NULL) CertificateChange certificateChange,
             String hash, String signature) {

    /** The hash of the block before the first one. */
    static final String GENESIS_PREVIOUS = "0".repeat(64);

    Block {
        transactions = List.copyOf(transactions);
    }

    /** The part of a block that its hash covers. */
    record Content(long number, String previousHash, String timestamp, List<TransactionRecord> transactions,
                   @JsonInclude(JsonInclude.Include.NON_NULL) CertificateChange certificateChange) {

        /** The block with this content, its hash and the node's signature of that hash. */
        Block signed(String hash, String signature) {
            return new Block(number, previousHash, timestamp, transactions, certificateChange, hash, signature);
        }
    }

    Content content() {
        return new Content(number, previousHash, timestamp, transactions, certificateChange);
    }

    /** A transaction as committed, with the read and write sets it was validated against. */
    record TransactionRecord(String id, String creatorMspId, String function, List<String> arguments,
                             String timestamp, String validation, List<Read> reads, List<Write> writes,
                             String eventName, String eventPayloadBase64) {
        TransactionRecord {
            arguments = List.copyOf(arguments);
            reads = List.copyOf(reads);
            writes = List.copyOf(writes);
        }
    }

    /** A key read during simulation and the version seen; block -1 means it did not exist. */
    record Read(String key, long block, int transaction) {
    }

    /** A key written; a null value is a delete. Values are Base64 because state is bytes. */
    record Write(String key, String valueBase64) {
    }
}
