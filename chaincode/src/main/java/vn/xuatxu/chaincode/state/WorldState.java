package vn.xuatxu.chaincode.state;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Typed access to one transaction's view of the world state.
 *
 * <p>Remember Fabric's rule: a read does not see this transaction's own writes (they are applied at
 * commit), so a transaction must never write a key and then read it back.
 */
public final class WorldState {
    private final ChaincodeStub stub;

    public WorldState(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** The stored record, decoded. */
    public <T> Optional<T> read(Class<T> type, ObjectType objectType, String... attributes) {
        return readBytes(objectType, attributes).map(bytes -> CanonicalJson.decode(bytes, type));
    }

    /** The stored JSON exactly as written, for returning to a caller unchanged. */
    public Optional<String> readJson(ObjectType objectType, String... attributes) {
        return readBytes(objectType, attributes).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code value} as canonical JSON.
     *
     * @return the JSON written
     */
    public String write(Object value, ObjectType objectType, String... attributes) {
        byte[] json = CanonicalJson.encode(value);
        stub.putState(objectType.key(stub, attributes), json);
        return new String(json, StandardCharsets.UTF_8);
    }

    private Optional<byte[]> readBytes(ObjectType objectType, String... attributes) {
        byte[] bytes = stub.getState(objectType.key(stub, attributes));
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
    }
}
