package vn.xuatxu.label.agent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Options of both agent modes from the command line ({@code --key value} or {@code --key=value}), a
 * properties file named by {@code --config}, and {@code XUATXU_AGENT_TOKEN}: the command line wins, then the
 * file, then the environment. Kept apart so the token never has to appear in {@code ps}.
 */
final class AgentOptions {

    private AgentOptions() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> environment, Set<String> knownKeys) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String key = arg.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            options.put(key, value);
        }
        Map<String, String> merged = new HashMap<>();
        String config = options.get("config");
        if (config != null) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + config + ": " + e.getMessage(), e);
            }
            file.stringPropertyNames().forEach(k -> merged.put(k, file.getProperty(k).strip()));
        }
        merged.putAll(options);
        merged.remove("config");
        if (!merged.containsKey("token") && environment.containsKey("XUATXU_AGENT_TOKEN")) {
            merged.put("token", environment.get("XUATXU_AGENT_TOKEN"));
        }
        for (String key : merged.keySet()) {
            if (!knownKeys.contains(key)) {
                throw new IllegalArgumentException("unknown option: " + key);
            }
        }
        return merged;
    }

    static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }

    static Duration millis(Map<String, String> options, String key, Duration fallback) {
        return options.containsKey(key) ? Duration.ofMillis(integer(options.get(key), key)) : fallback;
    }

    static int integer(String value, String what) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, was " + value, e);
        }
    }
}
