package vn.xuatxu.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.i18n.LocaleFormat;
import vn.xuatxu.api.platform.i18n.PageLanguageResolver;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the Java-made words of a page into the page's language just before it is rendered: a controller
 * hands its template a refusal ({@link ProblemException}) or a {@link PageText} as it is, also inside the
 * maps and lists of rows it builds, and never needs the request to know the language. Every page also gets
 * {@code fmt}, the {@link LocaleFormat} of its language, for dates and numbers.
 */
@Singleton
final class WordsInPageModels implements ViewModelProcessor<Map<String, Object>> {

    private final PageMessages messages;
    private final PageLanguageResolver resolver;

    WordsInPageModels(PageMessages messages, PageLanguageResolver resolver) {
        this.messages = messages;
        this.resolver = resolver;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> {
            String language = resolver.language(request);
            Map<String, Object> words = new LinkedHashMap<>();
            model.forEach((key, value) -> words.put(key, localise(value, language)));
            words.putIfAbsent("fmt", new LocaleFormat(language));
            modelAndView.setModel(words);
        });
    }

    private Object localise(Object value, String language) {
        if (value instanceof PageText text) {
            return text.in(language, messages);
        }
        if (value instanceof ProblemException problem) {
            return problem.message(language, messages);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, localise(v, language)));
            return copy;
        }
        if (value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map || v instanceof PageText
                || v instanceof ProblemException)) {
            return list.stream().map(v -> localise(v, language)).toList();
        }
        return value;
    }
}
