package vn.xuatxu.api.passport.lot.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LotImportCsvTest {

    @Test
    void readsQuotedFieldsAndWindowsLineEnds() {
        assertEquals(List.of(List.of("gtin", "lotNumber", "note"), List.of("8938600001016", "A,1", "say \"hi\"")),
                LotImport.parse("gtin,lotNumber,note\r\n8938600001016,\"A,1\",\"say \"\"hi\"\"\"\r\n"));
    }

    @Test
    void takesTheSemicolonOfVietnameseSpreadsheetsFromTheHeader() {
        assertEquals(List.of(List.of("gtin", "quantity"), List.of("8938600001016", "350,5")),
                LotImport.parse("gtin;quantity\n8938600001016;350,5"));
    }
}
