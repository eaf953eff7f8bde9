/** The public report form's target, the staff page and the staff API. */
package vn.xuatxu.api.passport.report.web;
