package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A page on another site must not open the agent stream with the console's session cookie (the browser sends
 * the cookie with any WebSocket handshake): staff WebSockets accept the server's own origin and
 * {@code tandem.security.allowed-origins} (here {@code https://console.example.com}); clients that send no
 * Origin (not a browser) sign in with HTTP Basic as before. The shopper stream stays open to shops' pages.
 */
class StaffWebSocketOriginTest extends EveryDoorServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void givenTheConsolesSessionCookie_whenAPageOnAnotherSiteOpensTheAgentStream_thenTheHandshakeIsRefused() {
        String session = signedInSession();

        Outcome outcome = agentStream(Map.of("Cookie", "SESSION=" + session, "Origin", "https://evil.example"));

        assertThat(outcome).isEqualTo(new Outcome.Refused(403));
    }

    @Test
    void givenTheConsolesSessionCookie_whenTheConsoleOnTheServersOwnOriginOpensTheAgentStream_thenItStreams() {
        String session = signedInSession();

        Outcome outcome = agentStream(Map.of("Cookie", "SESSION=" + session, "Origin", "http://localhost:" + port));

        assertThat(outcome).isInstanceOf(Outcome.Streams.class);
    }

    @Test
    void givenAConfiguredOrigin_whenItOpensTheAgentStream_thenItStreams() {
        String session = signedInSession();

        Outcome outcome = agentStream(Map.of("Cookie", "SESSION=" + session, "Origin", "https://console.example.com"));

        assertThat(outcome).isInstanceOf(Outcome.Streams.class);
    }

    @Test
    void givenHttpBasicAndNoOrigin_whenAProgramOpensTheAgentStream_thenItStreams() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("agent:agent-pass".getBytes());

        Outcome outcome = agentStream(Map.of("Authorization", basic));

        assertThat(outcome).isInstanceOf(Outcome.Streams.class);
    }

    @Test
    void givenAShopsPage_whenTheWidgetOpensTheShopperStream_thenItStreamsWhateverTheOrigin() {
        ShopperChat chat = ShopperChat.start(http, "en");

        Outcome outcome = open("/api/v1/conversations/" + chat.id + "/stream?token=" + chat.token,
                Map.of("Origin", "https://shop.example.com"));

        assertThat(outcome).isInstanceOf(Outcome.Streams.class);
    }

    @Test
    void givenAWildcardOrAPath_whenConfiguredAsAnAllowedOrigin_thenStartUpFails() {
        var throttle = new SecurityProperties.LoginThrottle(5, 20, java.time.Duration.ofMinutes(15));
        for (String notAnOrigin : new String[] {"*", "https://*.example.com", "https://support.example.com/console",
                "support.example.com", "ftp://support.example.com"}) {
            assertThatThrownBy(() -> new SecurityProperties("'self'", throttle, java.util.List.of(notAnOrigin)))
                    .as(notAnOrigin).hasMessageContaining("tandem.security.allowed-origins");
        }
        assertThat(new SecurityProperties("'self'", throttle, java.util.List.of("https://support.example.com:8443"))
                .allowedOrigins()).containsExactly("https://support.example.com:8443");
    }

    /** What a WebSocket handshake came to: a first frame, or an HTTP status instead of the upgrade. */
    private sealed interface Outcome {
        record Streams(String firstFrame) implements Outcome {
        }

        record Refused(int status) implements Outcome {
        }
    }

    private Outcome agentStream(Map<String, String> headers) {
        return open("/api/v1/agent/stream", headers);
    }

    private Outcome open(String path, Map<String, String> headers) {
        CompletableFuture<String> firstFrame = new CompletableFuture<>();
        WebSocket.Builder builder = client.newWebSocketBuilder();
        headers.forEach(builder::header);
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    firstFrame.complete(data.toString());
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            String frame = firstFrame.get(10, TimeUnit.SECONDS);
            socket.abort();
            return new Outcome.Streams(frame);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof WebSocketHandshakeException refused) {
                return new Outcome.Refused(refused.getResponse().statusCode());
            }
            throw new AssertionError(failed);
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /** Signs the agent in on the sign-in form, as the console's browser does; returns the session cookie. */
    private String signedInSession() {
        EntityExchangeResult<String> page = http.get().uri("/login").exchange().expectBody(String.class).returnResult();
        Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(field.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "agent");
        form.add("password", "agent-pass");
        form.add("_csrf", field.group(1));
        ResponseCookie session = http.post().uri("/login")
                .cookie("XSRF-TOKEN", page.getResponseCookies().getFirst("XSRF-TOKEN").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().is3xxRedirection().expectHeader().location("/console")
                .expectBody().returnResult().getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        return session.getValue();
    }
}
