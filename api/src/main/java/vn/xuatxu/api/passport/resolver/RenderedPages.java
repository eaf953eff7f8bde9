package vn.xuatxu.api.passport.resolver;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered passport pages, so a label scanned by a crowd is rendered once, not once per phone. Rendering
 * the template is most of a page's cost; the ledger reads and the database query are small beside it.
 *
 * <p>A page is kept under its URI (path without the serial, query, reader's language) and the state it
 * was rendered from: the ledger's height (a recall, an event, a voided batch or a certificate lands in a
 * block) and {@link PageDataVersion} (anything written to the database that a page shows). Either moving
 * on makes the old page unreachable; it then ages out. A page also expires after {@code ttl} whatever
 * happens, which bounds how long a row changed behind the application's back (the tamper case), or a date
 * passing midnight, goes unseen. The number of pages is bounded, least recently used first out.
 * A ledger that cannot tell its height (height below zero) disables the cache.
 */
@Singleton
final class RenderedPages {

    /** What a page depends on. */
    record Key(String path, String query, String language, long ledgerHeight, long dataVersion) {
    }

    /**
     * A rendered page, kept as UTF-8 bytes cut at the two per-request places, so answering from the cache
     * is one copy of bytes and no re-encoding of the page.
     *
     * @param etag          strong ETag of the page (the form token is left out: an older token stays valid)
     * @param producerMspId who asks the ledger to verify a serial of this lot; null for a product page
     * @param renderedAt    also the page's Last-Modified
     */
    record Page(byte[] beforeNotes, byte[] beforeToken, byte[] rest, String etag, String producerMspId,
                Instant renderedAt) {

        /** The page with a serial's notes (HTML, possibly empty) and a form token in their places. */
        byte[] body(String notes, String token) {
            byte[] notesBytes = notes.getBytes(StandardCharsets.UTF_8);
            byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[beforeNotes.length + notesBytes.length + beforeToken.length + tokenBytes.length
                    + rest.length];
            int at = 0;
            for (byte[] part : new byte[][]{beforeNotes, notesBytes, beforeToken, tokenBytes, rest}) {
                System.arraycopy(part, 0, body, at, part.length);
                at += part.length;
            }
            return body;
        }
    }

    /** Where a serial's verdict and scan history go; also where nothing goes, on a lot page. */
    static final String SERIAL_NOTES = "<!--serial-notes-->";
    /** The report form's signed timestamp, per request: a cached timestamp would defeat the minimum fill time. */
    static final String FORM_TOKEN = "__FORM_TOKEN__";

    private final Clock clock;
    private final Duration ttl;
    private final Map<Key, Page> pages;

    RenderedPages(Clock clock, @Value("${xuatxu.passport-cache.ttl:10s}") Duration ttl,
                  @Value("${xuatxu.passport-cache.max-pages:2000}") int maxPages) {
        this.clock = clock;
        this.ttl = ttl;
        this.pages = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
                return size() > maxPages;
            }
        };
    }

    /** A page rendered now; {@code html} holds {@link #SERIAL_NOTES} once, then {@link #FORM_TOKEN} once. */
    Page page(String html, String etag, String producerMspId) {
        int notes = html.indexOf(SERIAL_NOTES);
        int token = html.indexOf(FORM_TOKEN, Math.max(notes, 0));
        if (notes < 0 || token < 0) {
            throw new IllegalStateException("The passport template lost its serial-notes or form-token place");
        }
        return new Page(html.substring(0, notes).getBytes(StandardCharsets.UTF_8),
                html.substring(notes + SERIAL_NOTES.length(), token).getBytes(StandardCharsets.UTF_8),
                html.substring(token + FORM_TOKEN.length()).getBytes(StandardCharsets.UTF_8),
                etag, producerMspId, clock.instant());
    }

    /** The cached page for {@code key}, or a freshly rendered one, kept unless the key says not to. */
    Page get(Key key, Supplier<Page> render) {
        if (key.ledgerHeight() < 0 || ttl.isZero()) {
            return render.get();
        }
        Instant now = clock.instant();
        Optional<Page> cached = cached(key, now);
        if (cached.isPresent()) {
            return cached.get();
        }
        Page page = render.get();
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }

    private Optional<Page> cached(Key key, Instant now) {
        synchronized (pages) {
            Page page = pages.get(key);
            if (page == null) {
                return Optional.empty();
            }
            if (!page.renderedAt().plus(ttl).isAfter(now)) {
                pages.remove(key);
                return Optional.empty();
            }
            return Optional.of(page);
        }
    }

    int size() {
        synchronized (pages) {
            return pages.size();
        }
    }
}
