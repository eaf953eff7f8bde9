/** Label batches and their serials in MariaDB, and the serial lookup the resolver asks. */
package vn.xuatxu.api.passport.label.persistence;
