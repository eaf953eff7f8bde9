/** A lot's journey after registration, in EPCIS 2.0 terms, anchored on the ledger by event hash. */
package vn.xuatxu.api.passport.journey;
