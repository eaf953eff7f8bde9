/** Print agents and their jobs in MariaDB (migration V14). */
package vn.xuatxu.api.printing.persistence;
