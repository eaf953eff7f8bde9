/** The printing API for people ({@code /api/v1/print-agents}, {@code /api/v1/print-jobs}), for agents
 * ({@code /api/v1/print-agent}), and the printers page ({@code /may-in}). */
package vn.xuatxu.api.printing.web;
