/** Reads passports for export (one query per lot, a server-side cursor in bulk) and the portal push log. */
package vn.xuatxu.api.passport.export.persistence;
