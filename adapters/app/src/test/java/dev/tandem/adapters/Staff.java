package dev.tandem.adapters;

import java.time.Duration;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The staff accounts of the test servers: each signs in with the password {@code <name>-pass}. */
public final class Staff {

    private Staff() {
    }

    /**
     * The client signed in as this agent, editor or admin (HTTP Basic), with a minute's patience: on a busy machine a
     * staff call may wait behind the first turns that load the model.
     */
    public static WebTestClient as(WebTestClient http, String name) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60))
                .defaultHeaders(headers -> headers.setBasicAuth(name, password(name))).build();
    }

    public static String password(String name) {
        return name + "-pass";
    }
}
