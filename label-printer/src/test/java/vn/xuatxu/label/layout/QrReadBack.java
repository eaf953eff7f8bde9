package vn.xuatxu.label.layout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Decodes label bitmaps with ZXing, the way a verifying print pipeline (or a phone) would. */
public final class QrReadBack {

    private QrReadBack() {
    }

    /** Decodes the QR from the symbol plus quiet zone cropped out of the label ("pure barcode" path). */
    public static Result cropped(BufferedImage label, QrPlacement qr) throws Exception {
        int quiet = QrPlacement.QUIET_ZONE_MODULES * qr.moduleDots();
        BufferedImage crop = label.getSubimage(qr.x() - quiet, qr.y() - quiet, qr.blockDots(), qr.blockDots());
        return new QRCodeReader().decode(bitmap(crop), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    }

    /** Decodes the QR from the whole label, which fails if text intrudes into the quiet zone badly. */
    public static Result wholeLabel(BufferedImage label) throws NotFoundException {
        return new MultiFormatReader().decode(bitmap(label), Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
    }

    public static String errorCorrection(Result result) {
        return String.valueOf(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }
}
