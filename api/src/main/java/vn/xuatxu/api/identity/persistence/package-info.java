/** Organisations and accounts in MariaDB. */
package vn.xuatxu.api.identity.persistence;
