/**
 * Alerts a kitchen must hear about while there is still time to act: a dish served without a retained
 * sample, a sample fridge outside 2–8 °C, a day's book not signed and closed by the afternoon. Pure rules over
 * a snapshot of the day; the application stores, shows and sends them.
 */
package vn.xuatxu.kitchen.alert;
