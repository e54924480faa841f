package dev.tandem.bot.learning;

import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqHit;
import dev.tandem.kb.FaqIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an agent's reply is an FAQ answer the agent inserted from the console's suggestions (the console puts
 * the answer's plain text into the reply box, and the agent may touch it up): at least 80% of the answer's words
 * are in the reply and they make at least half of it.
 */
final class InsertedFaq {

    private static final double ANSWER_COVERED = 0.8;
    private static final double REPLY_FROM_ANSWER = 0.5;
    private static final int CANDIDATES = 3;

    private InsertedFaq() {
    }

    static Optional<FaqEntry> in(String reply, String language, FaqIndex faq) {
        Set<String> replyWords = words(reply);
        if (replyWords.isEmpty()) {
            return Optional.empty();
        }
        List<FaqHit> hits = faq.search(language, reply, CANDIDATES);
        for (FaqHit hit : hits) {
            Set<String> answerWords = words(hit.entry().answerText());
            long shared = answerWords.stream().filter(replyWords::contains).count();
            if (!answerWords.isEmpty() && shared >= ANSWER_COVERED * answerWords.size()
                    && shared >= REPLY_FROM_ANSWER * replyWords.size()) {
                return Optional.of(hit.entry());
            }
        }
        return Optional.empty();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
