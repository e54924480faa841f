package dev.tandem.bot.learning;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.learning.port.LearningStore.Line;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in a handed-off chat an agent resolved, the question the agent answered and the reply worth keeping.
 * The question is the shopper's last message before the agent's first one that asks something: a request for a
 * person ("talk to a human") or a one-word line ("hello") is not the question. The reply is the agent's longest
 * message: greetings and "one moment" are short, the answer is not.
 */
final class AnswerPairing {

    private static final Set<String> NOT_A_QUESTION = Set.of("human_agent", "greeting", "thanks", "goodbye");

    private AnswerPairing() {
    }

    record Pair(String question, String reply) {
    }

    static Optional<Pair> in(List<Line> lines) {
        int firstAgent = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).author() == Author.AGENT) {
                firstAgent = i;
                break;
            }
        }
        if (firstAgent < 0) {
            return Optional.empty();
        }
        Optional<String> question = Optional.empty();
        for (int i = firstAgent - 1; i >= 0 && question.isEmpty(); i--) {
            Line line = lines.get(i);
            if (line.author() == Author.SHOPPER && asksSomething(line)) {
                question = Optional.of(line.text());
            }
        }
        Optional<String> reply = lines.stream().filter(line -> line.author() == Author.AGENT).map(Line::text)
                .reduce((longest, next) -> next.strip().length() > longest.strip().length() ? next : longest);
        return question.flatMap(q -> reply.map(r -> new Pair(q.strip(), r.strip())));
    }

    private static boolean asksSomething(Line line) {
        return line.intent().filter(NOT_A_QUESTION::contains).isEmpty() && line.text().strip().split("\\s+").length >= 2;
    }
}
