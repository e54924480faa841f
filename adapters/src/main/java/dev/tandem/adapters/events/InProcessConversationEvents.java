package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Events of this node, fanned out to every live stream on it. A subscriber too slow to keep up misses
 * events rather than slowing the chat down: streams catch up from the store by seq.
 */
@Component
public class InProcessConversationEvents implements ConversationEvents, LiveEvents {

    private final Sinks.Many<ConversationEvent> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void publish(List<ConversationEvent> events) {
        // A sink takes one emitter at a time; turns on different conversations publish concurrently.
        synchronized (sink) {
            events.forEach(sink::tryEmitNext);
        }
    }

    @Override
    public Flux<ConversationEvent> stream() {
        return sink.asFlux();
    }
}
