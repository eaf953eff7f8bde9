/** The HTTPS adapter of the portal push port: POSTs batches of passports as JSON with retries and back-off. */
package vn.xuatxu.api.passport.export.portal;
