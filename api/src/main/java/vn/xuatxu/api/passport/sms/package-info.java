/**
 * Label checks by SMS, for buyers with a feature phone: a buyer texts "XX 7KQ2MZ9D" (keyword and the code
 * printed next to the QR), an SMS gateway hands the message to our webhook or an SMPP link, and the reply says
 * in at most 160 GSM-7 characters whether the label is genuine, checked many times, voided, recalled or
 * unknown. Every check is counted per label, rate-limited per sender and logged for the agency.
 */
package vn.xuatxu.api.passport.sms;
