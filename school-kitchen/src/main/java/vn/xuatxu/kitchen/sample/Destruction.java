package vn.xuatxu.kitchen.sample;

import java.time.LocalDateTime;

import vn.xuatxu.kitchen.Signature;

/**
 * A recorded destruction: Form 5 columns 9 (time), 10 (note) and 12 (destroyer), with the
 * storer's confirmation.
 *
 * @param destroyedAt        server time of destruction
 * @param destroyer          who destroyed it
 * @param storerConfirmation the storer confirming
 * @param finalReading       fridge temperature when taken out
 * @param note               note on the sample's state
 * @param temperatureAlert   true when the final reading was outside the storage range
 */
public record Destruction(LocalDateTime destroyedAt, Signature destroyer, Signature storerConfirmation,
                          TemperatureReading finalReading, String note, boolean temperatureAlert) {
}
