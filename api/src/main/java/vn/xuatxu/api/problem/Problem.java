package vn.xuatxu.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every refused API request. */
@Serdeable
public record Problem(int status, String error, String message, @Nullable String field) {
}
