package dev.tandem.adapters.agent;

import dev.tandem.adapters.http.TextBody;
import dev.tandem.bot.notes.InternalNotes;
import dev.tandem.bot.team.port.AgentRoster;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/agent/conversations/{id}/notes} {@code {"text"}} (role AGENT): an internal note on a
 * conversation for colleagues; {@code 201} with the note. It is shown in the console's transcript
 * ({@code GET …/conversations/{id}}, {@code notes}) and in the customer's data export, never to the shopper.
 */
@RestController
@RequestMapping("/api/v1/agent/conversations")
public class AgentNotesController {

    private final InternalNotes notes;
    private final AgentRoster roster;

    public AgentNotesController(InternalNotes notes, AgentRoster roster) {
        this.notes = notes;
        this.roster = roster;
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<AgentConversationController.NoteLine> add(@PathVariable String id, Principal agent,
                                                          @RequestBody(required = false) TextBody request) {
        return notes.add(agent.getName(), id, TextBody.required(request, "invalid_note"))
                .map(note -> AgentConversationController.NoteLine.of(note, roster));
    }
}
