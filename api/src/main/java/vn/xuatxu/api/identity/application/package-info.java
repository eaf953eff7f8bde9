/** Sign-in, password hashing and account administration. */
package vn.xuatxu.api.identity.application;
