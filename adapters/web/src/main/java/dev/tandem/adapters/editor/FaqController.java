package dev.tandem.adapters.editor;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.Language;
import dev.tandem.kb.FaqHit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What content editors see of the FAQ the bot serves (role EDITOR): its state after the last reload, and search. */
@RestController
@RequestMapping("/api/v1/kb")
public class FaqController {

    private static final int MAX_LIMIT = 20;

    private final CurrentShopKnowledge knowledge;

    public FaqController(CurrentShopKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param rejected every content problem as {@code file:line: reason}, paths relative to the content directory
     */
    public record Status(Map<String, Integer> entries, int intents, Instant lastReload, List<String> rejected) {
    }

    public record Hit(String id, String title, double score, String answer, String answerHtml) {

        static Hit of(FaqHit hit) {
            return new Hit(hit.entry().id(), hit.entry().title(), hit.score(), hit.entry().answerMarkdown(),
                    hit.entry().answerHtml());
        }
    }

    public record SearchResult(String query, String lang, List<Hit> hits) {
    }

    @GetMapping("/status")
    public Status status() {
        CurrentShopKnowledge.LoadedKnowledge loaded = knowledge.loaded();
        String prefix = knowledge.contentDir().toString() + knowledge.contentDir().getFileSystem().getSeparator();
        List<String> rejected = loaded.problems().stream().map(problem -> problem.replace(prefix, "")).toList();
        return new Status(loaded.faqEntries(), loaded.intents(), loaded.loadedAt(), rejected);
    }

    @GetMapping("/search")
    public SearchResult search(@RequestParam(name = "q", required = false) String query,
                               @RequestParam(name = "lang", required = false) String lang,
                               @RequestParam(name = "limit", defaultValue = "5") int limit) {
        if (query == null || query.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", "q must be a non-empty question");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        ShopKnowledge shop = knowledge.get();
        Language language = lang == null
                ? shop.languageDetector().detect(query).language().orElse(Language.EN)
                : Language.fromCode(lang).filter(l -> l.code().equals(lang)).orElseThrow(() -> new ApiException(
                        HttpStatus.BAD_REQUEST, "invalid_lang", "lang must be one of en, ru, uk, pl"));
        List<Hit> hits = shop.faq().search(language.code(), query, limit).stream().map(Hit::of).toList();
        return new SearchResult(query, language.code(), hits);
    }
}
