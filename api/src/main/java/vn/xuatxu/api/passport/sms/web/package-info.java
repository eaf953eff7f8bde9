/** The SMS gateway webhook (form, JSON, query string, SMSSync) and the agency's log of SMS checks. */
package vn.xuatxu.api.passport.sms.web;
