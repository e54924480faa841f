package dev.tandem.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The FAQ files of a content directory ({@code faq/<lang>/<id>.md}), validated: the entries that load and
 * every problem found, each as {@code file:line: reason}. A rejected file is left out and the rest load, so
 * one editor's typo never takes the whole FAQ down. Reading needs no index, so a linter can use it alone.
 */
public record FaqContent(List<FaqEntry> entries, List<AnswerFileProblem> problems) {

    public FaqContent {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public static FaqContent read(Path contentDir) {
        Path faq = contentDir.resolve("faq");
        List<AnswerFileProblem> problems = new ArrayList<>();
        List<FaqEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(faq)) {
            problems.add(new AnswerFileProblem(faq, 0, "directory of FAQ files is missing"));
        }
        for (String language : new TreeSet<>(FaqAnalyzers.LANGUAGES)) {
            Path directory = faq.resolve(language);
            if (Files.isDirectory(directory)) {
                readLanguage(directory, language, entries, problems);
            }
        }
        reportIdsMissingInSomeLanguage(entries, problems);
        return new FaqContent(entries, problems);
    }

    private static void readLanguage(Path directory, String language, List<FaqEntry> entries,
                                     List<AnswerFileProblem> problems) {
        Map<String, Path> ids = new HashMap<>();
        Map<String, Path> intents = new HashMap<>();
        for (Path file : markdownFiles(directory)) {
            FaqFileReader.read(file, language, problems).ifPresent(entry -> {
                Path sameId = ids.putIfAbsent(entry.id(), file);
                Path sameIntent = entry.intent().map(intent -> intents.putIfAbsent(intent, file)).orElse(null);
                if (sameId != null) {
                    problems.add(new AnswerFileProblem(file, 2, "duplicate id '" + entry.id() + "' (also in " + sameId + ")"));
                } else if (sameIntent != null) {
                    // answerFor(lang, intent) must have one answer, or which one a shopper gets is an accident.
                    problems.add(new AnswerFileProblem(file, 2, "intent '" + entry.intent().orElseThrow()
                            + "' is already answered by " + sameIntent));
                } else {
                    entries.add(entry);
                }
            });
        }
    }

    /** The same id must exist in every language, or shoppers of one language silently get no answer. */
    private static void reportIdsMissingInSomeLanguage(List<FaqEntry> entries, List<AnswerFileProblem> problems) {
        Map<String, Set<String>> languagesById = new HashMap<>();
        Map<String, Path> exampleFile = new HashMap<>();
        for (FaqEntry entry : entries) {
            languagesById.computeIfAbsent(entry.id(), id -> new HashSet<>()).add(entry.language());
            exampleFile.putIfAbsent(entry.id(), entry.source());
        }
        new TreeSet<>(languagesById.keySet()).forEach(id -> {
            Set<String> missing = new TreeSet<>(FaqAnalyzers.LANGUAGES);
            missing.removeAll(languagesById.get(id));
            if (!missing.isEmpty()) {
                problems.add(new AnswerFileProblem(exampleFile.get(id), 1, "entry '" + id + "' is missing in " + missing));
            }
        });
    }

    private static List<Path> markdownFiles(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
