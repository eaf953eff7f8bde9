package vn.xuatxu.kitchen.sample;

import java.util.Objects;

/**
 * The id printed as a code on the Form 4 label and linking it to its Form 5 row.
 *
 * <p>Why: an inspector holding a container must find its register row without reading
 * handwriting (reference §1.4, derived). Ids are assigned by the register as
 * {@code MAU-yyyyMMdd-NN}, NN counting the samples of that day.
 *
 * @param value the id
 */
public record SampleId(String value) {

    public SampleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
