/** Passports read from MariaDB in one query each, the declarations added for Decree 37/2026, and the agency's blocking items. */
package vn.xuatxu.api.passport.model.persistence;
