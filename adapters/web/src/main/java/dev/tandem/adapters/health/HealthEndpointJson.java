package dev.tandem.adapters.health;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator's JSON as Spring Boot writes it, except that {@code /actuator/health} does not list the probe
 * groups: it answers exactly {@code {"status":"UP"}} (the documented contract), while
 * {@code /actuator/health/liveness} and {@code /actuator/health/readiness} serve the groups themselves.
 */
@Configuration(proxyBeanMethods = false)
public class HealthEndpointJson {

    /** Preferred to Boot's own (which it copies), so the endpoints use this one. */
    @Bean
    @Primary
    EndpointJsonMapper actuatorJsonWithoutProbeGroupNames() {
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .addMixIn(SystemHealthDescriptor.class, GroupsUnlisted.class)
                .build();
        return () -> mapper;
    }

    @JsonIgnoreProperties("groups")
    private abstract static class GroupsUnlisted {
    }
}
