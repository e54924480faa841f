package dev.tandem.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Out of the box, with nothing configured, no connection can be held open for ever. */
class DefaultTimeoutsTest {

    @Test
    void givenTheShippedSettings_whenRead_thenHeadersIdleConnectionsAndBodiesAreBoundedToAMinuteAtMost() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Binder binder = Binder.get(environment);

        Duration idle = binder.bind("server.netty.idle-timeout", Duration.class).orElse(null);
        HttpTimeouts http = binder.bindOrCreate("tandem.http", HttpTimeouts.class);

        assertThat(idle).isNotNull().isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(http.bodyTimeout()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }
}
