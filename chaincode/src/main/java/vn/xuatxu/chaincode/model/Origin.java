package vn.xuatxu.chaincode.model;

/**
 * Where a lot was grown or made, as the address printed on its label and required by Decree
 * 37/2026 ("origin or place of the last finishing stage").
 *
 * <p>{@code district} is optional because Vietnam abolished districts on 1 July 2025; it is kept
 * for addresses written before then and for GI zones named after former districts (Mường Ảng,
 * Tủa Chùa). Names are stored as written (NFC), never recomputed from a newer administrative map.
 *
 * @param province province, NFC
 * @param district former district, NFC, optional
 * @param commune  commune or ward, NFC
 * @param geo      the plot or workshop position, optional
 */
public record Origin(String province, String district, String commune, GeoPoint geo) {
}
