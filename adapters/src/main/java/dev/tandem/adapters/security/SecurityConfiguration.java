package dev.tandem.adapters.security;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.error.ApiErrorWriter;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may call what. Shopper endpoints are open here because each request proves itself with its
 * conversation's token (checked by the use case); agent, editor and admin endpoints need a signed-in user
 * with the role. Failures answer in the API's error format.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserAccounts userAccounts(TandemProperties properties, PasswordEncoder encoder) {
        UserAccounts accounts = UserAccounts.from(properties.users(), encoder);
        accounts.generatedAdminPassword().ifPresent(password -> announce(password, System.out));
        return accounts;
    }

    @Bean
    MapReactiveUserDetailsService userDetailsService(UserAccounts accounts) {
        return new MapReactiveUserDetailsService(accounts.users());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiErrorWriter errors) {
        return http
                // The API is token- or Basic-authenticated and keeps no cookie session, so CSRF does not apply.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(basic -> basic.authenticationEntryPoint((exchange, denied) -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tandem\"");
                    return errors.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                            "sign in with an agent, editor or admin account");
                }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, denied) -> errors.write(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "sign in with an agent, editor or admin account"))
                        .accessDeniedHandler((exchange, denied) -> errors.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "your account does not have the role this needs")))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/v1/conversations/**").permitAll()
                        .pathMatchers("/api/v1/agent/**").hasRole("AGENT")
                        .pathMatchers("/api/v1/kb/**").hasRole("EDITOR")
                        .pathMatchers("/api/v1/analytics/**").hasAnyRole("ADMIN", "EDITOR")
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("ADMIN")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .build();
    }

    /** Printed to the console, not only logged, so it is seen even with logging turned down; never again. */
    static void announce(String password, PrintStream console) {
        LOG.warn("No tandem.users configured: created the account 'admin' with a one-time password (printed below)");
        console.println();
        console.println("    Tandem admin account  user: admin  password: " + password);
        console.println("    (generated for this run only; configure tandem.users to choose your own)");
        console.println();
        console.flush();
    }
}
