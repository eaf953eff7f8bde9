/**
 * The one passport model: every item Decree 37/2026/NĐ-CP asks of a digital product passport and Circular
 * 02/2024/TT-BKHCN asks of a traceability record, each mapped to our field and to the JSON-LD and EPCIS 2.0
 * terms that carry it ({@link vn.xuatxu.api.passport.model.PassportItem}), a product's or lot's passport as
 * plain values ({@link vn.xuatxu.api.passport.model.Passport}), and the check of what is missing or expired
 * ({@link vn.xuatxu.api.passport.model.Completeness}). No framework or database in sight, so exports,
 * pages and tests share it.
 */
package vn.xuatxu.api.passport.model;
