/** The SMS check's values: the code, the message as typed, verdicts, and the GSM-7 alphabet replies must fit. */
package vn.xuatxu.api.passport.sms.domain;
