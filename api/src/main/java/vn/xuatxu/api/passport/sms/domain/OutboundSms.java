package vn.xuatxu.api.passport.sms.domain;

/**
 * A reply to send, always one single-part SMS: {@code text} fits 160 GSM-7 septets.
 *
 * @param to      the number to answer, as the gateway gave it
 * @param text    the reply, GSM-7, at most 160 septets
 * @param verdict what the check concluded
 */
public record OutboundSms(String to, String text, SmsVerdict verdict) {

    public OutboundSms {
        if (!Gsm7.fitsOneSms(text)) {
            throw new IllegalArgumentException("A reply must fit one GSM-7 SMS: " + text);
        }
    }
}
