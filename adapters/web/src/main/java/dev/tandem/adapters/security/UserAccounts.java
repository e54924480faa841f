package dev.tandem.adapters.security;

import dev.tandem.adapters.config.TandemProperties;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;

/**
 * The people who may sign in: the {@code tandem.users} list, or, when it is empty, one {@code admin} with a
 * random password that is printed once. There is no default password anywhere.
 */
public final class UserAccounts {

    static final Set<String> ROLES = Set.of("AGENT", "EDITOR", "ADMIN");
    public static final String GENERATED_ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Hashes the generated password on a thread of its own: BCrypt is deliberately slow (3-5 % of the server's
     * start-up on {@code main}, docs/performance.md), and nobody can sign in before the port opens anyway.
     */
    private static final Executor HASHING = hash -> {
        Thread thread = new Thread(hash, "tandem-password-hash");
        thread.setDaemon(true);
        thread.start();
    };

    private final CompletableFuture<List<UserDetails>> users;
    private final String generatedPassword;

    private UserAccounts(CompletableFuture<List<UserDetails>> users, String generatedPassword) {
        this.users = users;
        this.generatedPassword = generatedPassword;
    }

    public static UserAccounts from(List<TandemProperties.User> configured, PasswordEncoder encoder) {
        if (configured.isEmpty()) {
            String password = randomPassword();
            return new UserAccounts(CompletableFuture.supplyAsync(() -> List.of(User.withUsername(GENERATED_ADMIN)
                    .password(encoder.encode(password))
                    .roles("ADMIN", "AGENT", "EDITOR")
                    .build()), HASHING), password);
        }
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            users.add(user(i, configured.get(i)));
        }
        return new UserAccounts(CompletableFuture.completedFuture(List.copyOf(users)), null);
    }

    /** The accounts; waits for the generated admin's password hash if it is still being computed. */
    public List<UserDetails> users() {
        return users.join();
    }

    /**
     * Looks the accounts up by name (case-insensitive, as Spring's map-backed service); a sign-in that comes while
     * the generated password is still being hashed waits for the hash without holding a thread.
     */
    public ReactiveUserDetailsService userDetailsService() {
        CompletableFuture<MapReactiveUserDetailsService> byName = users.thenApply(MapReactiveUserDetailsService::new);
        return name -> Mono.fromFuture(byName.copy()).flatMap(service -> service.findByUsername(name));
    }

    /** The one-time admin password, present only when no users were configured. */
    public Optional<String> generatedAdminPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    private static UserDetails user(int index, TandemProperties.User user) {
        String where = "tandem.users[" + index + "]";
        if (user.name() == null || user.name().isBlank()) {
            throw new IllegalStateException(where + ".name is missing");
        }
        if (user.password() == null || !(user.password().startsWith("{bcrypt}") || user.password().startsWith("{noop}"))) {
            throw new IllegalStateException(where + ".password must be {bcrypt}<hash> or {noop}<password>");
        }
        if (user.roles().isEmpty()) {
            throw new IllegalStateException(where + ".roles is empty; give at least one of " + ROLES);
        }
        List<String> roles = new ArrayList<>();
        for (String role : user.roles()) {
            String normalised = role.strip().toUpperCase(Locale.ROOT);
            if (!ROLES.contains(normalised)) {
                throw new IllegalStateException(where + ".roles has unknown role '" + role + "'; known: " + ROLES);
            }
            roles.add(normalised);
        }
        // The password is kept in its {id} form; Spring's delegating encoder checks bcrypt and noop alike.
        return User.withUsername(user.name().strip()).password(user.password()).roles(roles.toArray(String[]::new)).build();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
