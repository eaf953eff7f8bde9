package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.junit.jupiter.api.Test;

/**
 * Pins the contract's public API (the api module's embedded ledger calls these methods by name) and
 * checks that the shim's own router and metadata builder accept the class as Fabric would load it.
 */
class PassportContractShapeTest {

    @Test
    void exposesExactlyTheAgreedTransactions() {
        Map<String, String> actual = new TreeMap<>();
        for (Method method : PassportContract.class.getDeclaredMethods()) {
            Transaction transaction = method.getAnnotation(Transaction.class);
            if (transaction != null) {
                assertTrue(Modifier.isPublic(method.getModifiers()), method.getName());
                assertEquals(String.class, method.getReturnType(), method.getName());
                actual.put(method.getName(), transaction.intent() + " " + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName).toList());
            }
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "ping", "EVALUATE [Context]",
                "initLedger", "SUBMIT [Context, String]",
                "registerOrganisation", "SUBMIT [Context, String]",
                "registerProduct", "SUBMIT [Context, String]",
                "registerLot", "SUBMIT [Context, String]",
                "getLot", "EVALUATE [Context, String, String]",
                "getProduct", "EVALUATE [Context, String]",
                "getOrganisation", "EVALUATE [Context, String]"));
        assertEquals(expected, actual);
    }

    @Test
    void isTheDefaultContractNamedPassport() {
        assertTrue(Modifier.isFinal(PassportContract.class.getModifiers()));
        assertTrue(ContractInterface.class.isAssignableFrom(PassportContract.class));
        assertNotNull(PassportContract.class.getAnnotation(Default.class));
        Contract contract = PassportContract.class.getAnnotation(Contract.class);
        assertEquals("passport", contract.name());
        assertEquals("Xuất Xứ passport contract", contract.info().title());
        assertEquals("0.1", contract.info().version());
    }

    @Test
    void theShimRoutesEveryTransactionAndBuildsValidMetadata() {
        RoutingRegistryImpl registry = new RoutingRegistryImpl();
        registry.findAndSetContracts(TypeRegistry.getRegistry()); // the classpath scan ContractRouter performs
        ContractDefinition definition = registry.getContract("passport");
        assertEquals(PassportContract.class, definition.getContractImpl());
        assertEquals("passport", definition.getName());
        assertTrue(definition.isDefault());
        List<String> routed = definition.getTxFunctions().stream().map(fn -> fn.getName()).sorted().toList();
        assertEquals(List.of("getLot", "getOrganisation", "getProduct", "initLedger", "ping", "registerLot",
                "registerOrganisation", "registerProduct"), routed);

        MetadataBuilder.initialize(registry, TypeRegistry.getRegistry());
        MetadataBuilder.validate();
        String metadata = MetadataBuilder.getMetadata();
        assertTrue(metadata.contains("\"registerLot\""), metadata);
    }
}
