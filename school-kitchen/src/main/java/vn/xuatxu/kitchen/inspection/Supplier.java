package vn.xuatxu.kitchen.inspection;

/**
 * "Nơi cung cấp" on Form 1: who supplied a delivery and who brought it.
 *
 * <p>Why the delivery person is kept: Form 1 asks for it, so a poisoning investigation can find
 * who handled the food. It is personal data (reference §4.3) and is never published; only the
 * business name is.
 *
 * @param businessName   "Tên cơ sở": the supplier's business name
 * @param addressAndPhone "Địa chỉ, điện thoại": the business address and phone
 * @param deliveredBy    "Tên người giao hàng": the person who delivered
 */
public record Supplier(String businessName, String addressAndPhone, String deliveredBy) {
}
