/** Export values and formats: the passport row, the Circular 02 record, the EPCIS document, CSV and JSON lines. */
package vn.xuatxu.api.passport.export.domain;
