package vn.xuatxu.chaincode.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 33 standard dispositions of GS1 CBV 2.0 (bare lower-case words in EPCIS JSON). Optional on an
 * event; stored so a reader sees e.g. {@code non_conformant} on an inspection without fetching the
 * off-chain event.
 */
public enum Disposition {
    ACTIVE, AVAILABLE, COMPLETENESS_INFERRED, COMPLETENESS_VERIFIED, CONFORMANT, CONTAINER_CLOSED,
    CONTAINER_OPEN, DAMAGED, DESTROYED, DISPENSED, DISPOSED, ENCODED, EXPIRED, IN_PROGRESS, IN_TRANSIT,
    INACTIVE, MISMATCH_CLASS, MISMATCH_INSTANCE, MISMATCH_QUANTITY, NEEDS_REPLACEMENT, NO_PEDIGREE_MATCH,
    NON_CONFORMANT, NON_SELLABLE_OTHER, PARTIALLY_DISPENSED, RECALLED, RESERVED, RETAIL_SOLD, RETURNED,
    SELLABLE_ACCESSIBLE, SELLABLE_NOT_ACCESSIBLE, STOLEN, UNAVAILABLE, UNKNOWN;

    private static final String IRI_PREFIX = "https://ref.gs1.org/cbv/Disp-";
    private static final String URN_PREFIX = "urn:epcglobal:cbv:disp:";

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the bare word, its {@code https://ref.gs1.org/cbv/Disp-} IRI or its legacy URN. */
    public static Optional<Disposition> parse(String text) {
        String word = text.startsWith(IRI_PREFIX) ? text.substring(IRI_PREFIX.length())
                : text.startsWith(URN_PREFIX) ? text.substring(URN_PREFIX.length()) : text;
        return Arrays.stream(values()).filter(disposition -> disposition.word().equals(word)).findFirst();
    }
}
