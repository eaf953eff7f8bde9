/** The ledger as the province agency audits it: what was committed, in order, whoever wrote it. */
package vn.xuatxu.api.ledger.web;
