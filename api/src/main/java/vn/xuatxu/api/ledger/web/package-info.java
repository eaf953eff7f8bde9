/**
 * The ledger over HTTP: as the province agency audits it (what was committed, in order, whoever wrote it), and
 * an organisation's refused writes with the way to send them again.
 */
package vn.xuatxu.api.ledger.web;
