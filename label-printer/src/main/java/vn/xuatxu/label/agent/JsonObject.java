package vn.xuatxu.label.agent;

/** A JSON object written field by field; enough for the agent's small replies, no library needed. */
final class JsonObject {

    private final StringBuilder text = new StringBuilder("{");

    JsonObject put(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    JsonObject put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    JsonObject put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    JsonObject put(String name, JsonObject value) {
        return raw(name, value.toString());
    }

    /** A field whose value is already JSON (an array, say). */
    JsonObject raw(String name, String json) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append(quote(name)).append(':').append(json);
        return this;
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
