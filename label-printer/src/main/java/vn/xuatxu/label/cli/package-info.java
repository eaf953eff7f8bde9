/**
 * The command line of {@code label-printer.jar}: {@code render} a label to a file, {@code print} it,
 * run an {@code agent} that pulls jobs from the server, or {@code serve} jobs pushed over HTTP.
 */
package vn.xuatxu.label.cli;
