package vn.xuatxu.label.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelSerialTest {

    private static final String GS1_CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Test
    void alphabetHasNoLookAlikesAndEnoughRandomBits() {
        assertEquals(LabelSerial.RADIX, LabelSerial.ALPHABET.length());
        assertEquals(LabelSerial.RADIX, LabelSerial.ALPHABET.chars().distinct().count());
        for (char lookAlike : "0O1IL".toCharArray()) {
            assertTrue(LabelSerial.ALPHABET.indexOf(lookAlike) < 0, "contains " + lookAlike);
        }
        double bits = LabelSerial.RANDOM_LENGTH * Math.log(LabelSerial.RADIX) / Math.log(2);
        assertTrue(bits >= 48, bits + " random bits");
        assertTrue(LabelSerial.LENGTH <= 20);
    }

    @Test
    void generatedSerialsAreValidGs1SerialsAndDoNotRepeat() {
        LabelSerialGenerator generator = LabelSerialGenerator.secure();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            LabelSerial serial = generator.next();
            assertEquals(LabelSerial.LENGTH, serial.value().length());
            for (char c : serial.value().toCharArray()) {
                assertTrue(GS1_CSET_82.indexOf(c) >= 0, "not GS1 AI 21: " + serial);
            }
            assertEquals(serial, LabelSerial.parse(serial.value()), "round trip");
            assertTrue(seen.add(serial.value()), "repeated " + serial);
        }
    }

    @Test
    void everySymbolIsEquallyLikelyAtEveryPosition() throws Exception {
        SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
        seeded.setSeed(20261123L);
        LabelSerialGenerator generator = LabelSerialGenerator.using(seeded);
        int samples = 31_000;
        int[][] counts = new int[LabelSerial.RANDOM_LENGTH][LabelSerial.RADIX];
        for (int i = 0; i < samples; i++) {
            String value = generator.next().value();
            for (int p = 0; p < LabelSerial.RANDOM_LENGTH; p++) {
                counts[p][LabelSerial.ALPHABET.indexOf(value.charAt(p))]++;
            }
        }
        double expected = (double) samples / LabelSerial.RADIX;
        for (int p = 0; p < LabelSerial.RANDOM_LENGTH; p++) {
            double chiSquare = 0;
            for (int count : counts[p]) {
                chiSquare += (count - expected) * (count - expected) / expected;
            }
            // 30 degrees of freedom: p = 0.001 critical value is 59.7.
            assertTrue(chiSquare < 59.7, "position " + p + " is biased, chi-square " + chiSquare);
        }
    }

    @Test
    void checkCharacterCatchesEverySingleMistypedCharacter() {
        for (int n = 0; n < 50; n++) {
            assertEverySubstitutionRejected(LabelSerialGenerator.secure().next().value());
        }
    }

    private static void assertEverySubstitutionRejected(String value) {
        for (int i = 0; i < value.length(); i++) {
            for (char c : LabelSerial.ALPHABET.toCharArray()) {
                if (c == value.charAt(i)) {
                    continue;
                }
                String typo = value.substring(0, i) + c + value.substring(i + 1);
                assertThrows(IllegalArgumentException.class, () -> new LabelSerial(typo), typo);
            }
        }
    }

    @Test
    void checkCharacterCatchesEverySwapOfNeighbours() {
        for (int n = 0; n < 200; n++) {
            String value = LabelSerialGenerator.secure().next().value();
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) == value.charAt(i + 1)) {
                    continue;
                }
                String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                assertThrows(IllegalArgumentException.class, () -> new LabelSerial(swapped), swapped);
            }
        }
    }

    @Test
    void parseAcceptsWhatPeopleTypeAndRejectsTheRest() {
        LabelSerial serial = LabelSerialGenerator.secure().next();

        assertEquals(serial, LabelSerial.parse(serial.grouped().toLowerCase()));
        assertEquals(serial, LabelSerial.parse(" " + serial.grouped().replace('-', ' ') + " "));
        assertEquals(15, serial.grouped().length());
        assertThrows(IllegalArgumentException.class, () -> LabelSerial.parse(serial.value().substring(1)));
        assertThrows(IllegalArgumentException.class, () -> LabelSerial.parse("0" + serial.value().substring(1)));
        assertThrows(IllegalArgumentException.class, () -> LabelSerial.parse(null));
    }
}
