package vn.xuatxu.api.passport.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressTest {

    @Test
    void theCurrentUnitsComeFirstWithTheFormerDistrictInBrackets() {
        Address address = new Address("Bản Co Líu", "Xã Mường Ảng", "Điện Biên", null, "Mường Ảng", null);
        assertEquals("Bản Co Líu, Xã Mường Ảng (trước đây thuộc huyện Mường Ảng), tỉnh Điện Biên", address.vietnamese());
    }

    @Test
    void aRenamedCommuneAndProvinceAreNamedAsTheyWere() {
        Address merged = new Address(null, "Xã Tân Lập", "Phú Thọ", "Xã Tân Phú", "Tân Sơn", "Hòa Bình");
        assertEquals("Xã Tân Lập (trước đây là Xã Tân Phú, huyện Tân Sơn, tỉnh Hòa Bình), tỉnh Phú Thọ",
                merged.vietnamese());
        Address unchanged = new Address(null, "Phường Điện Biên Phủ", "Điện Biên", "Phường Điện Biên Phủ",
                "Thành phố Điện Biên Phủ", "Điện Biên");
        assertEquals("Phường Điện Biên Phủ (trước đây thuộc Thành phố Điện Biên Phủ), tỉnh Điện Biên",
                unchanged.vietnamese());
        assertEquals("Xã Mường Ảng, tỉnh Điện Biên", new Address(null, "Xã Mường Ảng", "Điện Biên", null, null, null)
                .vietnamese(), "no brackets for an address created after the reform");
    }

    @Test
    void anOldCertificateAndANewRecordBothMatch() {
        Address address = new Address(null, "Xã Tân Lập", "Phú Thọ", "Xã Tân Phú", "Tân Sơn", "Hòa Bình");
        assertTrue(address.matches("huyện Tân Sơn"), "a certificate written before July 2025");
        assertTrue(address.matches("Tỉnh Hòa Bình"));
        assertTrue(address.matches("xã Tân Phú"));
        assertTrue(address.matches("Xã Tân Lập"), "a record written after the reform");
        assertTrue(address.matches("Tân Lập"));
        assertFalse(address.matches("huyện Mường Ảng"));
        assertFalse(address.matches(" "));
    }

    @Test
    void withoutCommuneOrProvinceTheAddressIsIncomplete() {
        assertFalse(new Address("Bản A", null, "Điện Biên", null, "Mường Ảng", null).complete());
        assertFalse(new Address(null, "Xã Mường Ảng", " ", null, null, null).complete());
        assertTrue(new Address(null, "Xã Mường Ảng", "Điện Biên", null, null, null).complete());
    }
}
