/** What producers do with products: register one and have it vouched for on the ledger. */
package vn.xuatxu.api.passport.product.application;
