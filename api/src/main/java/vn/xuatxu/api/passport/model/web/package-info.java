/**
 * The passport checklist over the API and on the producer's pages, the forms that fix its items, the
 * agency's page of blocking items, and the answer to a label request for an incomplete lot.
 */
package vn.xuatxu.api.passport.model.web;
