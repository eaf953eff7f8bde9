package vn.xuatxu.api.platform;

import io.micronaut.context.ApplicationContext;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.OrganisationRegistration;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.OrganisationStore;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar xuatxu.jar create-admin}: the only way to get a first account outside demo mode, so no
 * installation ever has a default password. Creates the province agency if there is none and an
 * AGENCY_ADMIN for it; the ledger registration follows through the outbox when the server next runs.
 */
public final class AdminCommand {

    private static final String USAGE = """
            Usage: java -jar xuatxu.jar create-admin --username NAME [--name "Display name"] [--password-file FILE]
                   [--agency-name "Sở Nông nghiệp và Môi trường tỉnh Điện Biên"] [--agency-msp DienBienAgencyMSP]
                   [--province "Điện Biên"]
            The password is read from the first line of --password-file, else the XUATXU_ADMIN_PASSWORD environment
            variable, else asked for on the console,
            else (no console) read from the first line of standard input. Uses the same data folder and database
            settings as the server; stop a server that uses the embedded database first.""";

    private AdminCommand() {
    }

    public static int run(String[] args) {
        return run(args, Map.of());
    }

    /** Runs the command with extra configuration on top of the usual sources (tests point it at their database). */
    public static int run(String[] args, Map<String, Object> configuration) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        String username = options.get("username");
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            System.err.println("--username is required: 3-64 characters of a-z, 0-9, '.', '_' or '-'.\n" + USAGE);
            return 2;
        }
        String password = password(options.get("password-file"));
        if (password == null || password.length() < 12) {
            System.err.println("The password must have at least 12 characters.");
            return 2;
        }
        StartupEnvironment startup = StartupEnvironment.prepare(new String[0], configuration);
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .properties(startup.properties())
                .singletons(startup.lock())
                .start()) {
            DSLContext db = context.getBean(DSLContext.class);
            AccountStore accounts = context.getBean(AccountStore.class);
            if (accounts.exists(db, username)) {
                System.err.println("An account named " + username + " already exists.");
                return 1;
            }
            OrganisationStore organisations = context.getBean(OrganisationStore.class);
            OrganisationRegistration registration = context.getBean(OrganisationRegistration.class);
            db.transaction(jooq -> {
                DSLContext tx = jooq.dsl();
                String agencyMsp = organisations.agencyMspId(tx).orElse(null);
                long agencyId = agencyMsp != null ? organisations.idByMspId(tx, agencyMsp).orElseThrow()
                        : registration.register(tx, new OrganisationStore.NewOrganisation(
                        options.getOrDefault("agency-msp", "DienBienAgencyMSP"),
                        options.getOrDefault("agency-name", "Sở Nông nghiệp và Môi trường tỉnh Điện Biên"),
                        OrganisationKind.AGENCY, options.getOrDefault("province", "Điện Biên"), null, null));
                registration.addAccount(tx, agencyId, username, options.getOrDefault("name", username), password,
                        Set.of(Role.AGENCY_ADMIN));
            });
            System.out.println("Created agency administrator " + username + " in " + startup.dataFolder());
            return 0;
        } finally {
            try {
                startup.lock().close();
            } catch (IOException e) {
                System.err.println("Could not release the data folder lock: " + e.getMessage());
            }
        }
    }

    private static String password(String file) {
        if (file != null) {
            try {
                return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file), StandardCharsets.UTF_8).stream()
                        .findFirst().orElse(null);
            } catch (IOException e) {
                System.err.println("Cannot read the password file " + file + ": " + e.getMessage());
                return null;
            }
        }
        String fromEnvironment = System.getenv("XUATXU_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new administrator (at least 12 characters): ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

}
