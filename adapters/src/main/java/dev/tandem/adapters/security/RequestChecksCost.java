package dev.tandem.adapters.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * What Spring Security does on every request, at a price that fits a chat turn. Under load (JFR, quiet machine,
 * 2026-11-25) a sixth of the server's samples were in the security filter chain, mostly in two things that
 * protect nothing extra here: the firewall matched every header name and value it was asked for against a
 * Unicode regular expression (each time it was read), and every filter of the chain and every authorization
 * decision was timed as a Micrometer observation. The firewall now checks the very same characters with a
 * plain loop ({@link HeaderCharacters}); the chain's per-request and authorization observations are off (the
 * server's own {@code http.server.requests} timing stays, and so do sign-in observations).
 */
@Configuration(proxyBeanMethods = false)
public class RequestChecksCost {

    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}
