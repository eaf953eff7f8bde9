package vn.xuatxu.api.passport.product.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.ledger.LedgerJson;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.product.persistence.ProductStore;

import java.text.Normalizer;
import java.util.Map;
import java.util.HashMap;

/** Registers a product for its producer and queues its registration on the ledger in the same transaction. */
@Singleton
public final class ProductRegistration {

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
        Map<String, Object> fields = new HashMap<>();
        fields.put("gtin", normalised.gtin().value());
        fields.put("name", normalised.name());
        fields.put("category", normalised.category());
        fields.put("ocopStars", normalised.ocopStars() == null ? 0 : normalised.ocopStars());
        outbox.enqueue(transaction, Outbox.SubjectType.PRODUCT, id,
                LedgerTransaction.of(producerMspId, "registerProduct", LedgerJson.of(fields)));
        return id;
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
