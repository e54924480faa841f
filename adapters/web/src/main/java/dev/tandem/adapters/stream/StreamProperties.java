package dev.tandem.adapters.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.stream.*} settings of the live streams (shopper and agent WebSockets).
 *
 * @param idleTimeout  a connection from which nothing — not even the answer to a ping — arrived for this long is
 *                     closed (1001, going away); the widget and the console reconnect and catch up with {@code after}
 * @param pingInterval how often the server pings; browsers answer pings by themselves, so a live page is never idle
 */
@ConfigurationProperties("tandem.stream")
public record StreamProperties(@DefaultValue("90s") Duration idleTimeout, @DefaultValue("30s") Duration pingInterval) {

    public StreamProperties {
        if (pingInterval.isNegative() || pingInterval.isZero() || idleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("tandem.stream.ping-interval must be positive and shorter than"
                    + " tandem.stream.idle-timeout (was " + pingInterval + " and " + idleTimeout + ")");
        }
    }
}
