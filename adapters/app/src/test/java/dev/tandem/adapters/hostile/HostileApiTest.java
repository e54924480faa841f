package dev.tandem.adapters.hostile;

import static dev.tandem.adapters.Staff.as;
import static dev.tandem.adapters.Staff.claimAndReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.security.EveryDoorServerTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: the public API answers hostile input — any Unicode, control characters, bytes that are not UTF-8,
 * JSON nested tens of thousands deep, megabyte bodies, wrong content types, garbage in paths, parameters and
 * credentials — with a 2xx when the input happens to be valid, else a 4xx with {@code {"error","message"}};
 * never a 5xx, never a stack trace or a class name. Covers the shopper endpoints, the agent endpoints with a
 * session, the editor's content API, the admin data requests and the Telegram webhook. Randomised from a
 * printed seed ({@link HostileInput}).
 */
class HostileApiTest extends EveryDoorServerTest {

    private static final int CASES = 132;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[] INTERNALS = {"Exception", "\tat ", "java.", "javax.", "tools.jackson", "com.fasterxml",
        "org.springframework", "reactor.", "io.netty", "dev.tandem", "org.h2", "io.r2dbc", "Caused by"};

    /** One way into the server; {@code body} null means no body. */
    private record Attack(String name, HttpMethod method, URI uri, Map<String, String> headers, MediaType type, byte[] body) {
    }

    private ShopperChat shopper;
    private int shopperMessages;
    private String agentsConversation;
    private final AtomicLong telegramChat = new AtomicLong(900_000_000L);

