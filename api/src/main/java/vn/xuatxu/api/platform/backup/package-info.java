/**
 * Backup and restore of one installation: the database, the embedded ledger's block log and keys, and the
 * files in the data folder, in one archive that a fresh machine can be rebuilt from. Plain Java over JDBC,
 * so it needs no {@code mariadb-dump} binary and works the same with the embedded and an external MariaDB.
 */
package vn.xuatxu.api.platform.backup;
