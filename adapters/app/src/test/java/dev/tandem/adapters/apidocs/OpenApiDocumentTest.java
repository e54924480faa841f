package dev.tandem.adapters.apidocs;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** The API description covers every v1 controller mapping, with the auth schemes and the error format. */
class OpenApiDocumentTest extends RunningServerTest {

    /** The application's controllers (the actuator's own mapping is not API v1). */
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void givenTheControllers_whenTheDocumentIsRead_thenEveryApiV1MappingIsDescribed() {
        Map<String, Object> document = document();
        Map<String, Object> paths = map(document.get("paths"));

        List<String> missing = new ArrayList<>();
        controllers.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternsCondition().getPatterns().stream()
                .map(PathPattern::getPatternString)
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> mapping.getMethodsCondition().getMethods().forEach(method -> {
                    Object described = paths.get(pattern);
                    if (described == null || !map(described).containsKey(method.name().toLowerCase(Locale.ROOT))) {
                        missing.add(method + " " + pattern);
                    }
                })));

        assertThat(paths).as("the document describes the v1 API").containsKey("/api/v1/conversations/{id}/messages");
        assertThat(missing).as("controller mappings missing from /v3/api-docs").isEmpty();
    }

    @Test
    void givenTheDocument_thenItNamesTheAuthSchemesAndTheErrorFormat() {
        Map<String, Object> components = map(document().get("components"));

        assertThat(map(components.get("securitySchemes"))).containsKeys("shopperToken", "staffBasic", "staffSession");
        assertThat(map(map(components.get("securitySchemes")).get("shopperToken"))).containsEntry("scheme", "bearer");
        assertThat(map(map(components.get("securitySchemes")).get("staffBasic"))).containsEntry("scheme", "basic");
        assertThat(map(map(map(components.get("schemas")).get("Error")).get("properties"))).containsKeys("error", "message");
        Map<String, Object> paths = map(document().get("paths"));
        Map<String, Object> queue = map(map(paths.get("/api/v1/agent/queue")).get("get"));
        assertThat(queue.get("security").toString()).contains("staffBasic", "staffSession");
        assertThat(map(queue.get("responses"))).containsKey("4XX");
        Map<String, Object> turn = map(map(paths.get("/api/v1/conversations/{id}/messages")).get("post"));
        assertThat(turn.get("security").toString()).contains("shopperToken").doesNotContain("staff");
    }

    @Test
    void givenTheDocument_thenEveryReferenceResolvesAndEveryJsonRequestBodyHasASchema() {
        Map<String, Object> document = document();
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        List<String> requestBodies = new ArrayList<>();
        map(document.get("paths")).forEach((path, operations) -> map(operations).forEach((method, operation) -> {
            Object body = operation instanceof Map<?, ?> described ? described.get("requestBody") : null;
            Object json = body == null ? null : map(map(body).get("content")).get("application/json");
            if (json != null) {
                requestBodies.add(method + " " + path + (map(json).get("schema") == null ? " (no schema)" : ""));
            }
        }));

        assertThat(references).as("references in /v3/api-docs").isNotEmpty()
                .allSatisfy(reference -> assertThat(schemas).containsKey(reference.substring(reference.lastIndexOf('/') + 1)));
        assertThat(requestBodies).as("JSON request bodies").isNotEmpty().noneMatch(body -> body.endsWith("(no schema)"));
    }

    @Test
    void givenAnyone_whenOpeningTheApiPage_thenItIsServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    /** Every {@code $ref} anywhere in the document: each must name a schema the document carries. */
    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    references.add(value.toString());
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectReferences(item, references));
        }
    }

    private Map<String, Object> document() {
        return http.mutate().responseTimeout(Duration.ofSeconds(30)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }
}
