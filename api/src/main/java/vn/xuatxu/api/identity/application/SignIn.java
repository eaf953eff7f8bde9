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
    private final LoginThrottle throttle;

    SignIn(DSLContext db, AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.decoyHash = hasher.hash("decoy password that no account has");
    }

    /** Checks a sign-in from a network address, throttled per account and per address. */
    public SignInOutcome attempt(String username, String password, String address) {
        var wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        Optional<AccountStore.Account> account = matching(username, password);
        if (account.isEmpty()) {
            throttle.failed(username, address);
            return new SignInOutcome.Refused();
        }
        if (!account.get().active()) {
            return new SignInOutcome.Deactivated();
        }
        throttle.succeeded(username);
        return new SignInOutcome.SignedIn(account.get());
    }

    /** The active account with this name and password. */
    public Optional<AccountStore.Account> check(String username, String password) {
        return matching(username, password).filter(AccountStore.Account::active);
    }

    private Optional<AccountStore.Account> matching(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 256) {
            return Optional.empty();
        }
        Optional<AccountStore.Account> account = accounts.byUsername(db, username.strip());
        boolean matches = hasher.matches(password, account.map(AccountStore.Account::passwordHash).orElse(decoyHash));
        return account.filter(a -> matches);
    }
}
