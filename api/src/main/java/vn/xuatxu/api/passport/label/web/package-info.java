/** The label batch API, and the reservation of serials for blank-lot labels printed before a lot exists. */
package vn.xuatxu.api.passport.label.web;
