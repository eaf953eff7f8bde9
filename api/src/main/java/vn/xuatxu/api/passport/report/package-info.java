/**
 * Problems buyers report from a passport page (a suspected fake, a quality problem, wrong information),
 * and the lists that bring them to the producer and the agency.
 */
package vn.xuatxu.api.passport.report;
