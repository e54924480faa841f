package dev.tandem.adapters.shopper;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.chat.HandleShopperMessage;
import dev.tandem.bot.chat.ReadShopperTranscript;
import dev.tandem.bot.chat.StartConversation;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.intents.Language;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    public ShopperChatController(StartConversation startConversation, HandleShopperMessage handleShopperMessage,
                                 ReadShopperTranscript readShopperTranscript) {
        this.startConversation = startConversation;
        this.handleShopperMessage = handleShopperMessage;
        this.readShopperTranscript = readShopperTranscript;
    }

    /** @param locale the page's language; an unsupported one starts the conversation in English */
    public record StartRequest(String channel, String locale) {
    }

    public record StartResponse(String id, String token, String state, List<MessageView> messages) {
    }

    public record MessageRequest(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TurnResponse(String state, List<MessageView> replies, QueueView queue) {
    }

    /** Where a queued shopper stands; the wait estimate comes with the live-queue work (issue #5). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QueueView(int position, Long estimatedWaitSeconds) {
    }

    public record MessagesResponse(List<MessageView> messages) {
    }

    @PostMapping
    public Mono<ResponseEntity<StartResponse>> start(@RequestBody(required = false) StartRequest request) {
        StartRequest body = request == null ? new StartRequest(null, null) : request;
        Channel channel = body.channel() == null ? Channel.WEB : Channel.fromName(body.channel())
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_channel",
                        "channel must be one of web, email, telegram"));
        var command = new StartConversation.Command(channel, Language.fromCode(body.locale()));
        return startConversation.start(command).map(started -> ResponseEntity
                .created(URI.create("/api/v1/conversations/" + started.conversation().id()))
                .body(new StartResponse(started.conversation().id(), started.token(),
                        started.conversation().state().name(), MessageView.of(started.messages()))));
    }

    @PostMapping("/{id}/messages")
    public Mono<TurnResponse> write(@PathVariable String id,
                                    @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestBody(required = false) MessageRequest request) {
        String token = BearerToken.from(authorization);
        if (request == null || request.text() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", "the body must be {\"text\": \"…\"}");
        }
        return handleShopperMessage.handle(new HandleShopperMessage.Command(id, token, request.text()))
                .map(outcome -> new TurnResponse(outcome.state().name(), MessageView.of(outcome.replies()),
                        outcome.queue().map(queue -> new QueueView(queue.position(), null)).orElse(null)));
    }

    @GetMapping("/{id}/messages")
    public Mono<MessagesResponse> read(@PathVariable String id,
                                       @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestParam(name = "after", defaultValue = "0") long after) {
        String token = BearerToken.from(authorization);
        return readShopperTranscript.messagesAfter(id, token, after)
                .map(MessageView::of)
                .collectList()
                .map(MessagesResponse::new);
    }
}
