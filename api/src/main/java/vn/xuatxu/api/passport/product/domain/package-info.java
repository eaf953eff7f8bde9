/** What a product's passport holds, checked, with no framework or database in sight. */
package vn.xuatxu.api.passport.product.domain;
