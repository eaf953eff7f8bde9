package vn.xuatxu.label.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything one lot label says, validated and normalised once so that every layout and printer
 * language downstream can trust it.
 *
 * <p>Why the rules:
 * <ul>
 *   <li>{@code qrPayload} is a GS1 Digital Link URI that goes into the QR code byte for byte. It
 *       must be printable ASCII (non-ASCII is percent-encoded by whoever builds the URI) and an
 *       absolute {@code http}/{@code https} URI, because a phone camera only opens web links.
 *       Building and checking the Digital Link itself is the resolver's job, not this module's.</li>
 *   <li>Free text ({@code productName}, {@code producerName}, {@code netContent},
 *       {@code scanPrompt}) is normalised to Unicode NFC with single spaces: an NFD string is a
 *       different string for width measurement, shortening and comparison, and some Vietnamese
 *       input methods produce it.</li>
 *   <li>{@code lotNumber} is 1–20 characters of GS1 CSET 82 (AI 10), the same value that appears
 *       in the Digital Link path, so the printed lot can never disagree with the scanned one.</li>
 *   <li>{@code bestBefore} may be absent (not every product has one) but never precedes
 *       {@code productionDate}.</li>
 *   <li>{@code serial} is present only on unit labels (one item, one label). It is 1–20 characters
 *       of GS1 CSET 82 (AI 21), and the QR payload must carry it as the path segment after
 *       {@code /21/}: a printed serial that disagrees with the scanned one would make a genuine
 *       item look counterfeit. It is printed human-readably when the stock has room (see
 *       {@code LabelLayout}); the QR always carries it.</li>
 *   <li>{@code smsCheck} is the message a buyer without a smartphone texts to verify the label,
 *       e.g. {@code XX 7KQ2MZ9D}: a keyword and a code, upper-case letters, digits and single
 *       spaces only (3–24 characters), because it is typed on a feature phone keypad and must
 *       survive any SMS gateway. It needs a serial: the code stands for one issued label.</li>
 * </ul>
 * Build one with {@link #builder()}; the canonical constructor applies the same rules.
 *
 * @param qrPayload      GS1 Digital Link URI encoded in the QR code
 * @param productName    product name, Vietnamese, NFC
 * @param producerName   producer (cooperative, household business, company), NFC
 * @param lotNumber      lot / batch number, GS1 AI 10 syntax
 * @param productionDate date of manufacture (printed as NSX)
 * @param bestBefore     expiry / best-before date (printed as HSD), if any
 * @param netContent     net content as it should be printed, e.g. "500 g", if any
 * @param ocopStars      OCOP rating, {@link OcopStars#NONE} for none
 * @param scanPrompt     short line inviting the consumer to scan
 * @param serial         per-item serial (GS1 AI 21) for unit labels; empty for lot labels
 * @param smsCheck       the SMS text that verifies this label ("XX 7KQ2MZ9D"), if any
 */
public record LabelContent(
        String qrPayload,
        String productName,
        String producerName,
        String lotNumber,
        LocalDate productionDate,
        Optional<LocalDate> bestBefore,
        Optional<String> netContent,
        OcopStars ocopStars,
        String scanPrompt,
        Optional<String> serial,
        Optional<String> smsCheck) {

    /** The scan line used when the caller gives none: "scan the code to verify the origin". */
    public static final String DEFAULT_SCAN_PROMPT = "Quét mã để xác thực nguồn gốc";

    /** Longest QR payload accepted; longer links do not fit a small label at a scannable size. */
    public static final int MAX_QR_PAYLOAD_LENGTH = 300;

    private static final Pattern SMS_CHECK = Pattern.compile("[A-Z0-9]+( [A-Z0-9]+)*");

    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    public LabelContent {
        qrPayload = checkQrPayload(qrPayload);
        productName = VietnameseText.required(productName, "product name", 200);
        producerName = VietnameseText.required(producerName, "producer name", 200);
        lotNumber = checkLotNumber(lotNumber);
        Objects.requireNonNull(productionDate, "production date is required");
        Objects.requireNonNull(bestBefore, "bestBefore must be an Optional, possibly empty");
        if (bestBefore.isPresent() && bestBefore.get().isBefore(productionDate)) {
            throw new IllegalArgumentException(
                    "best-before date " + bestBefore.get() + " precedes production date " + productionDate);
        }
        Objects.requireNonNull(netContent, "netContent must be an Optional, possibly empty");
        netContent = netContent.map(VietnameseText::normalise).filter(s -> !s.isEmpty());
        netContent.ifPresent(s -> VietnameseText.required(s, "net content", 60));
        Objects.requireNonNull(ocopStars, "OCOP stars are required (use OcopStars.NONE)");
        scanPrompt = VietnameseText.required(scanPrompt, "scan prompt", 120);
        Objects.requireNonNull(serial, "serial must be an Optional, possibly empty");
        if (serial.isPresent()) {
            checkSerial(serial.get(), qrPayload);
        }
        Objects.requireNonNull(smsCheck, "smsCheck must be an Optional, possibly empty");
        if (smsCheck.isPresent()) {
            String sms = smsCheck.get();
            if (serial.isEmpty() || sms.length() < 3 || sms.length() > 24 || !SMS_CHECK.matcher(sms).matches()) {
                throw new IllegalArgumentException("an SMS check is 3–24 upper-case letters, digits and single spaces, "
                        + "on a label with a serial: " + sms);
            }
        }
    }

    /** A unit or lot label without an SMS check, as before SMS checks existed. */
    public LabelContent(String qrPayload, String productName, String producerName, String lotNumber,
                        LocalDate productionDate, Optional<LocalDate> bestBefore, Optional<String> netContent,
                        OcopStars ocopStars, String scanPrompt, Optional<String> serial) {
        this(qrPayload, productName, producerName, lotNumber, productionDate, bestBefore, netContent, ocopStars,
                scanPrompt, serial, Optional.empty());
    }

    /**
     * A lot label without a serial: the constructor as it was before unit labels, kept so that
     * existing callers compile unchanged.
     */
    public LabelContent(String qrPayload, String productName, String producerName, String lotNumber,
                        LocalDate productionDate, Optional<LocalDate> bestBefore, Optional<String> netContent,
                        OcopStars ocopStars, String scanPrompt) {
        this(qrPayload, productName, producerName, lotNumber, productionDate, bestBefore, netContent, ocopStars,
                scanPrompt, Optional.empty());
    }

    /** A builder with the default scan prompt, no best-before date, no net content and no OCOP stars. */
    public static Builder builder() {
        return new Builder();
    }

    static String checkQrPayload(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("QR payload is required");
        }
        if (payload.length() > MAX_QR_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException(
                    "QR payload is longer than " + MAX_QR_PAYLOAD_LENGTH + " characters: " + payload.length());
        }
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException(
                        "QR payload must be printable ASCII without spaces (percent-encode the rest); "
                                + "found U+%04X at index %d".formatted((int) c, i));
            }
        }
        URI uri;
        try {
            uri = new URI(payload);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("QR payload is not a URI: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("QR payload must be an absolute http(s) URI: " + payload);
        }
        return payload;
    }

    private static void checkSerial(String serial, String qrPayload) {
        if (serial.isEmpty() || serial.length() > 20) {
            throw new IllegalArgumentException("serial must be 1–20 characters, was " + serial);
        }
        for (int i = 0; i < serial.length(); i++) {
            if (CSET_82.indexOf(serial.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "serial may only use GS1 CSET 82 characters (no spaces, no diacritics): " + serial);
            }
        }
        String[] segments = URI.create(qrPayload).getRawPath().split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("21") && serial.equals(percentDecode(segments[i + 1]))) {
                return;
            }
        }
        throw new IllegalArgumentException(
                "the QR payload must carry the serial as /21/" + serial + " in its path: " + qrPayload);
    }

    private static String percentDecode(String segment) {
        // URLDecoder would turn '+' into a space; in a path '+' is a literal plus.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String checkLotNumber(String lot) {
        if (lot == null || lot.isEmpty() || lot.length() > 20) {
            throw new IllegalArgumentException("lot number must be 1–20 characters, was " + lot);
        }
        for (int i = 0; i < lot.length(); i++) {
            if (CSET_82.indexOf(lot.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "lot number may only use GS1 CSET 82 characters (no spaces, no diacritics): " + lot);
            }
        }
        return lot;
    }

    /**
     * Collects the fields of a {@link LabelContent}; {@link #build()} validates. Not thread-safe,
     * meant to live for one statement.
     */
    public static final class Builder {
        private String qrPayload;
        private String productName;
        private String producerName;
        private String lotNumber;
        private LocalDate productionDate;
        private LocalDate bestBefore;
        private String netContent;
        private OcopStars ocopStars = OcopStars.NONE;
        private String scanPrompt = DEFAULT_SCAN_PROMPT;
        private String serial;
        private String smsCheck;

        private Builder() {
        }

        public Builder qrPayload(String qrPayload) {
            this.qrPayload = qrPayload;
            return this;
        }

        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        public Builder producerName(String producerName) {
            this.producerName = producerName;
            return this;
        }

        public Builder lotNumber(String lotNumber) {
            this.lotNumber = lotNumber;
            return this;
        }

        public Builder productionDate(LocalDate productionDate) {
            this.productionDate = productionDate;
            return this;
        }

        /** Best-before / expiry date; {@code null} means none. */
        public Builder bestBefore(LocalDate bestBefore) {
            this.bestBefore = bestBefore;
            return this;
        }

        /** Net content as printed, e.g. "500 g"; {@code null} or blank means none. */
        public Builder netContent(String netContent) {
            this.netContent = netContent;
            return this;
        }

        public Builder ocopStars(OcopStars ocopStars) {
            this.ocopStars = ocopStars;
            return this;
        }

        /** Star count as stored elsewhere: 0 (none), 3, 4 or 5. */
        public Builder ocopStars(int count) {
            this.ocopStars = OcopStars.of(count);
            return this;
        }

        /** Replaces the default scan line; {@code null} or blank restores the default. */
        public Builder scanPrompt(String scanPrompt) {
            this.scanPrompt = scanPrompt == null || scanPrompt.isBlank() ? DEFAULT_SCAN_PROMPT : scanPrompt;
            return this;
        }

        /**
         * The item's serial (GS1 AI 21) for a unit label; {@code null} means a lot label. The QR
         * payload must contain it as {@code /21/{serial}}.
         */
        public Builder serial(String serial) {
            this.serial = serial;
            return this;
        }

        /** The SMS text that verifies this unit label, e.g. {@code XX 7KQ2MZ9D}; {@code null} means none. */
        public Builder smsCheck(String smsCheck) {
            this.smsCheck = smsCheck;
            return this;
        }

        public LabelContent build() {
            return new LabelContent(qrPayload, productName, producerName, lotNumber, productionDate,
                    Optional.ofNullable(bestBefore), Optional.ofNullable(netContent), ocopStars, scanPrompt,
                    Optional.ofNullable(serial), Optional.ofNullable(smsCheck));
        }
    }
}
