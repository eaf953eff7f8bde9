/**
 * What the application needs before and around its context: the data folder, the embedded MariaDB
 * that serves a newcomer with nothing installed, the startup banner and command-line tools.
 */
package vn.xuatxu.api.platform;
