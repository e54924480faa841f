package dev.tandem.adapters.editor.writing;

import java.util.List;
import java.util.Map;

/**
 * The learning loop's actions that write content, for a question the bot could not answer: make it an example of
 * an intent, an alternative question of an FAQ entry, or the start of a new entry. The list of questions and their
 * grouping live elsewhere; these only write, through {@link ContentEditing}, with its lint, history and reload.
 */
public final class LearningLoopEdits {

    private final IntentExamples examples;
    private final FaqEntries faq;
    private final ContentEditing content;

    public LearningLoopEdits(IntentExamples examples, FaqEntries faq, ContentEditing content) {
        this.examples = examples;
        this.faq = faq;
        this.content = content;
    }

    /** "Add as an example of intent …". */
    public SaveOutcome addAsExample(String editor, String intent, String language, String question) {
        return examples.add(editor, intent, Map.of(language, List.of(question)));
    }

    /** "Answer with FAQ …": the question becomes one of the entry's alternative questions in its language. */
    public SaveOutcome answerWithFaq(String editor, String faqId, String language, String question) {
        FaqEntries.requireLanguage(language);
        synchronized (content) {
            FaqEntries.StoredFaq stored = faq.read(faqId).get(language);
            FaqDocument document = stored.document().orElseThrow(() -> new FaqEntries.UnknownEntry(
                    "no readable FAQ entry '" + faqId + "' in " + language));
            return faq.update(editor, faqId, Map.of(language, new FaqEntries.Edit(document.withQuestion(question.strip()),
                    stored.version())));
        }
    }

    /** "New FAQ from this": a draft for the editor to complete; nothing is written until they save it. */
    public FaqDocument newFaqDraft(String question) {
        String title = question.strip();
        return new FaqDocument("", title, List.of(title), List.of(), "", "offer", "");
    }
}
