package vn.xuatxu.api.passport.sms.domain;

/**
 * A message a buyer sent, as a gateway or SMPP link hands it over.
 *
 * @param gateway which gateway delivered it (for the log), e.g. "webhook" or "smpp:viettel"
 * @param from    the sender's number as the gateway gives it, e.g. "+84912345678" or "0912345678"
 * @param text    the message text
 */
public record InboundSms(String gateway, String from, String text) {
}