    @TestFactory
    Stream<DynamicTest> givenHostileRequests_whenSent_thenNeverA5xxAndEveryRefusalIsAnApiError() {
        HostileInput input = HostileInput.create();
        List<DynamicTest> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int n = i;
            cases.add(DynamicTest.dynamicTest("attack #" + i + " (seed " + input.seed() + ")", () -> {
                Attack attack = attack(input, n);
                EntityExchangeResult<byte[]> result = send(attack);
                assertAnswersSafely(attack, result, input.seed());
            }));
        }
        return cases.stream();
    }

    /** PostgreSQL refuses U+0000 in text where H2 keeps it: the rule is the application's, the same on both. */
    @Test
    void givenControlCharactersInEveryTypedText_whenSent_thenSavedWithoutThem() {
        ShopperChat chat = ShopperChat.start(http, "en");
        chat.say("where\u0000 is my order\u0007 100234?");
        chat.say("I want to talk to a human agent\r\n\u0000");
        claimAndReply(http, "agent", chat.id, "\u0000Hello,\u001b checking\u0085 now");
        as(http, "agent").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
        chat.rate(Map.of("score", 5, "comment", "thanks\u0000 a lot")).expectStatus().isCreated()
                .expectBody().jsonPath("$.comment").isEqualTo("thanks a lot");
        chat.rate(Map.of("score", 5, "comment", "again")).expectStatus().isEqualTo(409);

        assertThat(chat.messagesAfter(0)).extracting(message -> (String) message.get("text"))
                .contains("where is my order 100234?", "I want to talk to a human agent", "Hello, checking now")
                .allSatisfy(text -> assertThat(text).doesNotContain("\u0000", "\u0007", "\u001b", "\u0085", "\r"));
    }

    @Test
    void givenByteSequencesThatAreNotUtf8_whenSentAsJson_then400AndNothingIsSaved() {
        ShopperChat chat = ShopperChat.start(http, "en");
        int before = chat.messagesAfter(0).size();
        byte[][] invalid = {{(byte) 0xc0, (byte) 0xaf}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] sequence : invalid) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes("{\"text\":\"a".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(sequence);
            body.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
            chat.postRaw(body.toByteArray()).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error").isEqualTo("invalid_request")
                    .jsonPath("$.message").isEqualTo("the request body is not valid JSON (UTF-8) of the expected shape");
        }
        chat.postRaw("{\"text\":\"a\\ud800b\"}".getBytes(StandardCharsets.UTF_8)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_message")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("not valid Unicode"));
        assertThat(chat.messagesAfter(0)).hasSize(before);
    }

    private Attack attack(HostileInput input, int n) {
        return switch (n % 11) {
            case 0 -> shopperWrite(input, "/api/v1/conversations", HttpMethod.POST, Map.of(), "locale", n);
            case 1, 2 -> shopperWrite(input, "/api/v1/conversations/" + conversation().id + "/messages", HttpMethod.POST,
                    bearer(), "text", n);
            case 3 -> shopperWrite(input, "/api/v1/conversations/" + conversation().id + "/rating", HttpMethod.POST, bearer(),
                    "comment", n);
            case 4 -> new Attack("shopper read", HttpMethod.GET, uri("/api/v1/conversations/{id}/messages",
                    input.nextBoolean() ? conversation().id : input.text(60), Map.of("after", input.text(30))),
                    input.nextBoolean() ? bearer() : Map.of(HttpHeaders.AUTHORIZATION, input.text(80)), null, null);
            case 5 -> shopperWrite(input, "/api/v1/agent/conversations/" + agentsConversation() + "/messages",
                    HttpMethod.POST, basic("agent"), "text", n);
            case 6 -> shopperWrite(input, "/api/v1/agent/conversations/" + agentsConversation() + "/transfer",
                    HttpMethod.POST, basic("agent"), input.nextBoolean() ? "agent" : "language", n);
            case 7 -> shopperWrite(input, "/api/v1/agent/presence", HttpMethod.PUT, basic("agent"), "status", n);
            case 8 -> new Attack("kb search", HttpMethod.GET, uri("/api/v1/kb/search", null,
                    Map.of("q", input.text(300), "lang", input.text(5), "limit", input.text(6))), basic("editor"), null, null);
            case 9 -> new Attack("admin export", HttpMethod.GET, uri("/api/v1/admin/customers/export", null,
                    Map.of("email", input.text(100))), basic("boss"), null, null);
            default -> telegram(input, n);
        };
    }

    /** A JSON write: a valid shape with hostile values, or a hostile body altogether. */
    private Attack shopperWrite(HostileInput input, String path, HttpMethod method, Map<String, String> headers,
                                String field, int n) {
        String valid = "{\"" + field + "\":" + HostileInput.jsonString(input.text(300)) + "}";
        int form = (n / 11) % 9;
        byte[] body = switch (form) {
            case 0, 1 -> valid.getBytes(StandardCharsets.UTF_8);
            case 2 -> input.text(300).getBytes(StandardCharsets.UTF_8);
            case 3 -> input.bytes(300);
            case 4 -> input.splice(valid.getBytes(StandardCharsets.UTF_8));
            case 5 -> input.nestedJson(input.between(1_000, 100_000)).getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"" + field + "\":\"" + "x".repeat(1_048_576) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 7 -> input.bytes(1_100_000);
            default -> ("{\"" + field + "\":" + HostileInput.jsonString(input.text(20)) + ",\"" + field + "\":[{}],"
                    + "\"extra\":" + input.nestedJson(50) + "}").getBytes(StandardCharsets.UTF_8);
        };
        MediaType type = form == 2 && input.nextBoolean() ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON;
        return new Attack(method + " " + path + " form " + form, method, URI.create(path.replace(" ", "%20")), headers, type, body);
    }

    private Attack telegram(HostileInput input, int n) {
        long chat = telegramChat.incrementAndGet();
        String update = "{\"update_id\":" + n + ",\"message\":{\"message_id\":1,\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"language_code\":" + HostileInput.jsonString(input.text(5)) + "},\"chat\":{\"id\":"
                + chat + ",\"type\":\"private\"},\"text\":" + HostileInput.jsonString(input.text(300)) + "}}";
        byte[] body = switch ((n / 11) % 5) {
            case 0, 1 -> update.getBytes(StandardCharsets.UTF_8);
            case 2 -> input.splice(update.getBytes(StandardCharsets.UTF_8));
            case 3 -> input.nestedJson(input.between(1_000, 50_000)).getBytes(StandardCharsets.UTF_8);
            default -> input.bytes(1_100_000);
        };
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token",
                (n / 11) % 7 == 6 ? input.text(40) : TELEGRAM_SECRET);
        return new Attack("telegram webhook", HttpMethod.POST, URI.create("/channels/telegram/webhook"), secret,
                MediaType.APPLICATION_JSON, body);
    }

    private EntityExchangeResult<byte[]> send(Attack attack) {
        var request = http.method(attack.method()).uri(URI.create("http://localhost:" + port).resolve(attack.uri())).headers(h -> attack.headers().forEach((name, value) -> {
            // A header value cannot carry line breaks on the wire; the server never sees them.
            String sendable = value.codePoints().filter(c -> c < 0x7f && c > 0x20)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            h.set(name, sendable.isEmpty() ? "x" : sendable);
        }));
        if (attack.body() != null) {
            return request.contentType(attack.type()).bodyValue(attack.body()).exchange().expectBody(byte[].class).returnResult();
        }
        return request.exchange().expectBody(byte[].class).returnResult();
    }

    private static void assertAnswersSafely(Attack attack, EntityExchangeResult<byte[]> result, long seed) {
        int status = result.getStatus().value();
        String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        String what = "seed " + seed + ", " + attack.name() + " " + attack.uri() + " (" + (attack.body() == null ? 0 : attack.body().length)
                + " bytes) -> " + status + " " + body.substring(0, Math.min(300, body.length()));
        assertThat(status).as(what).isLessThan(500);
        if (status >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).as(what).isNotNull()
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).as(what).isTrue());
            Map<?, ?> error = JSON.readValue(body, Map.class);
            assertThat(error.get("error")).as(what).isInstanceOf(String.class);
            assertThat(error.get("message")).as(what).isInstanceOf(String.class);
            assertThat(body).as(what).doesNotContain(INTERNALS);
        }
    }

    /** The shopper's conversation; a new one every 20 writes so the per-conversation limit is not what answers. */
    private ShopperChat conversation() {
        if (shopper == null || ++shopperMessages % 20 == 0) {
            shopper = ShopperChat.start(http, "en");
        }
        return shopper;
    }

    private Map<String, String> bearer() {
        return Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + shopper.token);
    }

    /** A conversation the agent holds, so their replies and transfers reach the desk. */
    private String agentsConversation() {
        if (agentsConversation == null) {
            ShopperChat waiting = ShopperChat.start(http, "en");
            waiting.say("I want to talk to a human agent");
            http.post().uri("/api/v1/agent/conversations/{id}/claim", waiting.id).headers(h -> h.setBasicAuth("agent", "agent-pass"))
                    .exchange().expectStatus().isOk();
            agentsConversation = waiting.id;
        }
        return agentsConversation;
    }

    private static Map<String, String> basic(String user) {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-pass").getBytes(StandardCharsets.UTF_8));
        return Map.of(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
    }

    private static URI uri(String path, String id, Map<String, String> query) {
        var builder = UriComponentsBuilder.fromPath(path);
        query.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
        Map<String, Object> values = new java.util.HashMap<>(query);
        if (id != null) {
            values.put("id", id);
        }
        return builder.encode().buildAndExpand(values).toUri();
    }
}
