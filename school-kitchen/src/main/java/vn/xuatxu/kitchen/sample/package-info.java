/**
 * Retained food samples (lưu mẫu thức ăn) under Decision 1246/QĐ-BYT: the Form 4 label on each
 * sealed container and the Form 5 register of keeping and destroying them.
 *
 * <p>Why a package of its own: samples outlive the day they were taken (at least 24 hours, and
 * indefinitely while a suspected food poisoning is investigated) and they are the evidence an
 * investigation relies on. The rules that protect that evidence live here, together:
 * minimum mass or volume, sealed container, 2–8 °C storage, 24-hour retention counted from the
 * time taken, no destruction under a hold, and signatures of the storer and the destroyer.
 *
 * <p>The rule values are not constants: a {@link vn.xuatxu.kitchen.sample.SampleRetentionPolicy}
 * is a dated version of them, chosen by a {@link vn.xuatxu.kitchen.sample.RetentionPolicyHistory}
 * for the sampling date and remembered by each sample, so a later change of the law does not
 * rewrite how an old sample was judged. Samples are only created and changed through a
 * {@link vn.xuatxu.kitchen.sample.SampleRegister}, which keeps every earlier version.
 */
package vn.xuatxu.kitchen.sample;
