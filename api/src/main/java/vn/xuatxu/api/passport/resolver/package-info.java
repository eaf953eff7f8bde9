/**
 * The public face of a label: the GS1 Digital Link resolver. The routes {@code /01/{gtin}},
 * {@code /01/{gtin}/10/{lot}} and {@code /01/{gtin}/10/{lot}/21/{serial}} answer a phone with the passport
 * page (Vietnamese first, English on request) and programs with JSON-LD or an RFC 9264 linkset; the proof,
 * the recall status, the journey and the certificates are read from the ledger at every scan.
 * {@code docs/resolver.md} describes the routes, the negotiation and the link types.
 */
package vn.xuatxu.api.passport.resolver;
