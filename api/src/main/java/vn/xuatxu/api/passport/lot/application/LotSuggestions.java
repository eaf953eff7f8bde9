package vn.xuatxu.api.passport.lot.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.passport.lot.domain.LotNumberPattern;
import vn.xuatxu.api.passport.lot.domain.QuantityUnit;
import vn.xuatxu.api.passport.lot.persistence.LotDefaultsStore;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prefills the next lot so a repeat lot takes at most three fields: the product used last comes first,
 * with the next lot number, today's date, the last quantity and unit, and a best-before date at the same
 * shelf life as last time.
 */
@Singleton
public final class LotSuggestions {

    /** A prefilled lot for one product. */
    @io.micronaut.serde.annotation.Serdeable
    public record Suggestion(long productId, String gtin, String productName, String lotNumber, LocalDate productionDate,
                             LocalDate bestBeforeDate, BigDecimal quantity, String unit) {
    }

    /** CF-2611-01: the product's code, year and month of production, sequence. */
    static final String DEFAULT_PATTERN = "{code}-{yy}{MM}-{seq}";

    private final DSLContext db;
    private final ProductPassportStore products;
    private final LotDefaultsStore defaults;
    private final LotNumberPattern pattern;
    private final Clock clock;

    LotSuggestions(DSLContext db, ProductPassportStore products, LotDefaultsStore defaults, Clock clock,
                   @Value("${xuatxu.lots.number-pattern:}") String pattern) {
        this.db = db;
        this.products = products;
        this.defaults = defaults;
        this.clock = clock;
        this.pattern = new LotNumberPattern(pattern == null || pattern.isBlank() ? DEFAULT_PATTERN : pattern);
    }

    /** One suggestion per product of the actor's organisation, the most recently used first. */
    public List<Suggestion> forOrganisation(Actor actor) {
        List<LotDefaultsStore.Defaults> remembered = defaults.of(db, actor.organisationId());
        LocalDate today = LocalDate.now(clock.withZone(LotRegistration.VIETNAM));
        return products.ofOrganisation(db, actor.organisationId()).stream()
                .map(product -> {
                    Optional<LotDefaultsStore.Defaults> last = remembered.stream()
                            .filter(d -> d.productId() == product.id()).findFirst();
                    String code = product.passport().lotCode() != null ? product.passport().lotCode()
                            : LotNumberPattern.codeFrom(product.passport().category());
                    String lotNumber = pattern.next(code, today, defaults.lotNumbersStartingWith(db, product.id(),
                            pattern.prefix(code, today)));
                    return new Suggestion(product.id(), product.passport().gtin().value(), product.passport().name(),
                            lotNumber, today,
                            last.map(LotDefaultsStore.Defaults::shelfLifeDays).map(today::plusDays).orElse(null),
                            last.map(d -> d.quantity().stripTrailingZeros()).orElse(null),
                            last.map(LotDefaultsStore.Defaults::unit).orElse(QuantityUnit.KGM.name()));
                })
                .sorted(Comparator.comparingInt(s -> rank(remembered, s.productId())))
                .toList();
    }

    private static int rank(List<LotDefaultsStore.Defaults> remembered, long productId) {
        for (int i = 0; i < remembered.size(); i++) {
            if (remembered.get(i).productId() == productId) {
                return i;
            }
        }
        return remembered.size();
    }
}
