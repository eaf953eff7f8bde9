/**
 * The public face of a label: GS1 Digital Link routes that a phone camera opens, answered with the
 * passport page in Vietnamese and proof that the record matches the ledger.
 */
package vn.xuatxu.api.passport.resolver;
