package dev.tandem.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * The orchestrator's probes: liveness restarts only a stuck JVM; readiness takes the node out of the load
 * balancer while the content loads, while the store cannot write and while the server stops.
 */
class ProbesTest extends RunningServerTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private HealthEndpointGroups groups;

    /** The first health check of a new server writes to the store: more than the default 5 s on a busy machine. */
    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void givenARunningServer_whenProbed_thenLivenessAndReadinessAreUpAndHealthStaysExactlyUp() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().json("{\"status\":\"UP\"}", true);
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().json("{\"status\":\"UP\"}", true);
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().json("{\"status\":\"UP\"}", true);
    }

    @Test
    void givenTheProbeGroups_thenReadinessWatchesContentStoreAndShutdownWhileLivenessWatchesNeither() {
        var readiness = groups.get("readiness");
        var liveness = groups.get("liveness");

        assertThat(readiness).as("readiness group").isNotNull();
        assertThat(liveness).as("liveness group").isNotNull();
        assertThat(readiness.isMember("content")).as("down while the content loads").isTrue();
        assertThat(readiness.isMember("store")).as("down while the store cannot write").isTrue();
        assertThat(readiness.isMember("readinessState")).as("down while the server stops").isTrue();
        assertThat(liveness.isMember("store")).as("a database outage restarts no node").isFalse();
        assertThat(liveness.isMember("content")).isFalse();
    }

    @Test
    void givenTheServerStopping_whenProbed_thenReadinessRefusesWhileLivenessStaysUp() {
        // What Spring Boot publishes first when the application context closes.
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectBody().json("{\"status\":\"OUT_OF_SERVICE\"}", true);
            http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
