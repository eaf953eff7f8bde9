package vn.xuatxu.api.ledger.embedded;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the contract's transaction functions by name, the way Fabric's contract router does: only methods
 * annotated {@link Transaction}, a {@link Context} first, then string arguments.
 */
final class ContractInvoker {

    /** What a contract function did: returned a payload, or refused with a code and a message. */
    sealed interface Result {
        record Returned(String payload) implements Result {
        }

        record Refused(String code, String message) implements Result {
        }
    }

    private final ContractInterface contract;
    private final Map<String, Method> functions = new HashMap<>();

    ContractInvoker(ContractInterface contract) {
        this.contract = contract;
        for (Method method : contract.getClass().getMethods()) {
            if (method.isAnnotationPresent(Transaction.class) && Modifier.isPublic(method.getModifiers())
                    && method.getParameterCount() >= 1 && method.getParameterTypes()[0] == Context.class) {
                functions.put(method.getName(), method);
            }
        }
    }

    Result invoke(ChaincodeStub stub, String function, List<String> arguments) {
        String name = function.contains(":") ? function.substring(function.indexOf(':') + 1) : function;
        Method method = functions.get(name);
        if (method == null) {
            return new Result.Refused("UNKNOWN_FUNCTION", "The contract has no transaction function '" + name + "'");
        }
        if (method.getParameterCount() - 1 != arguments.size()) {
            return new Result.Refused("INVALID_ARGUMENT", "Function '" + name + "' takes "
                    + (method.getParameterCount() - 1) + " arguments, got " + arguments.size());
        }
        Object[] values = new Object[arguments.size() + 1];
        values[0] = new Context(stub);
        for (int i = 0; i < arguments.size(); i++) {
            values[i + 1] = arguments.get(i);
        }
        try {
            Object returned = method.invoke(contract, values);
            return new Result.Returned(returned == null ? "" : returned.toString());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ChaincodeException refusal) {
                byte[] payload = refusal.getPayload();
                String code = payload == null || payload.length == 0 ? "CONTRACT_ERROR"
                        : new String(payload, StandardCharsets.UTF_8);
                return new Result.Refused(code, String.valueOf(refusal.getMessage()));
            }
            return new Result.Refused("CONTRACT_ERROR", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Contract function " + name + " is not accessible", e);
        }
    }
}
