package dev.tandem.adapters.security;

import dev.tandem.adapters.config.TandemProperties;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people who may sign in: the {@code tandem.users} list, or, when it is empty, one {@code admin} with a
 * random password that is printed once. There is no default password anywhere.
 */
public final class UserAccounts {

    static final Set<String> ROLES = Set.of("AGENT", "EDITOR", "ADMIN");
    public static final String GENERATED_ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<UserDetails> users;
    private final String generatedPassword;

    private UserAccounts(List<UserDetails> users, String generatedPassword) {
        this.users = List.copyOf(users);
        this.generatedPassword = generatedPassword;
    }

    public static UserAccounts from(List<TandemProperties.User> configured, PasswordEncoder encoder) {
        if (configured.isEmpty()) {
            String password = randomPassword();
            UserDetails admin = User.withUsername(GENERATED_ADMIN)
                    .password(encoder.encode(password))
                    .roles("ADMIN", "AGENT", "EDITOR")
                    .build();
            return new UserAccounts(List.of(admin), password);
        }
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            users.add(user(i, configured.get(i)));
        }
        return new UserAccounts(users, null);
    }

    public List<UserDetails> users() {
        return users;
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
