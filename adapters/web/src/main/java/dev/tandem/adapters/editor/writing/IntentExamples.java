package dev.tandem.adapters.editor.writing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The examples an intent is trained on: add, remove, move to another intent. Each change is worked out on the
 * file as it is on disk at the moment of the save (under the save's lock), so two editors adding examples to the
 * same intent both keep theirs.
 */
public final class IntentExamples {

    private final ContentEditing content;

    public IntentExamples(ContentEditing content) {
        this.content = content;
    }

    public record StoredIntent(String name, String version, Map<String, List<String>> examples, String text) {
    }

    public StoredIntent read(String intent) {
        ContentEditing.StoredFile file = stored(intent);
        IntentExamplesFile examples = new IntentExamplesFile(intent, file.text().get());
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        FaqEntries.LANGUAGES.forEach(language -> byLanguage.put(language, examples.examples(language)));
        return new StoredIntent(intent, file.version(), byLanguage, file.text().get());
    }

    /** @param examples new examples per language */
    public SaveOutcome add(String editor, String intent, Map<String, List<String>> examples) {
        synchronized (content) {
            IntentExamplesFile file = new IntentExamplesFile(intent, stored(intent).text().get());
            List<String> added = new ArrayList<>();
            examples.forEach((language, texts) -> {
                FaqEntries.requireLanguage(language);
                for (String text : texts) {
                    requireExample(text);
                    file.add(language, text);
                    added.add(language + ": " + text.strip());
                }
            });
            if (added.isEmpty()) {
                throw new InvalidEdit("nothing_to_save", "give at least one example");
            }
            return content.save(editor, "Add example(s) to " + intent + ": " + String.join("; ", added),
                    List.of(new FileChange.Write(ContentPath.intent(intent), file.text(), Optional.empty())));
        }
    }

    public SaveOutcome remove(String editor, String intent, String language, String example) {
        FaqEntries.requireLanguage(language);
        synchronized (content) {
            IntentExamplesFile file = new IntentExamplesFile(intent, stored(intent).text().get());
            file.remove(language, example);
            return content.save(editor, "Remove example from " + intent + " (" + language + "): " + example.strip(),
                    List.of(new FileChange.Write(ContentPath.intent(intent), file.text(), Optional.empty())));
        }
    }

    /** Removes the example from one intent and adds it to another, in one save. */
    public SaveOutcome move(String editor, String intent, String language, String example, String toIntent) {
        FaqEntries.requireLanguage(language);
        if (intent.equals(toIntent)) {
            throw new InvalidEdit("same_intent", "the example is already in " + intent);
        }
        synchronized (content) {
            IntentExamplesFile from = new IntentExamplesFile(intent, stored(intent).text().get());
            IntentExamplesFile to = new IntentExamplesFile(toIntent, stored(toIntent).text().get());
            from.remove(language, example);
            to.add(language, example);
            return content.save(editor, "Move example (" + language + ") from " + intent + " to " + toIntent + ": "
                    + example.strip(), List.of(
                    new FileChange.Write(ContentPath.intent(intent), from.text(), Optional.empty()),
                    new FileChange.Write(ContentPath.intent(toIntent), to.text(), Optional.empty())));
        }
    }

    private ContentEditing.StoredFile stored(String intent) {
        ContentEditing.StoredFile file = content.read(ContentPath.intent(intent));
        if (file.text().isEmpty()) {
            throw new FaqEntries.UnknownEntry("no intent '" + intent + "' (intents/" + intent + ".yml)");
        }
        return file;
    }

    private static void requireExample(String text) {
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new InvalidEdit("invalid_example", "an example is a question as a shopper writes it, 1 to 500 characters");
        }
    }
}
