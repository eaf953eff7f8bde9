/** What people do with lots: register one, read one; each use case checks who may do it. */
package vn.xuatxu.api.passport.lot.application;
