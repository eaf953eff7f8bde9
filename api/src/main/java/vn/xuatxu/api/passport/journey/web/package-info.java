/** The journey API and the lot detail page with its timeline and record-event form. */
package vn.xuatxu.api.passport.journey.web;
