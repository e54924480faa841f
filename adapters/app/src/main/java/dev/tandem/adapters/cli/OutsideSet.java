package dev.tandem.adapters.cli;

import dev.tandem.intents.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An outside set: {@code <lang>.tsv} files (en, ru, uk, pl; any of them) in one directory, each a header line
 * {@code expected<TAB>message} and then one labelled message per line. Malformed lines are collected as
 * {@code file:line: reason}, so a whole set is checked at once.
 */
record OutsideSet(List<OutsideMessage> messages, List<String> problems) {

    static final String HEADER = "expected\tmessage";

    /** @param faqIds the FAQ ids a label may name (the content's) */
    static OutsideSet read(Path directory, Set<String> faqIds) {
        List<OutsideMessage> messages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new OutsideSet(List.of(), List.of(directory + ": not a directory"));
        }
        for (Language language : Language.values()) {
            Path file = directory.resolve(language.code() + ".tsv");
            if (Files.isRegularFile(file)) {
                readFile(file, language, faqIds, messages, problems);
            }
        }
        if (messages.isEmpty() && problems.isEmpty()) {
            problems.add(directory + ": no messages (expected en.tsv, ru.tsv, uk.tsv or pl.tsv with labelled lines)");
        }
        return new OutsideSet(List.copyOf(messages), List.copyOf(problems));
    }

    private static void readFile(Path file, Language language, Set<String> faqIds, List<OutsideMessage> messages,
                                 List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank() || (i == 0 && line.equals(HEADER))) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[1].isBlank()) {
                problems.add(where + ": expected a label, a tab and the message");
                continue;
            }
            String label = fields[0].strip();
            OutsideMessage.Expected expected = OutsideMessage.Expected.of(label);
            if (expected instanceof OutsideMessage.Faq faq && !faqIds.contains(faq.id())) {
                problems.add(where + ": unknown label '" + label + "'; use an FAQ id of the content, order_status, "
                        + "human or oos");
                continue;
            }
            messages.add(new OutsideMessage(language, expected, fields[1].strip(), where));
        }
    }
}
