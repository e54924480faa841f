package dev.tandem.adapters.security;

import static dev.tandem.adapters.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import dev.tandem.adapters.web.WidgetAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every endpoint the server maps × every kind of caller, against the table below. The endpoints are read from
 * the running application (annotated controllers, actuator, router functions, WebSocket and static-file
 * mappings), so an endpoint added without a row here fails {@link #everyMappedEndpointHasARow()}.
 *
 * <p>Callers: {@code anonymous} (nothing), {@code shopper} (the conversation's own token), {@code other}
 * (another conversation's token), and HTTP Basic as an {@code agent}, an {@code editor} and an {@code admin}
 * (role ADMIN only). Cells: the HTTP status; {@code login} = redirected to the sign-in form; {@code open} /
 * {@code shut} = a WebSocket that delivers its first event / is refused or closed without one.
 */
class AuthorizationMatrixTest extends EveryDoorServerTest {

    private static final String MATRIX = """
            endpoint                                               anonymous shopper other agent editor admin
            POST   /api/v1/conversations                           201       201     201   201   201    201
            POST   /api/v1/conversations/{id}/messages             401       200     404   401   401    401
            GET    /api/v1/conversations/{id}/messages             401       200     404   401   401    401
            POST   /api/v1/conversations/{id}/rating               401       201     404   401   401    401
            POST   /api/v1/conversations/{id}/typing               401       204     404   401   401    401
            POST   /api/v1/conversations/{id}/attachments          401       415     404   401   401    401
            GET    /api/v1/conversations/{id}/attachments/{attachmentId} 401 404     404   401   401    401
            POST   /api/v1/conversations/{id}/callback             401       201     404   401   401    401
            POST   /api/v1/conversations/{id}/resume               404       404     404   404   404    404
            GET    /api/v1/agent/callbacks                         401       401     401   200   403    403
            POST   /api/v1/agent/callbacks/{id}/done               401       401     401   404   403    403
            GET    /api/v1/conversations/*/stream                  shut      open    shut  shut  shut   shut
            GET    /api/v1/agent/queue                             401       401     401   200   403    403
            GET    /api/v1/agent/me                                401       401     401   200   403    403
            GET    /api/v1/agent/inbox                             401       401     401   200   403    403
            PUT    /api/v1/agent/presence                          401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/claim          401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/release        401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/resolve        401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/return-to-bot  401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/transfer       401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/messages       401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/typing         401       401     401   204   403    403
            POST   /api/v1/agent/conversations/{id}/notes          401       401     401   201   403    403
            GET    /api/v1/agent/conversations/{id}                401       401     401   200   403    403
            POST   /api/v1/agent/conversations/{id}/attachments    401       401     401   415   403    403
            GET    /api/v1/agent/conversations/{id}/attachments/{attachmentId} 401 401 401 404 403  403
            GET    /api/v1/agent/orders/{number}                   401       401     401   200   403    403
            GET    /api/v1/agent/stream                            shut      shut    shut  open  shut   shut
            GET    /api/v1/kb/status                               401       401     401   403   200    403
            GET    /api/v1/kb/search                               401       401     401   403   200    403
            GET    /api/v1/editor/status                           401       401     401   403   200    403
            POST   /api/v1/editor/preview                          401       401     401   403   200    403
            GET    /api/v1/editor/faq                              401       401     401   403   200    403
            POST   /api/v1/editor/faq                              401       401     401   403   400    403
            GET    /api/v1/editor/faq/{id}                         401       401     401   403   404    403
            PUT    /api/v1/editor/faq/{id}                         401       401     401   403   400    403
            POST   /api/v1/editor/faq/{id}/rename                  401       401     401   403   400    403
            POST   /api/v1/editor/faq/{id}/retire                  401       401     401   403   404    403
            POST   /api/v1/editor/faq/{id}/bring-back              401       401     401   403   404    403
            GET    /api/v1/editor/drafts                           401       401     401   403   200    403
            GET    /api/v1/editor/drafts/{id}                      401       401     401   403   404    403
            PUT    /api/v1/editor/drafts/{id}                      401       401     401   403   400    403
            POST   /api/v1/editor/drafts/{id}/discard              401       401     401   403   400    403
            POST   /api/v1/editor/drafts/{id}/publish              401       401     401   403   404    403
            GET    /api/v1/editor/intents                          401       401     401   403   200    403
            GET    /api/v1/editor/intents/{name}                   401       401     401   403   200    403
            POST   /api/v1/editor/intents/{name}/examples          401       401     401   403   400    403
            POST   /api/v1/editor/intents/{name}/examples/remove   401       401     401   403   400    403
            POST   /api/v1/editor/intents/{name}/examples/move     401       401     401   403   400    403
            GET    /api/v1/editor/files                            401       401     401   403   400    403
            PUT    /api/v1/editor/files                            401       401     401   403   400    403
            GET    /api/v1/editor/files/list                       401       401     401   403   200    403
            GET    /api/v1/editor/history                          401       401     401   403   400    403
            GET    /api/v1/editor/history/text                     401       401     401   403   400    403
            POST   /api/v1/editor/history/restore                  401       401     401   403   400    403
            GET    /api/v1/analytics/summary                       401       401     401   403   200    200
            GET    /api/v1/analytics/learning                      401       401     401   403   200    200
            GET    /api/v1/editor/learning/items                   401       401     401   403   200    403
            POST   /api/v1/editor/learning/items/decision          401       401     401   403   400    403
            POST   /api/v1/editor/learning/items/add-example       401       401     401   403   400    403
            POST   /api/v1/editor/learning/items/answer-with-faq   401       401     401   403   400    403
            POST   /api/v1/editor/learning/items/new-faq           401       401     401   403   400    403
            GET    /api/v1/editor/learning/intents                 401       401     401   403   200    403
            GET    /api/v1/editor/learning/model                   401       401     401   403   200    403
            POST   /api/v1/editor/learning/model/publish           401       401     401   403   409    403
            GET    /api/v1/admin/customers/export                  401       401     401   403   403    200
            DELETE /api/v1/admin/customers                         401       401     401   403   403    200
            DELETE /api/v1/admin/sign-in-locks                     401       401     401   403   403    204
            POST   /api/v1/admin/backup                            401       401     401   403   403    200
            POST   /channels/telegram/webhook                      401       401     401   401   401    401
            GET    /actuator                                       401       401     401   403   403    200
            GET    /actuator/health                                200       200     200   200   200    200
            GET    /actuator/health/{*path}                        404       404     404   404   404    404
            GET    /actuator/prometheus                            401       401     401   403   403    406
            GET    /swagger-ui.html                                302       302     302   302   302    302
            GET    /swagger-ui/**                                  404       404     404   404   404    404
            GET    /swagger-ui/*index.html                         200       200     200   200   200    200
            GET    /swagger-ui/*swagger-initializer.js             200       200     200   200   200    200
            GET    /v3/api-docs                                    200       200     200   200   200    200
            GET    /v3/api-docs.yaml                               200       200     200   200   200    200
            GET    /v3/api-docs/swagger-config                     200       200     200   200   200    200
            GET    /webjars/*swagger-ui/**                         404       404     404   404   404    404
            GET    /webjars/*swagger-ui/*index.html                200       200     200   200   200    200
            GET    /webjars/*swagger-ui/*swagger-initializer.js    200       200     200   200   200    200
            GET    /webjars/*swagger-ui/5.32.11/*index.html        200       200     200   200   200    200
            GET    /webjars/*swagger-ui/5.32.11/*swagger-initializer.js 200      200     200   200   200    200
            GET    /console                                        login     login   login 200   403    403
            GET    /console/                                       login     login   login 308   403    403
            GET    /editor                                         login     login   login 403   200    403
            GET    /editor/                                        login     login   login 403   308    403
            GET    /analytics                                      login     login   login 403   200    200
            GET    /analytics/                                     login     login   login 403   308    308
            GET    /                                               200       200     200   200   200    200
            GET    /login                                          200       200     200   200   200    200
            GET    /widget.js                                      200       200     200   200   200    200
            GET    /widget/{version}/{file}                        200       200     200   200   200    200
            GET    /webjars/**                                     404       404     404   404   404    404
            GET    /**                                             200       200     200   200   200    200
            """;

    private static final List<String> CALLERS = List.of("anonymous", "shopper", "other", "agent", "editor", "admin");
    /** Enough to keep both cores of a small machine busy while a call waits on the other side. */
    private static final int ROWS_AT_ONCE = 4;

    @Autowired
    ApplicationContext context;

    @Test
    void everyMappedEndpointHasARow() {
        assertThat(new TreeSet<>(mappedEndpoints())).isEqualTo(new TreeSet<>(expected().keySet()));
    }

    /**
     * Rows are checked a few at a time (each row's callers one after another, on the row's own conversation): no
     * row changes what another may do. The WebSocket rows come last, one by one: an agent's desk socket that closes
     * sets the agent offline, and their chats go back to the queue after the grace.
     */
    @Test
    void everyCallerGetsExactlyWhatTheTableSays() {
        // The transfer row hands a chat to agent2, who must be online to take it.
        http.put().uri("/api/v1/agent/presence").headers(headers -> headers.setBasicAuth("agent2", "agent2-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "online")).exchange()
                .expectStatus().isOk();
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build(); // rows at once wait for each other
        other();
        Map<Boolean, List<Map.Entry<String, List<String>>>> streamRows = expected().entrySet().stream()
                .collect(Collectors.partitioningBy(row -> row.getKey().endsWith("/stream")));
        List<String> wrong = new ArrayList<>(Flux.fromIterable(streamRows.get(false))
                .flatMapSequential(row -> Mono.fromCallable(() -> wrongCells(row.getKey(), row.getValue()))
                        .subscribeOn(Schedulers.boundedElastic()), ROWS_AT_ONCE)
                .flatMapIterable(cells -> cells).collectList().block(Duration.ofMinutes(5)));
        streamRows.get(true).forEach(row -> wrong.addAll(wrongCells(row.getKey(), row.getValue())));
        assertThat(wrong).isEmpty();
    }

    private List<String> wrongCells(String endpoint, List<String> cells) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            String actual = call(endpoint, caller);
            if (!actual.equals(cells.get(i))) {
                wrong.add(endpoint + " as " + caller + ": expected " + cells.get(i) + ", got " + actual);
            }
        }
        return wrong;
    }

    @Test
    void givenTheWebhookSecret_whenTelegramPosts_thenAccepted() {
        http.post().uri("/channels/telegram/webhook").header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"update_id\":1}").exchange().expectStatus().isOk();
    }

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        MATRIX.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
        });
        return rows;
    }

    /** "METHOD pattern" of everything the application maps. */
    private List<String> mappedEndpoints() {
        List<String> endpoints = new ArrayList<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                        .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method ->
                                endpoints.add(method.name() + " " + pattern.getPatternString())))));
        context.getBeansOfType(RouterFunctionMapping.class).values().forEach(mapping -> {
            if (mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new RoutesVisitor(endpoints));
            }
        });
        context.getBeansOfType(SimpleUrlHandlerMapping.class).values().forEach(mapping ->
                mapping.getUrlMap().keySet().forEach(pattern -> endpoints.add("GET " + pattern)));
        return endpoints;
    }

    /** Reads "METHOD path" out of router functions built from {@code GET(path)} predicates. */
    private static final class RoutesVisitor implements RouterFunctions.Visitor {

        private final List<String> endpoints;

        RoutesVisitor(List<String> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
            PredicateVisitor visitor = new PredicateVisitor();
            predicate.accept(visitor);
            endpoints.add(visitor.method + " " + visitor.path);
        }

        @Override
        public void startNested(RequestPredicate predicate) {
        }

        @Override
        public void endNested(RequestPredicate predicate) {
        }

        @Override
        public void resources(Function<ServerRequest, Mono<Resource>> lookup) {
            endpoints.add("GET (resources)");
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
            endpoints.add("? " + routerFunction);
        }
    }

    private static final class PredicateVisitor implements RequestPredicates.Visitor {

        String method = "*";
        String path = "?";

        @Override
        public void method(Set<HttpMethod> methods) {
            method = methods.stream().map(HttpMethod::name).sorted().collect(java.util.stream.Collectors.joining(","));
        }

        @Override
        public void path(String pattern) {
            path = pattern;
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }

    // ---- calling one endpoint as one caller ----

    private String call(String endpoint, String caller) {
        String[] parts = endpoint.split(" ");
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String pattern = parts[1];
        if (pattern.endsWith("/stream")) {
            return stream(pattern, caller);
        }
        String conversation = pattern.contains("{id}") ? conversations.computeIfAbsent(pattern, this::conversationFor) : "none";
        String path = pattern.replace("{id}", conversation).replace("{number}", "100234")
                .replace("/widget/{version}/{file}", context.getBean(WidgetAssets.class).modulesPath() + "app.js")
                .replace("{*path}", "anything").replace("{name}", "thanks").replace("{attachmentId}", "none")
                .replace("/**", pattern.equals("/**") ? "/widget.js" : "/anything")
                .replace("/*", "/"); // springdoc's "/webjars/*swagger-ui/*index.html": the real file
        MediaType accept = pattern.startsWith("/v3/api-docs") ? MediaType.ALL
                : pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/channels")
                        ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML;
        String query = switch (pattern) {
            case "/api/v1/kb/search" -> "?q=return";
            case "/api/v1/admin/customers/export", "/api/v1/admin/customers" -> "?email=nobody@example.com";
            case "/api/v1/admin/sign-in-locks" -> "?user=nobody";
            default -> "";
        };
        String ownToken = tokens.computeIfAbsent(conversation, none -> ShopperChat.start(http, "en").token);
        String otherToken = other().token;
        // springdoc builds the document on its first request: seconds on a loaded machine
        WebTestClient client = pattern.startsWith("/v3/api-docs")
                ? http.mutate().responseTimeout(Duration.ofSeconds(30)).build() : http;
        var request = client.method(method).uri(URI.create("http://localhost:" + port + path + query))
                .accept(accept)
                .headers(headers -> authenticate(headers, caller, ownToken, otherToken));
        WebTestClient.ResponseSpec response = body(method, pattern) == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body(method, pattern)).exchange();
        var result = response.expectBody(String.class).returnResult();
        int status = result.getStatus().value();
        String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        return status == 302 && location != null && location.endsWith("/login") ? "login" : Integer.toString(status);
    }

    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * One conversation per row: the access checks come before the conversation's state, and each row lets only one
     * caller act, so the callers who must be turned away are asked about the same conversation as the one who may.
     */
    private final Map<String, String> conversations = new java.util.concurrent.ConcurrentHashMap<>();
    private ShopperChat other;

    /** A conversation of someone else, whose token opens only that one. */
    private synchronized ShopperChat other() {
        if (other == null) {
            other = ShopperChat.start(http, "en");
        }
        return other;
    }

    /**
     * The conversation the call is about, in the state that lets the right caller succeed: waiting for a claim,
     * held by the agent for their actions, resolved for a rating.
     */
    private String conversationFor(String pattern) {
        ShopperChat chat = ShopperChat.start(http, "en");
        tokens.put(chat.id, chat.token);
        boolean agentAction = pattern.startsWith("/api/v1/agent/conversations/{id}/") && !pattern.endsWith("/claim");
        if (pattern.endsWith("/claim") || agentAction || pattern.endsWith("/rating") || pattern.endsWith("/callback")
                || pattern.equals("/api/v1/agent/conversations/{id}")) {
            chat.say("I want to talk to a human agent");
        }
        if (agentAction || pattern.endsWith("/rating")) {
            as(http, "agent").post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange().expectStatus().isOk();
        }
        if (pattern.endsWith("/rating")) {
            as(http, "agent").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
        }
        return chat.id;
    }

    private static Object body(HttpMethod method, String pattern) {
        if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
            return null;
        }
        return switch (pattern) {
            case "/api/v1/conversations" -> Map.of("locale", "en");
            case "/api/v1/conversations/{id}/rating" -> Map.of("score", 5);
            case "/api/v1/conversations/{id}/callback" -> Map.of("phone", "+48 600 100 200", "window", "morning");
            case "/api/v1/conversations/{id}/resume" -> Map.of("code", "not-a-mailed-link");
            case "/api/v1/agent/presence" -> Map.of("status", "online");
            case "/api/v1/agent/conversations/{id}/transfer" -> Map.of("agent", "agent2");
            case "/channels/telegram/webhook" -> Map.of("update_id", 1);
            default -> Map.of("text", "hello");
        };
    }

    private static void authenticate(HttpHeaders headers, String caller, String ownToken, String otherToken) {
        switch (caller) {
            case "shopper" -> headers.setBearerAuth(ownToken);
            case "other" -> headers.setBearerAuth(otherToken);
            case "agent" -> headers.setBasicAuth("agent", "agent-pass");
            case "editor" -> headers.setBasicAuth("editor", "editor-pass");
            case "admin" -> headers.setBasicAuth("boss", "boss-pass");
            default -> {
            }
        }
    }

    /** {@code open} when the stream delivers its first event, {@code shut} when refused or closed without one. */
    private String stream(String pattern, String caller) {
        ShopperChat own = ShopperChat.start(http, "en");
        String token = switch (caller) {
            case "shopper" -> own.token;
            case "other" -> other().token;
            default -> "";
        };
        String path = pattern.replace("*", own.id);
        URI uri = URI.create("ws://localhost:" + port + path + (pattern.startsWith("/api/v1/conversations") ? "?token=" + token : ""));
        HttpHeaders headers = new HttpHeaders();
        authenticate(headers, caller.equals("shopper") || caller.equals("other") ? "anonymous" : caller, null, null);
        List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            new ReactorNettyWebSocketClient().execute(uri, headers, session -> session.receive().take(1)
                            .doOnNext(frame -> frames.add(frame.getPayloadAsText())).then())
                    .block(Duration.ofSeconds(10));
        } catch (RuntimeException refusedOrTimedOut) {
            return "shut";
        }
        return frames.isEmpty() ? "shut" : "open";
    }
}
