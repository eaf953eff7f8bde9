package vn.xuatxu.api.passport.sms.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import vn.xuatxu.label.serial.LabelSerial;

/**
 * What a buyer's message asks, read the forgiving way a text typed on a keypad needs: any case, the keyword
 * with or without a space after it, the code with spaces or hyphens inside, the whole printed serial instead
 * of its first 8 characters, and the keyword left out altogether. Anything else is {@link Unreadable}, and
 * the reply explains the format.
 */
public sealed interface SmsRequest {

    /** A message that names a code. */
    record Check(SmsCode code) implements SmsRequest {
    }

    /** A message from which no code can be read. */
    record Unreadable() implements SmsRequest {
    }

    /** Reads {@code text} sent to the service whose keyword is {@code keyword} (e.g. "XX"). */
    static SmsRequest parse(String text, String keyword) {
        if (text == null) {
            return new Unreadable();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT).strip();
        String word = keyword.toUpperCase(Locale.ROOT);
        String compact = plain.replaceAll("[\\s\\-.:]+", "");
        if (compact.startsWith(word) && codeIn(compact.substring(word.length())).isPresent()) {
            return new Check(codeIn(compact.substring(word.length())).get());
        }
        return codeIn(compact).<SmsRequest>map(Check::new).orElseGet(Unreadable::new);
    }

    private static Optional<SmsCode> codeIn(String compact) {
        if (compact.length() != SmsCode.LENGTH && compact.length() != LabelSerial.LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SmsCode(compact.substring(0, SmsCode.LENGTH)));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }
}
