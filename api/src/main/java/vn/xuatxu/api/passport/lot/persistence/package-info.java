/** Lots in MariaDB, through jOOQ classes generated from the Flyway schema. */
package vn.xuatxu.api.passport.lot.persistence;
