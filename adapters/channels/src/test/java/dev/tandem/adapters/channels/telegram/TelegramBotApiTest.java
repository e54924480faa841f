package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Bot API client against the local stub: what is retried, how long it waits, what a failure says. */
class TelegramBotApiTest {

    private final StubBotApi stub = new StubBotApi();
    private final TelegramBotApi api = new TelegramBotApi(properties(stub.url()), JsonMapper.builder().build());

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void givenTooManyRequests_whenSending_thenItWaitsTheRetryAfterTelegramAskedAndSendsAgain() {
        stub.answerNext(429, "error-429.json");
        long started = System.nanoTime();

        api.sendMessage(new SendMessage(42, "Hej", null, null)).block(Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(stub.sentTo(42)).hasSize(2).allSatisfy(call -> assertThat(call.text()).isEqualTo("Hej"));
    }

    @Test
    void givenTelegramFailing_whenSending_thenRetriedAFewTimesThenGivenUpWithoutTheTokenInTheFailure() {
        stub.failSendsTo(42);

        Throwable failure = catchThrowable(() -> api.sendMessage(new SendMessage(42, "Hej", null, null))
                .block(Duration.ofSeconds(10)));

        assertThat(failure).isInstanceOf(TelegramApiException.class).hasMessage("sendMessage answered 500: Internal Server Error");
        assertThat(stub.sentTo(42)).hasSize(3);
        assertThat(api.redacted(failure)).doesNotContain(StubBotApi.TOKEN);
    }

    @Test
    void givenBlockedByTheUser_whenSending_thenNotRetried() {
        stub.answerNext(403, "error-403-blocked.json");

        Throwable failure = catchThrowable(() -> api.sendMessage(new SendMessage(42, "Hej", null, null))
                .block(Duration.ofSeconds(10)));

        assertThat(failure).isInstanceOf(TelegramApiException.class).hasMessageContaining("bot was blocked by the user");
        assertThat(((TelegramApiException) failure).isFormattingRejected()).isFalse();
        assertThat(stub.sentTo(42)).hasSize(1);
    }

    @Test
    void givenHtmlTelegramCannotParse_whenSending_thenTheFailureSaysSoAndIsNotRetried() {
        stub.answerNext(400, "error-400-entities.json");

        Throwable failure = catchThrowable(() -> api.sendMessage(new SendMessage(42, "<x>", SendMessage.HTML, null))
                .block(Duration.ofSeconds(10)));

        assertThat(((TelegramApiException) failure).isFormattingRejected()).isTrue();
        assertThat(stub.sentTo(42)).hasSize(1);
    }

    @Test
    void givenNoServer_whenSending_thenTheFailureNeverShowsTheToken() {
        URI gone = stub.url();
        stub.close();
        TelegramBotApi unreachable = new TelegramBotApi(properties(gone), JsonMapper.builder().build());

        Throwable failure = catchThrowable(() -> unreachable.sendMessage(new SendMessage(42, "Hej", null, null))
                .block(Duration.ofSeconds(10)));

        assertThat(failure).isNotNull();
        assertThat(unreachable.redacted(failure)).doesNotContain(StubBotApi.TOKEN);
    }

    @Test
    void givenButtonPress_whenAnswered_thenTheCallbackQueryIdIsSent() {
        api.answerCallbackQuery("cbq-77").block(Duration.ofSeconds(10));

        assertThat(stub.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("answerCallbackQuery");
            assertThat(call.body()).containsEntry("callback_query_id", "cbq-77");
        });
    }

    static TelegramProperties properties(URI url) {
        return new TelegramProperties(true, StubBotApi.TOKEN, "s3cret", url, Duration.ofSeconds(2), 2,
                Duration.ofMillis(20), Duration.ofSeconds(5));
    }
}
