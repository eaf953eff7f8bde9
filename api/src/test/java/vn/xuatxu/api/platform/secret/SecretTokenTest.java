package vn.xuatxu.api.platform.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewTokenCarriesItsPrefixAnd256RandomBits() {
        SecretToken one = SecretToken.random(random, "xxsensor_");
        SecretToken two = SecretToken.random(random, "xxsensor_");
        assertTrue(one.value().startsWith("xxsensor_"), one.value());
        assertEquals("xxsensor_".length() + 43, one.value().length(), "32 bytes in unpadded URL-safe Base64");
        assertNotEquals(one.value(), two.value());
    }

    @Test
    void theStoredFormIsTheSha256OfTheTokenAndTheTokenIsNeverPrinted() {
        SecretToken token = new SecretToken("abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", token.sha256());
        assertEquals(token.sha256(), new SecretToken("abc").sha256());
        assertFalse(token.toString().contains("abc"), token.toString());
        assertThrows(IllegalArgumentException.class, () -> new SecretToken(" "));
    }
}
