package vn.xuatxu.kitchen.sample;

import vn.xuatxu.kitchen.Signature;

/**
 * What the kitchen enters to destroy a sample (Form 5 columns 9, 10 and 12). The time of
 * destruction is not part of it: it is taken from the server clock, so it cannot be back-dated.
 *
 * @param destroyer          "Người hủy mẫu": the person destroying it
 * @param storerConfirmation the person who stored it (Form 5 col 11), confirming the destruction
 * @param finalReading       the fridge temperature read when taking the sample out
 * @param note               col 10, the state of the sample; required if the reading is out of range
 */
public record DestructionRequest(Signature destroyer, Signature storerConfirmation,
                                 TemperatureReading finalReading, String note) {
}
