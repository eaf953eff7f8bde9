package vn.xuatxu.api.ledger.fabric;

import io.grpc.Status;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed gateway call says, read the way the Fabric peer's gateway writes it: a chaincode that refused
 * appears as {@code "chaincode response 500, <message>"}, in the status description (evaluate) or in an
 * {@link ErrorDetail} per endorsing peer (endorse). Our contract starts every refusal message with its error
 * code ({@code "FORBIDDEN: registerLot: ..."}), because the peer passes on only the message.
 *
 * <p>Anything without a chaincode response (no peer reachable, a timeout, an endorsement policy or ACL failure,
 * peers disagreeing) is not the contract's answer, so it is not a refusal: the caller sees the ledger as
 * unavailable and retries later, when an operator may have fixed the network.
 *
 * @param status  the gRPC status of the call
 * @param details the per-peer details the gateway attached
 */
record GatewayFailure(Status status, List<ErrorDetail> details) {

    /** The code used when a chaincode failed without one of our codes in front of its message. */
    static final String UNCODED_REFUSAL = "CONTRACT_ERROR";
    private static final Pattern CHAINCODE_RESPONSE = Pattern.compile("chaincode response (\\d{3}), (.*)", Pattern.DOTALL);
    private static final Pattern CODE_PREFIX = Pattern.compile("([A-Z][A-Z0-9_]*): .*", Pattern.DOTALL);

    GatewayFailure {
        details = List.copyOf(details);
    }

    /** A contract refusal: the code our contract put in front of its message, and the whole message. */
    record Refusal(String code, String message) {
    }

    /** The contract's refusal when a chaincode response is in the failure; empty when the network failed. */
    Optional<Refusal> refusal() {
        List<String> messages = new ArrayList<>();
        details.forEach(detail -> messages.add(detail.getMessage()));
        if (status.getDescription() != null) {
            messages.add(status.getDescription());
        }
        for (String message : messages) {
            Matcher response = CHAINCODE_RESPONSE.matcher(message);
            if (response.find()) {
                String text = response.group(2).strip();
                Matcher code = CODE_PREFIX.matcher(text);
                return Optional.of(new Refusal(code.matches() ? code.group(1) : UNCODED_REFUSAL, text));
            }
        }
        return Optional.empty();
    }

    /** One line for logs and exception messages: status, description and every peer's detail. */
    String describe() {
        StringBuilder text = new StringBuilder(status.getCode().name());
        if (status.getDescription() != null) {
            text.append(": ").append(status.getDescription());
        }
        details.forEach(detail -> text.append(" [").append(detail.getMspId()).append('@').append(detail.getAddress())
                .append(": ").append(detail.getMessage()).append(']'));
        return text.toString();
    }
}
