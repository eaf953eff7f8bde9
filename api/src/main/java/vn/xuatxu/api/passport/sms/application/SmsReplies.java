package vn.xuatxu.api.passport.sms.application;

import vn.xuatxu.api.passport.sms.domain.Gsm7;
import vn.xuatxu.api.passport.sms.domain.SmsVerdict;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The words of SMS replies. Written in Vietnamese with diacritics, then {@linkplain Gsm7#fold folded} to
 * GSM-7 (a Vietnamese reply with marks would be UCS-2: 70 characters per SMS and garbled on many phones),
 * and fitted to one SMS by shortening the product part only — the verdict, which comes first and in capitals,
 * is never cut. Capitals carry the verdict because they survive folding and read at a glance on a small
 * screen.
 */
final class SmsReplies {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SAMPLE_CODE = "7KQ2MZ9D";

    private final String keyword;

    SmsReplies(String keyword) {
        this.keyword = keyword;
    }

    String genuine(String product, String lot, String producer, int checkNumber) {
        return fit("Xuất Xứ: TEM THẬT. ", product + ", lô " + lot + ", " + producer,
                checkNumber == 1 ? ". Kiểm tra lần đầu." : ". Lần kiểm tra thứ " + checkNumber + ".");
    }

    String checkedManyTimes(String code, int checks, LocalDate since, String product) {
        return fit("Xuất Xứ: CẢNH BÁO. Mã " + code + " đã được kiểm tra " + checks + " lần từ " + DATE.format(since)
                + ", tem có thể bị sao chép. Hàng mới mua thì báo cơ quan quản lý. SP: ", product, "");
    }

    String voided(String code, String product) {
        return fit("Xuất Xứ: TEM ĐÃ BỊ HỦY. Mã " + code + " (", product,
                ") không còn giá trị. Đừng mua hàng mang tem này, hãy báo cơ quan quản lý.");
    }

    String recalled(String product, String lot) {
        return fit("Xuất Xứ: HÀNG BỊ THU HỒI. ", product, ", lô " + lot
                + " đã bị thu hồi. Không dùng sản phẩm, liên hệ nơi bán.");
    }

    String unknown(String code) {
        return fit("Xuất Xứ: KHÔNG CÓ mã " + code + ". Kiểm tra lại 8 ký tự sau chữ SMS trên tem. "
                + "Nếu đúng mà vẫn không có, hàng có thể là giả.", "", "");
    }

    String malformed() {
        return fit("Xuất Xứ: Không đọc được mã. Soạn " + keyword + " và mã 8 ký tự in sau chữ SMS trên tem, ví dụ: "
                + keyword + " " + SAMPLE_CODE, "", "");
    }

    String rateLimited(int max, Duration window) {
        String span = window.toMinutes() % 60 == 0 ? window.toHours() + " giờ" : window.toMinutes() + " phút";
        return fit("Xuất Xứ: Số máy này đã gửi quá " + max + " tin kiểm tra trong " + span + ". Vui lòng thử lại sau.",
                "", "");
    }

    /**
     * {@code before + variable + after}, folded to GSM-7, with {@code variable} shortened at a word boundary
     * (and ".." appended) until the whole fits one SMS.
     */
    static String fit(String before, String variable, String after) {
        String whole = before + (variable == null ? "" : variable.strip()) + after;
        java.util.function.UnaryOperator<String> gsm = Gsm7.encode(whole).isPresent() ? s -> s : Gsm7::plain;
        String head = gsm.apply(before);
        String tail = gsm.apply(after);
        String middle = gsm.apply(variable == null ? "" : variable.strip());
        int budget = Gsm7.SINGLE_SMS_SEPTETS - Gsm7.septets(head + tail).orElseThrow();
        if (budget < 0) {
            throw new IllegalStateException("SMS reply wording is longer than one SMS: " + head + tail);
        }
        if (Gsm7.septets(middle).orElseThrow() <= budget) {
            return head + middle + tail;
        }
        int end = middle.length();
        while (end > 0 && Gsm7.septets(middle.substring(0, end) + "..").orElseThrow() > budget) {
            end--;
        }
        String cut = middle.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() / 2) {
            cut = cut.substring(0, space);
        }
        cut = cut.strip();
        return head + (cut.isEmpty() ? "" : cut + "..") + tail;
    }
}
