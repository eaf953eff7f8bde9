package vn.xuatxu.api.passport.sms.application;

import vn.xuatxu.api.passport.sms.domain.InboundSms;
import vn.xuatxu.api.passport.sms.domain.OutboundSms;

/**
 * The port for an SMPP provider: a carrier's or aggregator's SMSC reached over SMPP 3.4, for provinces that
 * rent a short code instead of running a gateway phone. No SMPP library ships with the platform; whoever
 * signs the SMSC contract writes an adapter (with e.g. jSMPP or Cloudhopper) as a {@code @Singleton} of this
 * interface, and {@link SmppLinkRunner} opens it at startup. Contract for implementations:
 * <ul>
 *   <li>{@link #open} binds as a transceiver (or a receiver plus a transmitter), keeps the bind alive with
 *       enquire_link, rebinds after a drop, and returns without waiting for traffic.</li>
 *   <li>For every deliver_sm that is a mobile-originated message (not a delivery receipt), it builds an
 *       {@link InboundSms} with {@code gateway} "smpp:" plus its system id, {@code from} the source_addr,
 *       {@code text} the short_message or message_payload decoded per data_coding (0 = GSM-7, 8 = UCS-2);
 *       answers deliver_sm_resp at once; then calls {@code handler} (a blocking call, database work) off the
 *       SMPP I/O thread, and sends the returned {@link OutboundSms} with submit_sm: source_addr = our short
 *       code, destination_addr = {@link OutboundSms#to()}, data_coding 0, the text's GSM-7 septets
 *       ({@code Gsm7.encode}) — always one part, 160 septets at most.</li>
 *   <li>The handler never throws for bad input (it answers with a "could not read" reply); if it throws
 *       anyway (database down), the link logs it and sends nothing.</li>
 *   <li>{@link #close} unbinds.</li>
 * </ul>
 */
public interface SmppLink extends AutoCloseable {

    /** Answers one inbound message; implemented by {@link SmsChecks#answer}. */
    @FunctionalInterface
    interface Handler {
        OutboundSms answer(InboundSms sms);
    }

    /** Binds to the SMSC and starts passing inbound messages to {@code handler}, sending its replies. */
    void open(Handler handler);

    @Override
    void close();
}
