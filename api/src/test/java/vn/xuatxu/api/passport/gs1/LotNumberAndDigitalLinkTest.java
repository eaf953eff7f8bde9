package vn.xuatxu.api.passport.gs1;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.problem.ProblemException;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LotNumberAndDigitalLinkTest {

    @Test
    void lotNumbersUseGs1CharacterSetEightyTwo() {
        assertEquals("MA2026-001", LotNumber.parse(" MA2026-001 ").value());
        assertEquals("A/B.C_D", LotNumber.parse("A/B.C_D").value());
        assertThrows(ProblemException.InvalidInput.class, () -> LotNumber.parse("Lô 1"));
        assertThrows(ProblemException.InvalidInput.class, () -> LotNumber.parse("lô1"));
        assertThrows(ProblemException.InvalidInput.class, () -> LotNumber.parse("123456789012345678901"));
        assertThrows(ProblemException.InvalidInput.class, () -> LotNumber.parse(""));
        assertThrows(ProblemException.InvalidInput.class, () -> LotNumber.parse("A\u200BB"));
    }

    @Test
    void digitalLinkUsesTheConfiguredDomainAndBestBeforeAttribute() {
        DigitalLink links = new DigitalLink("https://truyxuat.dienbien.gov.vn/");
        Gtin gtin = Gtin.parse("08938600001016");
        assertEquals("https://truyxuat.dienbien.gov.vn/01/08938600001016/10/MA2026-001?17=271109",
                links.lot(gtin, LotNumber.parse("MA2026-001"), Optional.of(LocalDate.of(2027, 11, 9))));
        assertEquals("https://truyxuat.dienbien.gov.vn/01/08938600001016/10/A%2FB",
                links.lot(gtin, LotNumber.parse("A/B"), Optional.empty()));
    }

    @Test
    void aBaseUrlWithAQueryOrNoSchemeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DigitalLink("truyxuat.dienbien.gov.vn"));
        assertThrows(IllegalArgumentException.class, () -> new DigitalLink("https://x.vn/?a=b"));
    }
}
