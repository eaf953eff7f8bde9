/** The label batch API. */
package vn.xuatxu.api.passport.label.web;
