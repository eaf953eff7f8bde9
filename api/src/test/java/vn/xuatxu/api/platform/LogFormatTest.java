package vn.xuatxu.api.platform;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped logback.xml: readable lines by default, one JSON object per line with XUATXU_LOG_FORMAT=JSON. */
class LogFormatTest {

    @Test
    void jsonLinesCarryLevelLoggerMessageAndRequestId() throws Exception {
        String line = logOneLine("JSON");
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("WARN", json.path("level").asText());
        assertEquals("vn.xuatxu.test", json.path("loggerName").asText());
        assertEquals("lô CF-2611-01 chưa lên sổ cái", json.path("formattedMessage").asText());
        assertEquals("req-00000001", json.path("mdc").path("requestId").asText());
    }

    @Test
    void textLinesNameTheRequestOnlyWhenThereIsOne() throws Exception {
        String line = logOneLine("TEXT");
        assertTrue(line.contains("vn.xuatxu.test req=req-00000001 - lô CF-2611-01 chưa lên sổ cái"), line);
    }

    private static String logOneLine(String format) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        System.setProperty("XUATXU_LOG_FORMAT", format);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            MDC.put("requestId", "req-00000001");
            context.getLogger("vn.xuatxu.test").warn("lô {} chưa lên sổ cái", "CF-2611-01");
        } finally {
            MDC.remove("requestId");
            context.stop();
            System.setOut(original);
            System.clearProperty("XUATXU_LOG_FORMAT");
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        return output.lines().filter(l -> l.contains("CF-2611-01")).findFirst().orElse(output);
    }
}
