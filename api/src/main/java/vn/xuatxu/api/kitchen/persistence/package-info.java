/**
 * Kitchen records in MariaDB (schema {@code V3__kitchen.sql}), through the generated jOOQ classes. Rows are
 * append-only: a wrong row is struck out with a reason, so any closed version of a day can be rebuilt from
 * the rows that existed when it was closed. Stores speak the domain's value types (meals, pass/fail,
 * quantities) and kitchen-local times; the UTC columns stay inside this package.
 */
package vn.xuatxu.api.kitchen.persistence;
