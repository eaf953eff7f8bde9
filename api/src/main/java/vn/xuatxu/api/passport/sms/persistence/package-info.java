/** The SMS check log and the per-label check counts in MariaDB. */
package vn.xuatxu.api.passport.sms.persistence;
