package dev.tandem.adapters.editor.writing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
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

    /** "New FAQ from this": the question as the title and first question of a draft, its id made from it. */
    public FaqDocument newFaqDraft(String question) {
        String title = question.strip();
        return new FaqDocument(idFor(title), title, List.of(title), List.of(), "", "offer", "");
    }

    /** "Accept as a draft FAQ": an agent's reply as the answer of a draft, its id made from the title. */
    public FaqDocument agentAnswerDraft(String title, List<String> questions, String answer) {
        return new FaqDocument(idFor(title), title.strip(), questions, List.of(), "", "offer", answer);
    }

    private static final String CYRILLIC = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "g", "d", "e", "ye", "yo", "zh", "z", "i", "i", "yi", "y",
        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /** An FAQ id from a title: lower-case Latin letters and digits joined by dashes ("Где мой заказ?" → gde-moy-zakaz). */
    static String idFor(String title) {
        StringBuilder latin = new StringBuilder();
        for (char c : title.strip().toLowerCase(Locale.ROOT).replace('ł', 'l').toCharArray()) {
            int cyrillic = CYRILLIC.indexOf(c);
            latin.append(cyrillic >= 0 ? LATIN[cyrillic] : String.valueOf(c));
        }
        String id = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        if (id.isEmpty()) {
            throw new InvalidEdit("invalid_title", "the title needs letters or digits to make the entry's id from");
        }
        return id;
    }
}
