package dev.tandem.adapters.shopper;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.http.ClientAddress;
import dev.tandem.adapters.http.TextBody;
import dev.tandem.bot.away.AwayReplies;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.RateConversation;
import dev.tandem.bot.shopper.ShowTyping;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.queue.QueueStatus;
import dev.tandem.intents.Language;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The shopper side of the HTTP API v1 (DESIGN.md): open a conversation, write, read what came back. */
@RestController
@RequestMapping("/api/v1/conversations")
public class ShopperChatController {

    private final StartConversation startConversation;
    private final HandleShopperMessage handleShopperMessage;
    private final ReadShopperTranscript readShopperTranscript;
    private final RateConversation rateConversation;
    private final ShowTyping showTyping;
    private final AwayReplies awayReplies;

    public ShopperChatController(StartConversation startConversation, HandleShopperMessage handleShopperMessage,
                                 ReadShopperTranscript readShopperTranscript, RateConversation rateConversation,
                                 ShowTyping showTyping, AwayReplies awayReplies) {
        this.awayReplies = awayReplies;
        this.rateConversation = rateConversation;
        this.showTyping = showTyping;
        this.startConversation = startConversation;
        this.handleShopperMessage = handleShopperMessage;
        this.readShopperTranscript = readShopperTranscript;
    }

    /** @param locale the page's language; an unsupported one starts the conversation in English */
    public record StartRequest(String channel, String locale) {
    }

    public record StartResponse(String id, String token, String state, List<MessageView> messages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TurnResponse(String state, List<MessageView> replies, QueueView queue) {
    }

    /** Where a queued shopper stands; no wait estimate when nobody who speaks their language is online. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QueueView(int position, Long estimatedWaitSeconds) {

        public static QueueView of(QueueStatus status) {
            return new QueueView(status.position(), status.estimatedWait().map(Duration::toSeconds).orElse(null));
        }
    }

    public record RatingRequest(Integer score, String comment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RatingResponse(int score, String comment, String handledBy) {
    }

    public record MessagesResponse(List<MessageView> messages) {
    }

    @PostMapping
    public Mono<ResponseEntity<StartResponse>> start(@RequestBody(required = false) StartRequest request) {
        StartRequest body = request == null ? new StartRequest(null, null) : request;
        // The channel sets queue priority: only the e-mail and Telegram adapters open conversations of theirs.
        if (body.channel() != null && Channel.fromName(body.channel()).filter(Channel.WEB::equals).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_channel",
                    "this API opens web conversations only: channel must be \"web\" or left out");
        }
        var command = new StartConversation.Command(Channel.WEB, Language.fromCode(body.locale()));
        return startConversation.start(command).map(started -> ResponseEntity
                .created(URI.create("/api/v1/conversations/" + started.conversation().id()))
                .body(new StartResponse(started.conversation().id(), started.token(),
                        started.conversation().state().name(), MessageView.of(started.messages()))));
    }

    @PostMapping("/{id}/messages")
    public Mono<TurnResponse> write(@PathVariable String id,
                                    @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestBody(required = false) TextBody request, ServerHttpRequest http) {
        String token = BearerToken.from(authorization);
        String text = TextBody.required(request, "invalid_message");
        return handleShopperMessage.handle(new HandleShopperMessage.Command(id, token, text,
                        Optional.of(ClientAddress.of(http))))
                .map(outcome -> new TurnResponse(outcome.state().name(), MessageView.of(outcome.replies()),
                        outcome.queue().map(QueueView::of).orElse(null)));
    }

    @PostMapping("/{id}/rating")
    public Mono<ResponseEntity<RatingResponse>> rate(@PathVariable String id,
                                                     @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                                     @RequestBody(required = false) RatingRequest request) {
        String token = BearerToken.from(authorization);
        if (request == null || request.score() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_rating", "the body must be {\"score\": 1..5, \"comment\"?: \"…\"}");
        }
        var command = new RateConversation.Command(id, token, request.score(), Optional.ofNullable(request.comment()));
        return rateConversation.rate(command).map(rating -> ResponseEntity.status(HttpStatus.CREATED)
                .body(new RatingResponse(rating.score(), rating.comment().orElse(null),
                        rating.handledByAgent() ? "AGENT" : "BOT")));
    }

    /** The shopper is typing: the agent holding the chat sees it for a few seconds. */
    @PostMapping("/{id}/typing")
    public Mono<ResponseEntity<Void>> typing(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return showTyping.shopperTyping(id, BearerToken.from(authorization))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/{id}/messages")
    public Mono<MessagesResponse> read(@PathVariable String id,
                                       @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestParam(name = "after", defaultValue = "0") long after) {
        String token = BearerToken.from(authorization);
        return readShopperTranscript.messagesAfter(id, token, after)
                .collectList()
                // A widget that polls reads the agent's replies here: they need no mail (see AwayReplies).
                .flatMap(messages -> messages.stream().filter(message -> message.author() == Author.AGENT)
                        .mapToLong(Message::seq).max().stream().boxed().findFirst()
                        .map(seq -> awayReplies.reached(id, seq).onErrorComplete()).orElse(Mono.empty())
                        .thenReturn(new MessagesResponse(MessageView.of(messages))));
    }
}
