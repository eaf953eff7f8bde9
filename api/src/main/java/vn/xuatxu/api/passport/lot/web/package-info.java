/** The lot API: register, read, and print a lot's label. */
package vn.xuatxu.api.passport.lot.web;
