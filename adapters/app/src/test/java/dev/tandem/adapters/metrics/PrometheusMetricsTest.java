package dev.tandem.adapters.metrics;

import static dev.tandem.adapters.ShopperChat.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What a Prometheus server scrapes from {@code /actuator/prometheus}: the business meters after a scripted
 * conversation (answered, handed off, worked by an agent, rated; an order looked up), beside the JVM and HTTP
 * defaults, and only for an admin. The server is shared with other test classes, so counts are compared before
 * and after.
 */
class PrometheusMetricsTest extends RunningServerTest {

    private static final Path DASHBOARD = Path.of("..", "..", "docs", "operations", "grafana-dashboard.json");

    @Test
    void givenAScriptedConversation_whenScraped_thenTheBusinessMetersCountIt() {
        Scrape before = scrape();

        ShopperChat answered = ShopperChat.start(http, "en");
        assertThat(list(answered.say("how many days do I have to return something").get("replies")).get(0))
                .containsEntry("faqId", "return-policy");
        ShopperChat order = ShopperChat.start(http, "en");
        order.say("where is my order 100234");
        order.say("demo@example.com");
        ShopperChat handedOff = ShopperChat.start(http, "pl");
        assertThat(handedOff.say("chcę porozmawiać z konsultantem w sprawie zamówienia 100234")).containsEntry("state", "QUEUED");

        Scrape queued = scrapeUntil("tandem_queue_length", Map.of("language", "pl"), length -> length >= 1);
        assertThat(queued.value("tandem_queue_oldest_wait_seconds", Map.of("language", "pl"))).isNotNegative();
        agent("agent", handedOff.id, "claim");
        agent("agent", handedOff.id, "resolve");
        handedOff.rate(Map.of("score", 4)).expectStatus().isCreated();

        Scrape after = scrapeUntil("tandem_csat_score_count", Map.of("handled_by", "agent"),
                count -> count > before.value("tandem_csat_score_count", Map.of("handled_by", "agent")));
        assertThat(after.increase(before, "tandem_bot_turns_total", Map.of("language", "en", "outcome", "answered")))
                .as("the FAQ answer and the order turns").isGreaterThanOrEqualTo(2);
        assertThat(after.increase(before, "tandem_bot_turns_total", Map.of("language", "pl", "outcome", "handed_off")))
                .isEqualTo(1);
        assertThat(after.increase(before, "tandem_handoffs_total", Map.of("language", "pl", "reason", "shopper_request")))
                .isEqualTo(1);
        assertThat(after.increase(before, "tandem_order_lookup_seconds_count",
                Map.of("backend", "demo", "operation", "find", "outcome", "success"))).isGreaterThanOrEqualTo(1);
        assertThat(after.value("tandem_order_lookup_seconds_count",
                Map.of("backend", "demo", "operation", "find", "outcome", "failure"))).isZero();
        assertThat(after.increase(before, "tandem_queue_wait_seconds_count", Map.of())).isEqualTo(1);
        assertThat(after.increase(before, "tandem_conversation_handle_seconds_count", Map.of())).isEqualTo(1);
        assertThat(after.increase(before, "tandem_csat_score_sum", Map.of("handled_by", "agent"))).isEqualTo(4);
        assertThat(after.value("tandem_content_reloads_total", Map.of("result", "failure"))).isNotNegative();
        assertThat(after.value("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(after.value("http_server_requests_seconds_count", Map.of("uri", "/api/v1/conversations",
                "method", "POST", "status", "201"))).isPositive();
        assertThat(after.text).as("no conversation id in any label").doesNotContain(handedOff.id);
    }

    @Test
    void givenTheGrafanaDashboard_whenComparedWithAScrape_thenItUsesExactlyTheServedMetricNames() throws IOException {
        String dashboard = Files.readString(DASHBOARD);
        Scrape scrape = scrape();

        Matcher used = Pattern.compile("\\b(?:tandem|http_server|jvm)_[a-z_]+").matcher(dashboard);
        while (used.find()) {
            assertThat(scrape.text).as("the dashboard's %s is served", used.group()).containsPattern(
                    "(?m)^" + used.group() + "[{ ]");
        }
        assertThat(scrape.text).as("the bucket the 'claimed within 2 minutes' panel reads")
                .contains("tandem_queue_wait_seconds_bucket{le=\"120.0\"");
        Matcher family = Pattern.compile("(?m)^# TYPE (tandem_[a-z_]+) ").matcher(scrape.text);
        while (family.find()) {
            if (!family.group(1).endsWith("_max")) {
                assertThat(dashboard).as("the dashboard shows %s", family.group(1)).contains(family.group(1));
            }
        }
    }

    @Test
    void givenNoAdmin_whenScraping_thenRefusedInTheApiErrorFormat() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized");
        as("agent").get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.error").isEqualTo("forbidden");
    }

    private void agent(String name, String conversationId, String action) {
        as(name).post().uri("/api/v1/agent/conversations/{id}/" + action, conversationId)
                .contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk();
    }

    private Scrape scrape() {
        return new Scrape(as("boss").get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** Scrapes until a sample satisfies the condition (gauges refresh a moment after the change), at most 5 s. */
    private Scrape scrapeUntil(String name, Map<String, String> labels, DoublePredicate condition) {
        return await(name + labels).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(this::scrape, scrape -> condition.test(scrape.value(name, labels)));
    }

    /** Prometheus' text format: {@code name{label="value",…} number}. */
    record Scrape(String text) {

        private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$",
                Pattern.MULTILINE);

        /** The sum of the samples of that name carrying these labels (0 when there are none). */
        double value(String name, Map<String, String> labels) {
            double sum = 0;
            Matcher sample = SAMPLE.matcher(text);
            while (sample.find()) {
                String found = sample.group(3) == null ? "" : sample.group(3);
                if (sample.group(1).equals(name) && labels.entrySet().stream()
                        .allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                    sum += Double.parseDouble(sample.group(4));
                }
            }
            return sum;
        }

        double increase(Scrape before, String name, Map<String, String> labels) {
            return value(name, labels) - before.value(name, labels);
        }
    }
}
