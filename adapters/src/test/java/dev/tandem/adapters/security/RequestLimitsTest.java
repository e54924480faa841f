package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
}
