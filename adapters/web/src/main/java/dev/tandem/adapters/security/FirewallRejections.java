package dev.tandem.adapters.security;

import dev.tandem.adapters.error.ApiErrorWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Spring Security's firewall refuses request addresses with encoded slashes, backslashes, control characters
 * and the like before anything else runs. By default it answers a bare 400; this answers in the API's
 * {@code {"error","message"}} format like every other refusal.
 */
@Configuration(proxyBeanMethods = false)
public class FirewallRejections {

    @Bean
    ServerExchangeRejectedHandler apiErrorOnRejectedRequest(ApiErrorWriter errors) {
        return (exchange, rejected) -> errors.write(exchange, HttpStatus.BAD_REQUEST, "invalid_request",
                "the request address or its headers contain characters that are not allowed");
    }
}
