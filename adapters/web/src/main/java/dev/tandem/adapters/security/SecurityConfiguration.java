package dev.tandem.adapters.security;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.error.ApiErrorWriter;
import dev.tandem.adapters.web.CsrfCookieWebFilter;
import dev.tandem.adapters.web.PageRoutes;
import dev.tandem.adapters.web.SpaCsrfTokenRequestHandler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import dev.tandem.adapters.ratelimit.LoginThrottle;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may call what. Shopper endpoints are open here because each request proves itself with its
 * conversation's token (checked by the use case); agent, editor and admin endpoints need a signed-in user
 * with the role: HTTP Basic for API callers, or the pages' session from the sign-in form at {@code /login}
 * (CSRF-protected). API failures answer in the API's error format; pages redirect to the sign-in form.
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
    ReactiveUserDetailsService userDetailsService(UserAccounts accounts) {
        return accounts.userDetailsService();
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        SecurityProperties.LoginThrottle limits = properties.loginThrottle();
        return new LoginThrottle(limits.failuresPerUser(), limits.failuresPerAddress(), limits.window());
    }

    /** Sign-in form and HTTP Basic both check passwords here, throttled against guessing. */
    @Bean
    ReactiveAuthenticationManager authenticationManager(ReactiveUserDetailsService users, PasswordEncoder encoder,
                                                        LoginThrottle throttle) {
        return new ThrottledSignIn(users, encoder, throttle);
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiErrorWriter errors,
                                                  SecurityProperties properties) {
        ServerAuthenticationEntryPoint apiSignIn = (exchange, denied) -> errors.write(exchange, HttpStatus.UNAUTHORIZED,
                "unauthorized", "sign in with an agent, editor or admin account");
        ServerAccessDeniedHandler apiForbidden = (exchange, denied) -> errors.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "your account does not have the role this needs");
        return http
                // Token- and Basic-authenticated API calls carry no cookie, so CSRF does not apply to them; the
                // pages' session (sign-in form, console) does: their state-changing calls send X-XSRF-TOKEN.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        .accessDeniedHandler((exchange, denied) -> errors.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "missing or expired CSRF token; reload the page")))
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .cors(cors -> cors.configurationSource(crossOrigin()))
                .addFilterAt(new StaffWebSocketOrigins(properties.allowedOrigins(), errors), SecurityWebFiltersOrder.CORS)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .formLogin(form -> form
                        .loginPage(PageRoutes.LOGIN)
                        .authenticationSuccessHandler(SecurityConfiguration::landOnOwnPage)
                        .authenticationFailureHandler((exchange, failure) -> new RedirectServerAuthenticationFailureHandler(
                                PageRoutes.LOGIN + (failure instanceof ThrottledSignIn.TooManySignInAttemptsException
                                        ? "?locked" : "?error")).onAuthenticationFailure(exchange, failure)))
                .logout(logout -> logout
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler())))
                .httpBasic(basic -> basic.authenticationEntryPoint((exchange, denied) -> {
                    if (denied instanceof ThrottledSignIn.TooManySignInAttemptsException paused) {
                        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
                        return errors.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too_many_sign_in_attempts",
                                paused.getMessage());
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tandem\"");
                    return errors.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                            "sign in with an agent, editor or admin account");
                }))
                .exceptionHandling(handling -> handling
                        // The API answers in its error format; a page sends the person to the sign-in form.
                        .authenticationEntryPoint(forApiOrPages(apiSignIn,
                                new RedirectServerAuthenticationEntryPoint(PageRoutes.LOGIN)))
                        .accessDeniedHandler((exchange, denied) -> API.matches(exchange).flatMap(api -> api.isMatch()
                                ? apiForbidden.handle(exchange, denied) : pageForbidden(exchange))))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/v1/conversations/**").permitAll()
                        .pathMatchers("/api/v1/agent/**").hasRole("AGENT")
                        .pathMatchers("/api/v1/kb/**").hasRole("EDITOR")
                        .pathMatchers("/api/v1/editor/**").hasRole("EDITOR")
                        .pathMatchers("/api/v1/analytics/**").hasAnyRole("ADMIN", "EDITOR")
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("ADMIN")
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(PageRoutes.CONSOLE, PageRoutes.CONSOLE + "/**").hasRole("AGENT")
                        .pathMatchers(PageRoutes.EDITOR, PageRoutes.EDITOR + "/**").hasRole("EDITOR")
                        .pathMatchers(PageRoutes.ANALYTICS, PageRoutes.ANALYTICS + "/**").hasAnyRole("ADMIN", "EDITOR")
                        .anyExchange().permitAll())
                .build();
    }

    /**
     * After signing in: back to the page that asked for it, or else the person's own page — the console for
     * agents, the editor for editors, analytics for admins.
     */
    private static Mono<Void> landOnOwnPage(WebFilterExchange exchange, Authentication signedIn) {
        Set<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        String home = roles.contains("ROLE_AGENT") ? PageRoutes.CONSOLE
                : roles.contains("ROLE_EDITOR") ? PageRoutes.EDITOR : PageRoutes.ANALYTICS;
        return new RedirectServerAuthenticationSuccessHandler(home).onAuthenticationSuccess(exchange, signedIn);
    }

    /** What the pages may load: only this server's own scripts, styles and connections (no inline code). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**", "/actuator/**");

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    /**
     * A state-changing request needs the CSRF token unless it cannot ride on a browser's cookie: the shopper
     * endpoints (the conversation token is the proof) and API calls with their own credentials and no session.
     */
    static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrfToken(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        boolean shopper = path.equals("/api/v1/conversations") || path.startsWith("/api/v1/conversations/");
        // Forgery rides on the browser's session cookie: a call without one (HTTP Basic, or anonymous and
        // about to get its 401) has nothing a forged request could borrow.
        boolean api = path.startsWith("/api/");
        boolean noSession = !request.getCookies().containsKey(SESSION_COOKIE);
        return SAFE_METHODS.contains(request.getMethod()) || shopper || (api && noSession)
                ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
    }

    private static final String SESSION_COOKIE = "SESSION";

    /** The widget is embedded in shops' own pages: its files and the shopper API answer any origin, without cookies. */
    private static CorsConfigurationSource crossOrigin() {
        CorsConfiguration shopper = new CorsConfiguration();
        shopper.addAllowedOriginPattern("*");
        shopper.setAllowedMethods(List.of("GET", "POST"));
        shopper.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        shopper.setAllowCredentials(false);
        shopper.setMaxAge(Duration.ofHours(1));
        CorsConfiguration widget = new CorsConfiguration();
        widget.addAllowedOriginPattern("*");
        widget.setAllowedMethods(List.of("GET"));
        widget.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/conversations", shopper);
        source.registerCorsConfiguration("/api/v1/conversations/**", shopper);
        source.registerCorsConfiguration("/widget.js", widget);
        source.registerCorsConfiguration("/widget/**", widget);
        return source;
    }

    private static ServerAuthenticationEntryPoint forApiOrPages(ServerAuthenticationEntryPoint api,
                                                                ServerAuthenticationEntryPoint pages) {
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(API, api));
        entryPoint.setDefaultEntryPoint(pages);
        return entryPoint;
    }

    /** A signed-in person without the role a page needs (an editor opening the agent console). */
    private static Mono<Void> pageForbidden(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed · Tandem</title>"
                + "<link rel=\"stylesheet\" href=\"/pages.css\"></head><body class=\"login-page\"><main class=\"login-card\">"
                + "<h1>Not allowed</h1><p>Your account does not have the role this page needs.</p>"
                + "<p><a href=\"/login\">Sign in as someone else</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(page)));
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
