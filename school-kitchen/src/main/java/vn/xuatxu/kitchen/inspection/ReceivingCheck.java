package vn.xuatxu.kitchen.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.xuatxu.kitchen.CheckHeader;
import vn.xuatxu.kitchen.Outcome;
import vn.xuatxu.kitchen.form.OfficialForm;

/**
 * Step 1 of the three-step check, "Kiểm tra trước khi chế biến thức ăn" (Decision 1246/QĐ-BYT,
 * Form 1): every food delivered for the day, checked before anything is cooked.
 *
 * <p>Why it is checked as a whole: inspectors read Form 1 as a table, and a rejected delivery on
 * one row decides what Form 2 may use. The rules applied by {@link #of}:
 * <ul>
 *   <li>the header has establishment, checker, time and place (§5.20);</li>
 *   <li>rows are numbered 1, 2, 3 … in each table, and the R columns are filled (§5.23);</li>
 *   <li>any Không đạt needs an action in column 15 (§5.14), and the food is refused;</li>
 *   <li>a packaged food past its expiry date fails its label check and is refused (§5.16);</li>
 *   <li>animal-origin fresh food has veterinary and quarantine papers, or N/A with a reason and a
 *       note in column 15 (§5.17).</li>
 * </ul>
 */
public final class ReceivingCheck {

    private final CheckHeader header;
    private final List<FreshFoodReceipt> fresh;
    private final List<PackagedFoodReceipt> packaged;

    private ReceivingCheck(CheckHeader header, List<FreshFoodReceipt> fresh, List<PackagedFoodReceipt> packaged) {
        this.header = header;
        this.fresh = fresh;
        this.packaged = packaged;
    }

    /**
     * Checks the whole of Form 1.
     *
     * @param header   the form header
     * @param fresh    table I rows, numbered from 1
     * @param packaged table II rows, numbered from 1
     * @return the form, or every violation found
     */
    public static Outcome<ReceivingCheck> of(CheckHeader header, List<FreshFoodReceipt> fresh,
                                             List<PackagedFoodReceipt> packaged) {
        List<FreshFoodReceipt> freshRows = List.copyOf(fresh);
        List<PackagedFoodReceipt> packagedRows = List.copyOf(packaged);
        List<InspectionViolation> violations = new ArrayList<>();
        new RowChecks(OfficialForm.FORM_1_FRESH, violations).header(header);
        for (int i = 0; i < freshRows.size(); i++) {
            checkFresh(i + 1, freshRows.get(i), violations);
        }
        for (int i = 0; i < packagedRows.size(); i++) {
            checkPackaged(i + 1, packagedRows.get(i), violations);
        }
        return Outcome.of(violations, () -> new ReceivingCheck(header, freshRows, packagedRows));
    }

    private static void checkFresh(int expectedRow, FreshFoodReceipt r, List<InspectionViolation> violations) {
        RowChecks checks = new RowChecks(OfficialForm.FORM_1_FRESH, violations);
        int row = r.row();
        checks.rowNumber(expectedRow, row);
        checks.required(row, "Tên thực phẩm", r.foodName());
        checks.required(row, "Thời gian nhập", r.receivedAt());
        checks.required(row, "Khối lượng", r.quantity());
        checkSupplier(checks, row, r.supplier());
        checks.required(row, "Chứng từ, hóa đơn", r.invoice());
        checks.required(row, "Kiểm tra cảm quan", r.sensory());
        checks.required(row, "Xét nghiệm nhanh", r.rapidTest());
        checks.required(row, "Quyết định nhận", r.decision());
        boolean papersWaived = false;
        if (r.animalOrigin()) {
            papersWaived |= checkPaper(row, "Giấy đăng ký với thú y", r.veterinaryRegistration(), violations);
            papersWaived |= checkPaper(row, "Giấy kiểm dịch", r.quarantineCertificate(), violations);
        }
        checks.actionWhen(r.anyCheckFailed() || papersWaived, row, r.action());
        checkDecision(r, violations);
    }

    /** Returns true when the paper is N/A (which requires a note in column 15). */
    private static boolean checkPaper(int row, String column, AnimalHealthPaper paper, List<InspectionViolation> violations) {
        if (paper instanceof AnimalHealthPaper.Provided provided && !provided.document().blank()) {
            return false;
        }
        if (paper instanceof AnimalHealthPaper.NotApplicable na && na.reason() != null && !na.reason().isBlank()) {
            return true;
        }
        violations.add(new InspectionViolation.AnimalPapersMissing(row, column));
        return false;
    }

    private static void checkPackaged(int expectedRow, PackagedFoodReceipt r, List<InspectionViolation> violations) {
        RowChecks checks = new RowChecks(OfficialForm.FORM_1_PACKAGED, violations);
        int row = r.row();
        checks.rowNumber(expectedRow, row);
        checks.required(row, "Tên thực phẩm", r.foodName());
        checks.required(row, "Tên cơ sở sản xuất", r.manufacturer());
        checks.required(row, "Địa chỉ sản xuất", r.manufacturerAddress());
        checks.required(row, "Thời gian nhập", r.receivedAt());
        checks.required(row, "Khối lượng", r.quantity());
        checkSupplier(checks, row, r.supplier());
        checks.required(row, "Hạn sử dụng", r.expiryDate());
        checks.required(row, "Điều kiện bảo quản", r.storage());
        checks.required(row, "Chứng từ, hóa đơn", r.invoice());
        checks.required(row, "Kiểm tra cảm quan", r.labelCheck());
        checks.required(row, "Quyết định nhận", r.decision());
        checks.actionWhen(r.anyCheckFailed(), row, r.action());
        if (r.expiredOnArrival() && r.decision() == ReceivingDecision.ACCEPTED) {
            violations.add(new InspectionViolation.ExpiredFoodAccepted(row));
        } else {
            checkDecision(r, violations);
        }
    }

    private static void checkSupplier(RowChecks checks, int row, Supplier supplier) {
        checks.required(row, "Nơi cung cấp", supplier);
        if (supplier != null) {
            checks.required(row, "Nơi cung cấp – Tên cơ sở", supplier.businessName());
            checks.required(row, "Nơi cung cấp – Địa chỉ, điện thoại", supplier.addressAndPhone());
            checks.required(row, "Nơi cung cấp – Tên người giao hàng", supplier.deliveredBy());
        }
    }

    private static void checkDecision(ReceivedFood r, List<InspectionViolation> violations) {
        if (r.anyCheckFailed() && r.decision() == ReceivingDecision.ACCEPTED) {
            violations.add(new InspectionViolation.FailedFoodAccepted(r.table().form(), r.row()));
        }
    }

    /** The form header. */
    public CheckHeader header() {
        return header;
    }

    /** Table I rows, in order. */
    public List<FreshFoodReceipt> fresh() {
        return fresh;
    }

    /** Table II rows, in order. */
    public List<PackagedFoodReceipt> packaged() {
        return packaged;
    }

    /** All rows of both tables, table I first. */
    public List<ReceivedFood> all() {
        return Stream.concat(fresh.stream(), packaged.stream()).map(ReceivedFood.class::cast).toList();
    }

    /** The row a Form 2 ingredient refers to, if it exists. */
    public Optional<ReceivedFood> find(ReceiptRef ref) {
        return all().stream().filter(r -> r.ref().equals(ref)).findFirst();
    }
}
