package vn.xuatxu.api.passport.product.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.product.persistence.ProductStore;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

/** Registers a product for its producer and queues its registration on the ledger in the same transaction. */
@Singleton
public final class ProductRegistration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProductStore products;
    private final Outbox outbox;

    ProductRegistration(ProductStore products, Outbox outbox) {
        this.products = products;
        this.outbox = outbox;
    }

    public long register(DSLContext transaction, ProductStore.NewProduct product, String producerMspId) {
        ProductStore.NewProduct normalised = new ProductStore.NewProduct(product.organisationId(), product.gtin(),
                nfc(product.name()), nfc(product.category()), nfc(product.description()), nfc(product.netContent()),
                product.ocopStars());
        long id = products.insert(transaction, normalised);
        Map<String, Object> fields = new TreeMap<>();
        fields.put("gtin", normalised.gtin().value());
        fields.put("name", normalised.name());
        fields.put("category", normalised.category());
        fields.put("ocopStars", normalised.ocopStars() == null ? 0 : normalised.ocopStars());
        try {
            outbox.enqueue(transaction, Outbox.SubjectType.PRODUCT, id,
                    LedgerTransaction.of(producerMspId, "registerProduct", JSON.writeValueAsString(fields)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Product cannot be encoded", e);
        }
        return id;
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
