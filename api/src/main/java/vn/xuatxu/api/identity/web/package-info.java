/** Signing in and out over the API and the pages, and who the current request acts as. */
package vn.xuatxu.api.identity.web;
