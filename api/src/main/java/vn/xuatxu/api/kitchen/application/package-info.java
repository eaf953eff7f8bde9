/**
 * Kitchen use cases: who may read and write which kitchen ({@link vn.xuatxu.api.kitchen.application.KitchenAccess}),
 * entering Form 1–5 rows checked by the domain ({@link vn.xuatxu.api.kitchen.application.KitchenEntries}),
 * rebuilding the domain's day from stored rows at any instant
 * ({@link vn.xuatxu.api.kitchen.application.DayReconstruction}), closing and amending a day with its hash
 * anchored through the outbox ({@link vn.xuatxu.api.kitchen.application.DayClosing}), the official forms
 * ({@link vn.xuatxu.api.kitchen.application.FormExport}) and the ledger proof of the public page
 * ({@link vn.xuatxu.api.kitchen.application.DayProof}). Every domain refusal reaches people as a Vietnamese
 * message ({@link vn.xuatxu.api.kitchen.application.ViolationMessages}).
 */
package vn.xuatxu.api.kitchen.application;
