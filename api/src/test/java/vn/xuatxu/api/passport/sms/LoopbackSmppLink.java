package vn.xuatxu.api.passport.sms;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.sms.application.SmppLink;
import vn.xuatxu.api.passport.sms.domain.Gsm7;
import vn.xuatxu.api.passport.sms.domain.InboundSms;
import vn.xuatxu.api.passport.sms.domain.OutboundSms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link SmppLink} with no SMSC behind it, for tests: {@link #deliver} plays a deliver_sm, and what the
 * link would submit_sm (the reply's GSM-7 septets) is kept in {@link #submitted}.
 */
@Singleton
@Requires(property = "xuatxu.test.loopback-smpp", value = "true")
final class LoopbackSmppLink implements SmppLink {

    /** A submit_sm as it would go to the SMSC: destination and septets. */
    record Submitted(String destination, byte[] septets) {
    }

    private volatile Handler handler;
    final List<Submitted> submitted = new CopyOnWriteArrayList<>();

    @Override
    public void open(Handler handler) {
        this.handler = handler;
    }

    void deliver(String sourceAddress, String text) {
        OutboundSms reply = handler.answer(new InboundSms("smpp:loopback", sourceAddress, text));
        submitted.add(new Submitted(reply.to(), Gsm7.encode(reply.text()).orElseThrow()));
    }

    boolean isOpen() {
        return handler != null;
    }

    @Override
    public void close() {
        handler = null;
    }
}
