package vn.xuatxu.chaincode.ledger;

import java.nio.charset.StandardCharsets;

/** A chaincode event as a committed transaction carried it. */
public record ChaincodeEventRecord(String txId, String name, byte[] payload) {

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
