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
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Loads a content directory's FAQ ({@code faq/<lang>/<id>.md}) into a searchable index. A file with a
 * problem is left out and reported ({@link #problems()}); the other entries serve, so one editor's typo
 * never takes the whole FAQ down.
 */
public final class KnowledgeBase {

    private final List<FaqEntry> entries;
    private final FaqIndex index;
    private final List<ContentProblem> problems;

    private KnowledgeBase(List<FaqEntry> entries, Map<String, SynonymMap> synonyms, Phrasings phrasings,
                          List<ContentProblem> problems) {
        this.entries = List.copyOf(entries);
        this.index = LuceneFaqIndex.build(entries, synonyms, phrasings);
        this.problems = List.copyOf(problems);
    }

    public static KnowledgeBase load(Path contentDir) {
        return load(contentDir, Phrasings.NONE);
    }

    /** @param phrasings more ways shoppers ask, per intent, indexed with the entry that names the intent */
    public static KnowledgeBase load(Path contentDir, Phrasings phrasings) {
        Read read = read(contentDir);
        return new KnowledgeBase(read.entries, read.synonyms, phrasings, read.problems);
    }

    /**
     * Loads the directory again after an edit. A file that is now rejected keeps its previous entry
     * serving (an editor's half-saved file must not take an answer away from shoppers); its problem is
     * still reported.
     */
    public static KnowledgeBase reload(Path contentDir, KnowledgeBase previous) {
        return reload(contentDir, previous, Phrasings.NONE);
    }

    /** As {@link #reload(Path, KnowledgeBase)}, indexing {@code phrasings} with the entries that name their intent. */
    public static KnowledgeBase reload(Path contentDir, KnowledgeBase previous, Phrasings phrasings) {
        Read read = read(contentDir);
        Set<Path> loadedFiles = new HashSet<>();
        Set<String> loadedKeys = new HashSet<>();
        read.entries.forEach(entry -> {
            loadedFiles.add(entry.source());
            loadedKeys.add(entry.language() + "/" + entry.id());
        });
        Set<Path> rejectedFiles = new HashSet<>();
        read.problems.stream().map(ContentProblem::file).filter(file -> !loadedFiles.contains(file)).forEach(rejectedFiles::add);
        List<FaqEntry> entries = new ArrayList<>(read.entries);
        for (FaqEntry kept : previous.entries) {
            if (rejectedFiles.contains(kept.source()) && loadedKeys.add(kept.language() + "/" + kept.id())) {
                entries.add(kept);
            }
        }
        return new KnowledgeBase(entries, read.synonyms, phrasings, read.problems);
    }

    private record Read(List<FaqEntry> entries, Map<String, SynonymMap> synonyms, List<ContentProblem> problems) {
    }

    private static Read read(Path contentDir) {
        Path faq = contentDir.resolve("faq");
        List<ContentProblem> problems = new ArrayList<>();
        List<FaqEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(faq)) {
            problems.add(new ContentProblem(faq, 0, "directory of FAQ files is missing"));
        }
        for (String language : new TreeSet<>(FaqAnalyzers.LANGUAGES)) {
            Path directory = faq.resolve(language);
            if (Files.isDirectory(directory)) {
                readLanguage(directory, language, entries, problems);
            }
        }
        reportIdsMissingInSomeLanguage(entries, problems);
        Map<String, SynonymMap> synonyms = new HashMap<>();
        for (String language : FaqAnalyzers.LANGUAGES) {
            Synonyms.read(contentDir, language, FaqAnalyzers.forLanguage(language), problems)
                    .ifPresent(map -> synonyms.put(language, map));
        }
        return new Read(entries, synonyms, problems);
    }

    public FaqIndex index() {
        return index;
    }

    /** Every rejected file and cross-file problem, as {@code file:line: reason}. */
    public List<ContentProblem> problems() {
        return problems;
    }

    private static void readLanguage(Path directory, String language, List<FaqEntry> entries,
                                     List<ContentProblem> problems) {
        Map<String, Path> ids = new HashMap<>();
        Map<String, Path> intents = new HashMap<>();
        for (Path file : markdownFiles(directory)) {
            FaqFileReader.read(file, language, problems).ifPresent(entry -> {
                Path sameId = ids.putIfAbsent(entry.id(), file);
                Path sameIntent = entry.intent().map(intent -> intents.putIfAbsent(intent, file)).orElse(null);
                if (sameId != null) {
                    problems.add(new ContentProblem(file, 2, "duplicate id '" + entry.id() + "' (also in " + sameId + ")"));
                } else if (sameIntent != null) {
                    problems.add(new ContentProblem(file, 2, "intent '" + entry.intent().orElseThrow()
                            + "' is already answered by " + sameIntent));
                } else {
                    entries.add(entry);
                }
            });
        }
    }

    /** The same id must exist in every language, or shoppers of one language silently get no answer. */
    private static void reportIdsMissingInSomeLanguage(List<FaqEntry> entries, List<ContentProblem> problems) {
        Map<String, Set<String>> languagesById = new HashMap<>();
        Map<String, Path> exampleFile = new HashMap<>();
        for (FaqEntry entry : entries) {
            languagesById.computeIfAbsent(entry.id(), id -> new HashSet<>()).add(entry.language());
            exampleFile.putIfAbsent(entry.id(), entry.source());
        }
        languagesById.forEach((id, languages) -> {
            Set<String> missing = new TreeSet<>(FaqAnalyzers.LANGUAGES);
            missing.removeAll(languages);
            if (!missing.isEmpty()) {
                problems.add(new ContentProblem(exampleFile.get(id), 1, "entry '" + id + "' is missing in " + missing));
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
