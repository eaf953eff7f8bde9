package vn.xuatxu.api.identity.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.persistence.AccountStore;

import java.util.Optional;

/**
 * Checks a username and password. An unknown name costs the same hashing work as a wrong password, so
 * response times do not tell which accounts exist.
 */
@Singleton
public final class SignIn {

    private final DSLContext db;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final String decoyHash;

    SignIn(DSLContext db, AccountStore accounts, PasswordHasher hasher) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy password that no account has");
    }

    public Optional<AccountStore.Account> check(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 256) {
            return Optional.empty();
        }
        Optional<AccountStore.Account> account = accounts.byUsername(db, username.strip());
        boolean matches = hasher.matches(password, account.map(AccountStore.Account::passwordHash).orElse(decoyHash));
        return account.filter(a -> matches && a.active());
    }
}
