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
        Map<String, String> expected = new TreeMap<>();
        // The functions the api module already calls: names, intents and arity must never change.
        expected.put("ping", "EVALUATE [Context]");
        expected.put("initLedger", "SUBMIT [Context, String]");
        expected.put("registerOrganisation", "SUBMIT [Context, String]");
        expected.put("registerProduct", "SUBMIT [Context, String]");
        expected.put("registerLot", "SUBMIT [Context, String]");
        expected.put("getLot", "EVALUATE [Context, String, String]");
        expected.put("getProduct", "EVALUATE [Context, String]");
        expected.put("getOrganisation", "EVALUATE [Context, String]");
        // Added for issue 4.
        expected.put("updateProduct", "SUBMIT [Context, String]");
        expected.put("recordEvent", "SUBMIT [Context, String]");
        expected.put("recallLot", "SUBMIT [Context, String]");
        expected.put("registerLabelBatch", "SUBMIT [Context, String]");
        expected.put("voidLabels", "SUBMIT [Context, String]");
        expected.put("recordKitchenDay", "SUBMIT [Context, String]");
        expected.put("getLotHistory", "EVALUATE [Context, String, String]");
        expected.put("getLotEvents", "EVALUATE [Context, String, String]");
        expected.put("getTraceEvent", "EVALUATE [Context, String]");
        expected.put("listLots", "EVALUATE [Context, String, String, String, String]");
        expected.put("getRecall", "EVALUATE [Context, String]");
        expected.put("getLabelBatch", "EVALUATE [Context, String, String, String]");
        expected.put("verifyLabel", "EVALUATE [Context, String, String, String, String, String]");
        expected.put("getKitchenDay", "EVALUATE [Context, String, String]");
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
        assertEquals("0.2", contract.info().version());
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
        assertEquals(List.of("getKitchenDay", "getLabelBatch", "getLot", "getLotEvents", "getLotHistory", "getOrganisation",
                "getProduct", "getRecall", "getTraceEvent", "initLedger", "listLots", "ping", "recallLot", "recordEvent",
                "recordKitchenDay", "registerLabelBatch", "registerLot", "registerOrganisation", "registerProduct",
                "updateProduct", "verifyLabel", "voidLabels"), routed);

        MetadataBuilder.initialize(registry, TypeRegistry.getRegistry());
        MetadataBuilder.validate();
        String metadata = MetadataBuilder.getMetadata();
        assertTrue(metadata.contains("\"registerLot\""), metadata);
    }
}
