/**
 * The school kitchen feature: adapters around the {@code school-kitchen} module's plain-Java domain
 * ({@code vn.xuatxu.kitchen}). The domain decides what a valid Form 1–5 row, sample and closed day is; this
 * feature stores the rows in MariaDB ({@code persistence}), rebuilds the domain objects from them, anchors
 * closed days on the ledger through the outbox ({@code application}), and serves the tablet pages, the
 * API, the official PDF/XLSX forms and the public page per school and day ({@code web}).
 */
package vn.xuatxu.api.kitchen;
