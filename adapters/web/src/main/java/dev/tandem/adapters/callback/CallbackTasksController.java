package dev.tandem.adapters.callback;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.callback.CallbackTasks;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dev.tandem.bot.team.port.AgentRoster;
import reactor.core.publisher.Mono;

/**
 * The agents' callback tasks (role AGENT), in the languages the agent takes chats in:
 * {@code GET /api/v1/agent/callbacks?state=open|done} (open: oldest first; done: most recently done first) and
 * {@code POST /api/v1/agent/callbacks/{id}/done} once called ({@code 409 already_done} when a colleague was first).
 */
@RestController
@RequestMapping("/api/v1/agent/callbacks")
public class CallbackTasksController {

    private final CallbackTasks tasks;
    private final AgentRoster roster;

    public CallbackTasksController(CallbackTasks tasks, AgentRoster roster) {
        this.tasks = tasks;
        this.roster = roster;
    }

    public record CallbackList(List<CallbackView> callbacks) {
    }

    @GetMapping
    public Mono<CallbackList> list(Principal agent, @RequestParam(name = "state", defaultValue = "open") String state) {
        var listed = switch (state) {
            case "open" -> tasks.open(agent.getName());
            case "done" -> tasks.done(agent.getName());
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_state", "state must be open or done");
        };
        return listed.map(request -> CallbackView.of(request, roster)).collectList().map(CallbackList::new);
    }

    @PostMapping("/{id}/done")
    public Mono<CallbackView> done(@PathVariable String id, Principal agent) {
        return tasks.markDone(agent.getName(), id).map(request -> CallbackView.of(request, roster)).onErrorMap(CallbackErrors::api);
    }
}
