package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RawHttp;
import dev.tandem.adapters.ShopperChat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The limits on what one request may carry, and the refusals the hostile-input properties found answered
 * badly (a class name in a 415, a bare 400 from the firewall): each answered as {@code {"error","message"}}.
 */
class RequestLimitsTest extends EveryDoorServerTest {

    @Test
    void givenAMessageOf4001Characters_whenSent_then400SayingTheLimit() {
        ShopperChat chat = ShopperChat.start(http, "en");
        chat.post(Map.of("text", "a".repeat(4001))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_message")
                .jsonPath("$.message").isEqualTo("text is 4001 characters long; at most 4000 are accepted");
        chat.post(Map.of("text", "where is my order " + "a".repeat(3982))).expectStatus().isOk();
    }

    @Test
    void givenABodyAnnouncedLargerThan64Kb_whenSent_then413BeforeItIsRead() {
        ShopperChat chat = ShopperChat.start(http, "en");
        byte[] body = ("{\"text\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        http.post().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.error").isEqualTo("request_too_large")
                .jsonPath("$.message").isEqualTo("the request body is too large; send at most 64 KB");
    }

    @Test
    void givenAChunkedBodyOfAMegabyte_whenSent_then413FromTheCodecLimit() {
        ShopperChat chat = ShopperChat.start(http, "en");
        Flux<byte[]> chunks = Flux.concat(Flux.just("{\"text\":\"".getBytes(StandardCharsets.UTF_8)),
                Flux.range(0, 64).map(i -> "y".repeat(16_384).getBytes(StandardCharsets.UTF_8)),
                Flux.just("\"}".getBytes(StandardCharsets.UTF_8)));
        http.post().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromPublisher(chunks, byte[].class)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.error").isEqualTo("request_too_large");
    }

    @Test
    void givenJsonNested100000Deep_whenSent_then400() {
        http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[".repeat(20_000) + "]".repeat(20_000)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request")
                .jsonPath("$.message").isEqualTo("the request body is not valid JSON (UTF-8) of the expected shape");
    }

    @Test
    void givenBytesThatAreNotUtf8_whenSentAsJson_then400() {
        ShopperChat chat = ShopperChat.start(http, "en");
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, (byte) 0xff, '"', '}'};
        http.post().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_request");
    }

    @Test
    void givenPlainText_whenSentToAJsonEndpoint_then415WithoutNamingClasses() {
        http.post().uri("/api/v1/conversations").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody(String.class).value(body -> assertThat(body)
                        .isEqualTo("{\"error\":\"unsupported_media_type\","
                                + "\"message\":\"send the body as JSON with Content-Type: application/json\"}"));
    }

    @Test
    void givenAnEncodedSlashOrControlCharacterInThePath_whenRequested_then400InTheApiFormat() {
        for (String path : new String[] {"/api/v1/conversations/a%2Fb/messages", "/api/v1/conversations/a%0Ab/messages",
            "/api/v1/conversations/a%5Cb/messages"}) {
            http.get().uri(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer x").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error").isEqualTo("invalid_request")
                    .jsonPath("$.message").isEqualTo("the request address or its headers contain characters that are not allowed");
        }
    }

    @Test
    void givenAControlCharacterInAHeaderTheServerReads_whenRequested_then400InTheApiFormat() {
        // U+0085 (a C1 control) passes the HTTP codec, which leaves bytes above 0x7F alone; the firewall must refuse it.
        http.get().uri("/api/v1/conversations/{id}/messages", "some-id").header("Authorization", "Bearer x\u0085y").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request");
    }

    @Test
    void givenARequestLineOver4Kb_whenSent_then414InTheApiFormat() throws IOException {
        String response = rawly("GET /api/v1/conversations/" + "a".repeat(5_000) + "/messages HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(414);
        assertThat(RawHttp.body(response)).isEqualTo("{\"error\":\"uri_too_long\",\"message\":\"the request line is too long\"}");
    }

    @Test
    void givenHeadersOver8Kb_whenSent_then431InTheApiFormat() throws IOException {
        String response = rawly("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(9_000) + "\r\n\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(431);
        assertThat(RawHttp.body(response))
                .isEqualTo("{\"error\":\"headers_too_large\",\"message\":\"the request headers are too large\"}");
    }

    @Test
    void givenAContentLengthThatIsNotANumber_whenSent_then400InTheApiFormat() throws IOException {
        for (String length : new String[] {"abc", "-5", "10, 20"}) {
            String response = rawly("POST /api/v1/conversations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\n\r\n{}");

            assertThat(RawHttp.status(response)).as(length).isEqualTo(400);
            assertThat(RawHttp.body(response)).as(length).isEqualTo("{\"error\":\"invalid_request\","
                    + "\"message\":\"the request is not valid HTTP (request line, headers or Content-Length)\"}");
        }
    }

    @Test
    void givenABarePercentInTheAddress_whenSent_then400InTheApiFormat() throws IOException {
        for (String target : new String[] {"/api/v1/conversations/%/messages", "/api/v1/kb/search?q=100%&lang=en"}) {
            String response = rawly("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n\r\n");

            assertThat(RawHttp.status(response)).as(target).isEqualTo(400);
            assertThat(RawHttp.body(response)).as(target).isEqualTo("{\"error\":\"invalid_request\","
                    + "\"message\":\"the request address is not a valid URI (a % must start an escape such as %20)\"}");
        }
    }

    private String rawly(String request) throws IOException {
        try (RawHttp client = RawHttp.connect(port)) {
            return client.send(request).responseWithin(Duration.ofSeconds(5));
        }
    }
}
