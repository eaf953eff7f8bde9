/**
 * Exports of passports for people and programs outside the platform: per lot (JSON-LD passport, the
 * Circular 02/2024 traceability record as JSON and PDF, the EPCIS 2.0 document), bulk exports per
 * organisation or province streamed from the database, and the push port towards the national
 * traceability portal. See docs/exports.md.
 */
package vn.xuatxu.api.passport.export;
