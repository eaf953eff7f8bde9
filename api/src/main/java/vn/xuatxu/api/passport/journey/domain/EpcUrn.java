package vn.xuatxu.api.passport.journey.domain;

import java.util.Optional;

/**
 * EPC pure-identity URNs (TDS 2.x) as canonical GS1 Digital Link URIs on {@code https://id.gs1.org}, for the
 * event hash: the same object named either way must hash the same. The company prefix length is read from
 * the URN (the dot), and check digits are computed.
 */
final class EpcUrn {

    private EpcUrn() {
    }

    static Optional<String> toDigitalLink(String urn) {
        String[] head = urn.split(":", 5);
        if (head.length != 5 || !head[0].equals("urn") || !head[1].equals("epc")) {
            return Optional.empty();
        }
        String scheme = head[2] + ":" + head[3];
        String[] parts = head[4].split("\\.", -1);
        String base = "https://id.gs1.org";
        try {
            return Optional.ofNullable(switch (scheme) {
                case "id:sgtin" -> parts.length == 3 ? base + "/01/" + gtin(parts[0], parts[1]) + "/21/" + parts[2] : null;
                case "class:lgtin" -> parts.length == 3 ? base + "/01/" + gtin(parts[0], parts[1]) + "/10/" + parts[2] : null;
                case "idpat:sgtin" -> parts.length == 3 && parts[2].equals("*") ? base + "/01/" + gtin(parts[0], parts[1]) : null;
                case "id:sscc" -> parts.length == 2 ? base + "/00/" + withCheck(parts[1].charAt(0) + parts[0]
                        + parts[1].substring(1)) : null;
                case "id:sgln" -> parts.length == 3 ? base + "/414/" + withCheck(parts[0] + parts[1])
                        + (parts[2].equals("0") ? "" : "/254/" + parts[2]) : null;
                case "id:pgln" -> parts.length == 2 ? base + "/417/" + withCheck(parts[0] + parts[1]) : null;
                case "id:grai" -> parts.length == 3 ? base + "/8003/0" + withCheck(parts[0] + parts[1]) + parts[2] : null;
                case "id:giai" -> parts.length == 2 ? base + "/8004/" + parts[0] + parts[1] : null;
                case "id:gdti" -> parts.length == 3 ? base + "/253/" + withCheck(parts[0] + parts[1]) + parts[2] : null;
                case "id:gsrn" -> parts.length == 2 ? base + "/8018/" + withCheck(parts[0] + parts[1]) : null;
                default -> null;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Indicator digit (first of the item reference), company prefix, rest of the item reference, check digit. */
    private static String gtin(String companyPrefix, String itemReference) {
        return withCheck(itemReference.charAt(0) + companyPrefix + itemReference.substring(1));
    }

    private static String withCheck(String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a GS1 numeric key: " + digits);
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
