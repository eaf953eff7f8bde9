/** The {@code problem_report} table. */
package vn.xuatxu.api.passport.report.persistence;
