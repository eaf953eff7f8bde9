package vn.xuatxu.api.identity.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashIsArgon2idInPhcFormatAndSalted() {
        String first = hasher.hash("mật khẩu đủ dài 2026");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, hasher.hash("mật khẩu đủ dài 2026"));
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String stored = hasher.hash("mật khẩu đủ dài 2026");
        assertTrue(hasher.matches("mật khẩu đủ dài 2026", stored));
        assertFalse(hasher.matches("mật khẩu đủ dài 2027", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches("x", "plain-text"));
        assertFalse(hasher.matches("x", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"));
    }
}
