/** A lot's journey in EPCIS 2.0 terms: the steps we record and how an event is hashed for the ledger. */
package vn.xuatxu.api.passport.journey.domain;
