package dev.tandem.adapters.shopper;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.away.ResumeConversation;
import dev.tandem.bot.away.ResumeRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/conversations/{id}/resume} {@code {"code"}}: the link in a mailed agent reply
 * ({@code …#tandem-chat=<code>}) reopens the chat in the widget. The code is traded for a fresh token,
 * {@code {"id","token","state"}}; the conversation's old token stops working. {@code 404 resume_refused} for a
 * wrong or expired code.
 */
@RestController
@RequestMapping("/api/v1/conversations")
public class ResumeController {

    private final ResumeConversation resumeConversation;

    public ResumeController(ResumeConversation resumeConversation) {
        this.resumeConversation = resumeConversation;
    }

    public record ResumeRequest(String code) {
    }

    public record Resumed(String id, String token, String state) {
    }

    @PostMapping("/{id}/resume")
    public Mono<Resumed> resume(@PathVariable String id, @RequestBody(required = false) ResumeRequest request) {
        if (request == null || request.code() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_resume", "the body must be {\"code\": \"…\"}");
        }
        return resumeConversation.resume(id, request.code())
                .map(resumed -> new Resumed(resumed.conversationId(), resumed.token(), resumed.state().name()))
                .onErrorMap(ResumeRefusedException.class,
                        refused -> new ApiException(HttpStatus.NOT_FOUND, "resume_refused", refused.getMessage()));
    }
}
