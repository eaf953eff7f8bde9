package vn.xuatxu.api.passport.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A producer's address in both administrative schemes. Since 1 July 2025 Vietnam has two levels (province,
 * commune or ward); certificates issued before then name the district, and merged communes and provinces
 * their former names. Keeping both lets an old OCOP decision or geographical-indication zone match a new
 * record; the former units are never recomputed from the current ones.
 *
 * @param line           village, hamlet or street below the commune, if given
 * @param commune        current commune or ward, e.g. "Xã Mường Ảng"
 * @param province       current province, e.g. "Điện Biên"
 * @param formerCommune  commune before the reform, only when the merger renamed it
 * @param formerDistrict district before the reform (districts were abolished)
 * @param formerProvince province before the reform, only when the merger renamed it
 */
public record Address(String line, String commune, String province, String formerCommune, String formerDistrict,
                      String formerProvince) {

    /** Whether the current units a passport must show (commune and province) are there. */
    public boolean complete() {
        return present(commune) && present(province);
    }

    /**
     * As a Vietnamese reader expects it, current units first with the former ones in brackets:
     * "Bản Co Líu, Xã Mường Ảng (trước đây thuộc huyện Mường Ảng), tỉnh Điện Biên".
     */
    public String vietnamese() {
        List<String> parts = new ArrayList<>();
        if (present(line)) {
            parts.add(line.strip());
        }
        if (present(commune)) {
            parts.add(commune.strip() + former());
        }
        if (present(province)) {
            parts.add(unit("tỉnh", province.strip()));
        }
        return String.join(", ", parts);
    }

    /**
     * Whether a place written on a document (a certificate, a GI zone list) names this address in either
     * scheme: its current or former commune, its former district, or its current or former province.
     * Case, diacritic composition and the unit word ("xã", "huyện" …) are ignored.
     */
    public boolean matches(String place) {
        String wanted = bare(place);
        return !wanted.isEmpty() && Stream.of(commune, formerCommune, formerDistrict, province, formerProvince)
                .filter(Address::present).map(Address::bare).anyMatch(wanted::equals);
    }

    private String former() {
        boolean renamedCommune = present(formerCommune) && !bare(formerCommune).equals(bare(commune));
        boolean renamedProvince = present(formerProvince) && !bare(formerProvince).equals(bare(province));
        List<String> units = new ArrayList<>();
        if (renamedCommune) {
            units.add(formerCommune.strip());
        }
        if (present(formerDistrict)) {
            units.add(unit("huyện", formerDistrict.strip()));
        }
        if (renamedProvince) {
            units.add(unit("tỉnh", formerProvince.strip()));
        }
        if (units.isEmpty()) {
            return "";
        }
        return (renamedCommune ? " (trước đây là " : " (trước đây thuộc ") + String.join(", ", units) + ")";
    }

    /** "Mường Ảng" becomes "huyện Mường Ảng"; a name that already says its unit ("Thành phố …") is kept. */
    private static String unit(String word, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean named = Stream.of("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
                .anyMatch(prefix -> lower.startsWith(prefix + " "));
        return named ? name : word + " " + name;
    }

    private static String bare(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String prefix : List.of("thành phố ", "thị xã ", "thị trấn ", "tỉnh ", "huyện ", "quận ", "xã ", "phường ")) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length()).strip();
            }
        }
        return text;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
