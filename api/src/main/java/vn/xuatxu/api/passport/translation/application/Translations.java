package vn.xuatxu.api.passport.translation.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;
import vn.xuatxu.api.passport.translation.domain.TranslationLanguage;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.text.Normalizer;
import java.util.List;

/**
 * Producers enter their product texts and their name in other languages. The same people who may edit the
 * product (its organisation's administrators) may translate it; everyone else who may see the product may
 * read its translations. Texts are stored NFC-normalised, like every text in the platform, because some
 * input methods for Vietnamese, Thái and H'Mông produce decomposed letters.
 */
@Singleton
public final class Translations {

    private final DSLContext db;
    private final ProductCatalogue products;
    private final TranslationStore store;

    Translations(DSLContext db, ProductCatalogue products, TranslationStore store) {
        this.db = db;
        this.products = products;
        this.store = store;
    }

    public List<TranslationStore.ProductText> ofProduct(Actor actor, long productId) {
        return store.ofProduct(db, products.find(actor, productId).id());
    }

    public TranslationStore.ProductText putProduct(Actor actor, long productId, String language, String name,
                                                   String description) {
        ProductPassportStore.StoredPassport product = ownProduct(actor, productId);
        TranslationLanguage tag = TranslationLanguage.parse(language);
        String text = text(name, "name", 200);
        if (text == null) {
            throw new ProblemException.InvalidInput("name", PageText.of("product.error.translationName"));
        }
        String about = text(description, "description", 2000);
        store.putProduct(db, product.id(), tag, text, about);
        return new TranslationStore.ProductText(tag.code(), text, about);
    }

    public void deleteProduct(Actor actor, long productId, String language) {
        if (!store.deleteProduct(db, ownProduct(actor, productId).id(), TranslationLanguage.parse(language))) {
            throw new ProblemException.NotFound(PageText.of("product.error.translationMissing", language));
        }
    }

    public List<TranslationStore.ProducerName> ofProducer(Actor actor) {
        return store.ofProducer(db, actor.organisationId());
    }

    public TranslationStore.ProducerName putProducer(Actor actor, String language, String name) {
        requireProducerAdmin(actor);
        TranslationLanguage tag = TranslationLanguage.parse(language);
        String text = text(name, "name", 200);
        if (text == null) {
            throw new ProblemException.InvalidInput("name", PageText.of("organisation.error.translationName"));
        }
        store.putProducer(db, actor.organisationId(), tag, text);
        return new TranslationStore.ProducerName(tag.code(), text);
    }

    public void deleteProducer(Actor actor, String language) {
        requireProducerAdmin(actor);
        if (!store.deleteProducer(db, actor.organisationId(), TranslationLanguage.parse(language))) {
            throw new ProblemException.NotFound(PageText.of("organisation.error.translationMissing", language));
        }
    }

    private ProductPassportStore.StoredPassport ownProduct(Actor actor, long productId) {
        ProductPassportStore.StoredPassport product = products.find(actor, productId);
        requireProducerAdmin(actor);
        if (product.organisationId() != actor.organisationId()) {
            throw new ProblemException.Forbidden(PageText.of("product.error.translationOwner"));
        }
        return product;
    }

    private static void requireProducerAdmin(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.PRODUCER || !actor.hasAnyRole(Role.ORG_ADMIN)) {
            throw new ProblemException.Forbidden(PageText.of("product.error.translationAdmins"));
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ProblemException.InvalidInput(field, PageText.of("product.error.translationText", max));
        }
        return text;
    }
}
