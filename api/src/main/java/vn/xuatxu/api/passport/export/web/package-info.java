/** The export endpoints: per lot under /api/v1/lots/{id}/exports, bulk under /api/v1/exports. */
package vn.xuatxu.api.passport.export.web;
