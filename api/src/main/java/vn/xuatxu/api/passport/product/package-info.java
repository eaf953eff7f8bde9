/** Products: what a producer sells, named by a GTIN, with its OCOP rating and description. */
package vn.xuatxu.api.passport.product;
