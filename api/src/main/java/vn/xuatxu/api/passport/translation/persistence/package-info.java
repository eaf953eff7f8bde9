/** Translations in MariaDB, and the one-query read the passport page makes. */
package vn.xuatxu.api.passport.translation.persistence;
