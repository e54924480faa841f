package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.ShopperChat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Not a test: a measurement, run on demand (docs/scale-out.md). Two nodes on one embedded PostgreSQL; a shopper
 * on node A asks for a person; how long until the HANDED_OFF event is in an agent's stream on node B. Prints
 * percentiles of (1) from sending the message to the frame on B, (2) from A's answer (the turn is durable)
 * to the frame on B. Asserts nothing about time: the machine decides that.
 *
 * <pre>./mvnw -q -pl adapters/app -am test -Dtest=ScaleOutHandoffBenchmark -Dtandem.benchmark=scale-out \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dhandoffs=300</pre>
 */
@EnabledIfSystemProperty(named = "tandem.benchmark", matches = "scale-out")
class ScaleOutHandoffBenchmark {

    private static final int WARM_UP = 30;

    @Test
    void handoffOnNodeA_visibleInTheAgentStreamOnNodeB() {
        int handoffs = Integer.getInteger("handoffs", 300);
        try (TwoNodes nodes = TwoNodes.start(); LiveSocket desk = LiveSocket.agent(nodes.b, "marta", "marta-pass")) {
            desk.next(frame -> "queue".equals(frame.get("type")));
            WebTestClient onA = nodes.a.client();
            WebTestClient onB = nodes.b.client().mutate()
                    .defaultHeaders(headers -> headers.setBasicAuth("marta", "marta-pass")).build();
            List<Long> fromRequest = new ArrayList<>();
            List<Long> fromAnswer = new ArrayList<>();
            for (int i = 0; i < WARM_UP + handoffs; i++) {
                ShopperChat chat = ShopperChat.start(onA, "en");
                long sent = System.nanoTime();
                chat.say("I want to talk to a person");
                long answered = System.nanoTime();
                long seen = desk.nextFrame(frame -> "state".equals(frame.get("type"))
                        && chat.id.equals(frame.get("conversationId")) && "HANDED_OFF".equals(frame.get("event"))).arrivedNanos();
                if (i >= WARM_UP) {
                    fromRequest.add(seen - sent);
                    fromAnswer.add(Math.max(0, seen - answered));
                }
                // Untimed: the agent takes and closes the chat, so the queue stays a realistic length.
                onB.post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange().expectStatus().isOk();
                onB.post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
            }
            System.out.println("Scale-out handoff, node A -> agent stream on node B, " + handoffs + " handoffs after "
                    + WARM_UP + " warm-up (ms):");
            System.out.println("  from request: " + percentiles(fromRequest));
            System.out.println("  from answer : " + percentiles(fromAnswer));
        }
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
