package vn.xuatxu.api.platform.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Words decided in Java but read on a page or in an API answer: a bundle key and its arguments, put into
 * words only once the reader's language is known. A refusal or a flash message built deep in the
 * application therefore needs no request, and the same refusal reads in Vietnamese on one phone and in
 * English on another.
 *
 * @param key       a page-words key, {@code bundle.rest} (see {@link PageMessages})
 * @param arguments the values for {@code {0}}, {@code {1}}…, already written for a reader (numbers, names);
 *                  an argument that is itself a {@code PageText}, or a list of them (joined with a space), is
 *                  written in the same language as this text, so several refusals can be put into one answer
 */
public record PageText(String key, List<Object> arguments) {

    public PageText {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static PageText of(String key, Object... arguments) {
        return new PageText(key, Arrays.asList(arguments));
    }

    /** The text in {@code language} ({@code vi} or {@code en}). */
    public String in(String language, PageMessages messages) {
        return messages.text(language, key, written(argument -> argument.in(language, messages)));
    }

    /**
     * The Vietnamese text, read straight from the bundle without the application context: what a log line, a
     * test, or code that has no reader at hand (an exception's message) shows. The key itself if unknown.
     */
    public String vietnamese() {
        int dot = key.indexOf('.');
        String text = dot <= 0 ? null : MessageBundles.load(key.substring(0, dot) + "_vi")
                .map(words -> words.get(key)).orElse(null);
        return PageMessages.place(text == null ? key : text, written(PageText::vietnamese));
    }

    /** The arguments with every nested {@code PageText} (alone or in a list of them) written by {@code write}. */
    private Object[] written(Function<PageText, String> write) {
        return arguments.stream().map(argument -> {
            if (argument instanceof PageText text) {
                return write.apply(text);
            }
            if (argument instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(PageText.class::isInstance)) {
                return list.stream().map(item -> write.apply((PageText) item)).collect(Collectors.joining(" "));
            }
            return argument;
        }).toArray();
    }
}
