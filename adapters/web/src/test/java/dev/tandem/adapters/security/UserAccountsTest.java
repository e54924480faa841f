package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.config.TandemProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAccountsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void givenNoUsersConfigured_whenAccountsAreBuilt_thenOneAdminWithARandomBcryptPassword() {
        UserAccounts first = UserAccounts.from(List.of(), encoder);
        UserAccounts second = UserAccounts.from(List.of(), encoder);

        UserDetails admin = first.users().get(0);
        String password = first.generatedAdminPassword().orElseThrow();
        assertThat(first.users()).hasSize(1);
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, admin.getPassword())).isTrue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(second.generatedAdminPassword()).isPresent().get().isNotEqualTo(password);
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_AGENT", "ROLE_EDITOR");
    }

    @Test
    void givenNoUsersConfigured_whenTheAdminIsLookedUpForASignIn_thenFoundByNameWithTheGeneratedPasswordsHash() {
        UserAccounts accounts = UserAccounts.from(List.of(), encoder);

        UserDetails admin = accounts.userDetailsService().findByUsername("Admin").block();

        assertThat(admin).isNotNull();
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(encoder.matches(accounts.generatedAdminPassword().orElseThrow(), admin.getPassword())).isTrue();
        assertThat(accounts.userDetailsService().findByUsername("olek").block()).isNull();
    }

    @Test
    void givenGeneratedPassword_whenAnnounced_thenPrintedWithTheUserName() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        SecurityConfiguration.announce("s3cret-once", new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("user: admin").contains("password: s3cret-once");
    }

    @Test
    void givenConfiguredUsers_whenAccountsAreBuilt_thenNoAdminIsGeneratedAndRolesAreKept() {
        var agent = new TandemProperties.User("olena", "{noop}pa55", List.of("agent"), List.of("uk", "ru"), 3, null, null);

        UserAccounts accounts = UserAccounts.from(List.of(agent), encoder);

        assertThat(accounts.generatedAdminPassword()).isEmpty();
        assertThat(accounts.users()).singleElement().satisfies(user -> {
            assertThat(user.getUsername()).isEqualTo("olena");
            assertThat(encoder.matches("pa55", user.getPassword())).isTrue();
            assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        });
    }

    @Test
    void givenPasswordWithoutEncoding_whenAccountsAreBuilt_thenRefusedNamingTheProperty() {
        var plain = new TandemProperties.User("olena", "pa55", List.of("AGENT"), List.of(), 3, null, null);

        assertThatThrownBy(() -> UserAccounts.from(List.of(plain), encoder))
                .hasMessageContaining("tandem.users[0].password").hasMessageContaining("{bcrypt}");
    }

    @Test
    void givenUnknownRole_whenAccountsAreBuilt_thenRefusedNamingTheRole() {
        var typo = new TandemProperties.User("olena", "{noop}pa55", List.of("AGNET"), List.of(), 3, null, null);

        assertThatThrownBy(() -> UserAccounts.from(List.of(typo), encoder))
                .hasMessageContaining("tandem.users[0].roles").hasMessageContaining("AGNET");
    }
}
