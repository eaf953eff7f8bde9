package vn.xuatxu.api.passport.lot.application;

import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;

/** A lot's printable label: its Digital Link in the QR code and the mandatory text beside it. */
@Singleton
public final class LotLabels {

    private final LabelLayout standard = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203);

    /** A 50x30 mm label at 203 dpi as PNG, the stock most cheap thermal printers in the province take. */
    public byte[] png(LotStore.StoredLot lot, String digitalLink) {
        try {
            return standard.render(content(lot, digitalLink, null, null)).toPng();
        } catch (LabelDoesNotFitException e) {
            throw new ProblemException.InvalidInput("lotNumber",
                    PageText.of("lot.error.labelTooLong"));
        }
    }

    /**
     * What a label of the lot says: its QR link, optionally a unit serial and the SMS text that checks it
     * ("XX 7KQ2MZ9D"), and the mandatory text.
     */
    public static LabelContent content(LotStore.StoredLot lot, String qrPayload, String serial, String smsCheck) {
        LabelContent.Builder content = LabelContent.builder()
                .qrPayload(qrPayload)
                .productName(lot.productName())
                .producerName(lot.producerName())
                .lotNumber(lot.details().lotNumber().value())
                .productionDate(lot.details().productionDate())
                .ocopStars(lot.ocopStars() == null ? 0 : lot.ocopStars());
        if (serial != null) {
            content.serial(serial).smsCheck(smsCheck);
        }
        lot.details().bestBeforeDate().ifPresent(content::bestBefore);
        if (lot.netContent() != null) {
            content.netContent(lot.netContent());
        }
        return content.build();
    }
}
