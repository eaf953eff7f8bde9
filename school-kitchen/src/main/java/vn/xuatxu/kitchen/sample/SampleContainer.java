package vn.xuatxu.kitchen.sample;

/**
 * Form 5 column 6, "Dụng cụ chứa mẫu thức ăn lưu", and how it was closed.
 *
 * <p>Why lid and seal are recorded: Decision 1246/QĐ-BYT requires a separate container per dish
 * with a tight lid, sealed, so that the sample an investigator opens is the one that was taken
 * (reference rules §2 and §5.12).
 *
 * @param type   the container, e.g. "hộp inox 250 ml có nắp"
 * @param lidded closed with a tight lid
 * @param sealed sealed (tape or seal) after filling
 * @param sealId the number on the seal, if the seals are numbered
 */
public record SampleContainer(String type, boolean lidded, boolean sealed, String sealId) {
}
