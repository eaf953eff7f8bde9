package vn.xuatxu.chaincode.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LotNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"MA2509-A", "1", "AB/12+3", "!\"%&'()*+,-./:;<=>?_", "abcdefghijKLMNOPQRST"})
    void acceptsCset82UpToTwentyCharacters(String value) {
        assertEquals(value, new LotNumber(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DỨA-2509", "LOT 1", "#1", "A@B", "A~B", "A\\B", "A{B"})
    void rejectsCharactersOutsideCset82(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LotNumber(value));
        assertTrue(e.getMessage().contains("character set 82"), e.getMessage());
    }

    @Test
    void rejectsEmptyAndTooLong() {
        assertThrows(IllegalArgumentException.class, () -> new LotNumber(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LotNumber("ABCDEFGHIJKLMNOPQRSTU"));
        assertTrue(e.getMessage().contains("21 characters"), e.getMessage());
    }
}
