/** Accepting a report (spam and rate checks) and reading reports within a signed-in person's scope. */
package vn.xuatxu.api.passport.report.application;
