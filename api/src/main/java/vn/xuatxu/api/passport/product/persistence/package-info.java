/** Products in MariaDB. */
package vn.xuatxu.api.passport.product.persistence;
