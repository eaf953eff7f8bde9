/** Creating, printing and voiding label batches, with ownership checked for every call. */
package vn.xuatxu.api.passport.label.application;
