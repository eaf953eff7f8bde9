/**
 * Demo data for a newcomer: a province agency, a coffee co-operative with an OCOP product and a lot, and
 * a primary school kitchen, with logins printed at startup. Only when demo mode is switched on.
 */
package vn.xuatxu.api.demo;
