package dev.tandem.adapters.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.http.*} setting Spring Boot has no property for. How long a request's headers may take,
 * and how long an idle connection stays open, is Boot's {@code server.netty.idle-timeout}.
 *
 * @param bodyTimeout how long a request body may take to arrive, from the end of its headers; a slower one is cut off
 *                    and its connection closed
 */
@ConfigurationProperties("tandem.http")
public record HttpTimeouts(@DefaultValue("20s") Duration bodyTimeout) {

    public HttpTimeouts {
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("tandem.http.body-timeout must be positive (was " + bodyTimeout + ")");
        }
    }
}
