package vn.xuatxu.api.passport.model;

/**
 * Where an item is kept, and so who fixes it and which passports it concerns: the producer's details
 * serve all its products, a product's all its lots; lot items are checked only on a lot's passport.
 */
public enum PassportLevel {
    PRODUCER("Cơ sở"),
    PRODUCT("Sản phẩm"),
    LOT("Lô hàng");

    private final String vietnamese;

    PassportLevel(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
