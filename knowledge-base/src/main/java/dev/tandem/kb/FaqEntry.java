package dev.tandem.kb;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One FAQ answer in one language, read from {@code faq/<language>/<id>.md}.
 *
 * @param language     ISO 639-1 code: en, ru, uk or pl
 * @param intent       the intent this entry answers, if its front matter names one
 * @param answerMarkdown the body as the editor wrote it
 * @param answerHtml   the body rendered to HTML with raw HTML escaped and unsafe links dropped
 * @param answerText   the body as plain text, for channels without HTML and for indexing
 * @param source       the file the entry was read from
 */
public record FaqEntry(
        String id,
        String language,
        String title,
        List<String> questions,
        List<String> tags,
        Optional<String> intent,
        HandoffMode handoff,
        String answerMarkdown,
        String answerHtml,
        String answerText,
        Path source) {

    public FaqEntry {
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
    }
}
