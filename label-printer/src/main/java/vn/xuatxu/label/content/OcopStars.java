package vn.xuatxu.label.content;

/**
 * The OCOP ("Mỗi xã một sản phẩm") star rating printed on a label.
 *
 * <p>A closed set rather than an int because the programme only certifies 3, 4 and 5 stars; a
 * label claiming 1 or 2 stars would be a false statement, so it must not be representable.
 */
public enum OcopStars {
    /** Not OCOP-certified (or the rating is not to be printed): no OCOP line on the label. */
    NONE(0),
    THREE(3),
    FOUR(4),
    FIVE(5);

    private final int count;

    OcopStars(int count) {
        this.count = count;
    }

    /** Number of stars, 0 for {@link #NONE}. */
    public int count() {
        return count;
    }

    /**
     * The rating for a star count as stored elsewhere (0 = none, 3–5).
     *
     * @throws IllegalArgumentException for any other count
     */
    public static OcopStars of(int count) {
        for (OcopStars stars : values()) {
            if (stars.count == count) {
                return stars;
            }
        }
        throw new IllegalArgumentException("OCOP stars must be 0 (none), 3, 4 or 5, was " + count);
    }
}
