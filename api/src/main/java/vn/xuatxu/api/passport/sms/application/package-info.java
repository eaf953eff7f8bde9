/** Answering an SMS check: parse, rate-limit, look the code up, count, log and word the reply. */
package vn.xuatxu.api.passport.sms.application;
