package vn.xuatxu.api.ledger.embedded;

import java.util.List;

/**
 * One block of the embedded ledger. {@code hash} covers everything but itself and the signature;
 * {@code previousHash} chains it to the block before, so changing any byte of history breaks the chain.
 */
record Block(long number, String previousHash, String timestamp, List<TransactionRecord> transactions,
             String hash, String signature) {

    /** The hash of the block before the first one. */
    static final String GENESIS_PREVIOUS = "0".repeat(64);

    Block {
        transactions = List.copyOf(transactions);
    }

    /** The part of a block that its hash covers. */
    record Content(long number, String previousHash, String timestamp, List<TransactionRecord> transactions) {
    }

    Content content() {
        return new Content(number, previousHash, timestamp, transactions);
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
