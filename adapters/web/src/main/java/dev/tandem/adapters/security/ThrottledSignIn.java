package dev.tandem.adapters.security;

import dev.tandem.adapters.ratelimit.LoginThrottle;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Checks a user name and password (sign-in form and HTTP Basic alike) through the {@link LoginThrottle}: a
 * name out of tries at this client address, or an address out of tries, is refused before the password is even
 * looked at, and a wrong password costs both a try. The client address comes from the exchange Spring Security keeps in the reactive context.
 */
final class ThrottledSignIn implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(ReactiveUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        UserDetailsRepositoryReactiveAuthenticationManager manager = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        manager.setPasswordEncoder(encoder);
        this.passwords = manager;
        this.throttle = throttle;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        String user = attempt.getName();
        return Mono.deferContextual(context -> {
            String address = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                    .map(ServerWebExchange::getRequest)
                    .map(request -> request.getRemoteAddress())
                    .map(InetSocketAddress::getAddress)
                    .map(inet -> inet.getHostAddress())
                    .orElse("unknown");
            var wait = throttle.waitBefore(user, address);
            if (wait.isPresent()) {
                return Mono.error(new TooManySignInAttemptsException(wait.get()));
            }
            return passwords.authenticate(attempt)
                    .doOnError(BadCredentialsException.class, wrong -> throttle.failed(user, address));
        });
    }

    /** Sign-ins are paused for this name at this address, or for the address; {@link #retryAfter()} says how long. */
    static final class TooManySignInAttemptsException extends AuthenticationException {

        private final transient Duration retryAfter;

        TooManySignInAttemptsException(Duration retryAfter) {
            super("too many failed sign-ins; try again in " + minutes(retryAfter) + " min");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }

        long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds() + 1);
        }

        static long minutes(Duration wait) {
            return Math.max(1, (wait.toSeconds() + 59) / 60);
        }
    }
}
