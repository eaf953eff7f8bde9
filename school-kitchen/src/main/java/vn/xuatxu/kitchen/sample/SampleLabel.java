package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.Meal;
import vn.xuatxu.kitchen.Signature;

/**
 * Form 4, "Nhãn mẫu thức ăn lưu": the label fixed to each sample container.
 *
 * <p>Why it is derived from the sample and never entered: inspectors found labels that did not
 * match the register (reference §3.4); printing the label from the recorded sample makes them
 * agree, and every field Form 4 requires is present by construction (reference rule §5.11).
 *
 * @param meal     "Bữa ăn (sáng / trưa / tối …)"
 * @param dishName "Tên mẫu thức ăn"
 * @param takenAt  "Thời gian lấy: … giờ … phút, ngày … tháng … năm", to the minute
 * @param sampler  "Người lấy mẫu (họ tên và chữ ký)"
 * @param sampleId the id printed as a code, linking to the Form 5 row
 * @param sealId   the seal number, if any
 */
public record SampleLabel(Meal meal, String dishName, LocalDateTime takenAt, Signature sampler,
                          SampleId sampleId, String sealId) {
}
