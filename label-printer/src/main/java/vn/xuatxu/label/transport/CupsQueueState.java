package vn.xuatxu.label.transport;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xuatxu.label.status.PrinterCondition;
import vn.xuatxu.label.status.PrinterStatus;

/**
 * Reads the output of {@code lpstat -p QUEUE -l} into our printer conditions.
 *
 * <p>Why CUPS's words and not the printer's: a job to a CUPS queue goes through the spooler, so the printer's
 * own status request cannot be sent; but the CUPS backend (usb, socket, ipp) reports what it learns from the
 * printer as IPP printer-state-reasons, which {@code lpstat -l} prints on its "Alerts:" line
 * ({@code media-empty-error}, {@code cover-open-report}, …; RFC 8011 and PWG 5100.9 keywords, with an optional
 * {@code -error}, {@code -warning} or {@code -report} suffix). A queue stopped by an administrator or by a failed
 * backend says "disabled", and one printing says "now printing".
 */
final class CupsQueueState {

    private static final Pattern ALERTS = Pattern.compile("(?m)^\\s*Alerts:\\s*(.*)$");
    private static final Pattern SUFFIX = Pattern.compile("-(error|warning|report)$");

    private CupsQueueState() {
    }

    static PrinterStatus parse(String lpstat) {
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        String firstLine = lpstat.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (firstLine.contains(" disabled")) {
            conditions.add(PrinterCondition.PAUSED);
        }
        if (firstLine.contains("now printing")) {
            conditions.add(PrinterCondition.PRINTING);
        }
        Matcher alerts = ALERTS.matcher(lpstat);
        if (alerts.find()) {
            for (String reason : alerts.group(1).toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                condition(SUFFIX.matcher(reason).replaceFirst("")).ifPresent(conditions::add);
            }
        }
        return new PrinterStatus(conditions, OptionalInt.empty(), lpstat);
    }

    private static Optional<PrinterCondition> condition(String reason) {
        PrinterCondition condition = switch (reason) {
            case "media-empty", "media-needed" -> PrinterCondition.PAPER_OUT;
            case "media-low" -> PrinterCondition.PAPER_NEAR_END;
            case "cover-open", "door-open", "interlock-open" -> PrinterCondition.HEAD_OPEN;
            case "media-jam" -> PrinterCondition.PAPER_JAM;
            case "paused", "moving-to-paused" -> PrinterCondition.PAUSED;
            case "marker-supply-empty", "marker-supply-missing" -> PrinterCondition.RIBBON_OUT;
            case "cutter-error" -> PrinterCondition.CUTTER_ERROR;
            case "offline", "shutdown", "connecting-to-device", "other", "timed-out" -> PrinterCondition.OTHER_ERROR;
            default -> null;
        };
        return Optional.ofNullable(condition);
    }
}
