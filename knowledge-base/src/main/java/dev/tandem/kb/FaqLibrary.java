package dev.tandem.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A content directory's FAQ ({@link FaqContent}) and editor synonyms ({@code synonyms/<lang>.txt}) as a
 * searchable index, with every problem found while reading them ({@link #problems()}).
 */
public final class FaqLibrary {

    private final List<FaqEntry> entries;
    private final FaqIndex index;
    private final List<AnswerFileProblem> problems;

    private FaqLibrary(List<FaqEntry> entries, Map<String, SynonymMap> synonyms, Phrasings phrasings,
                          List<AnswerFileProblem> problems) {
        this.entries = List.copyOf(entries);
        this.index = LuceneFaqIndex.build(entries, synonyms, phrasings);
        this.problems = List.copyOf(problems);
    }

    public static FaqLibrary load(Path contentDir) {
        return load(contentDir, Phrasings.NONE);
    }

    /** @param phrasings more ways shoppers ask, per intent, indexed with the entry that names the intent */
    public static FaqLibrary load(Path contentDir, Phrasings phrasings) {
        Read read = read(contentDir);
        return new FaqLibrary(read.entries, read.synonyms, phrasings, read.problems);
    }

    /**
     * Loads the directory again after an edit. A file that is now rejected keeps its previous entry
     * serving (an editor's half-saved file must not take an answer away from shoppers); its problem is
     * still reported.
     */
    public static FaqLibrary reload(Path contentDir, FaqLibrary previous) {
        return reload(contentDir, previous, Phrasings.NONE);
    }

    /** As {@link #reload(Path, FaqLibrary)}, indexing {@code phrasings} with the entries that name their intent. */
    public static FaqLibrary reload(Path contentDir, FaqLibrary previous, Phrasings phrasings) {
        Read read = read(contentDir);
        Set<Path> loadedFiles = new HashSet<>();
        Set<String> loadedKeys = new HashSet<>();
        read.entries.forEach(entry -> {
            loadedFiles.add(entry.source());
            loadedKeys.add(entry.language() + "/" + entry.id());
        });
        Set<Path> rejectedFiles = new HashSet<>();
        read.problems.stream().map(AnswerFileProblem::file).filter(file -> !loadedFiles.contains(file)).forEach(rejectedFiles::add);
        List<FaqEntry> entries = new ArrayList<>(read.entries);
        for (FaqEntry kept : previous.entries) {
            if (rejectedFiles.contains(kept.source()) && loadedKeys.add(kept.language() + "/" + kept.id())) {
                entries.add(kept);
            }
        }
        return new FaqLibrary(entries, read.synonyms, phrasings, read.problems);
    }

    private record Read(List<FaqEntry> entries, Map<String, SynonymMap> synonyms, List<AnswerFileProblem> problems) {
    }

    private static Read read(Path contentDir) {
        FaqContent content = FaqContent.read(contentDir);
        List<AnswerFileProblem> problems = new ArrayList<>(content.problems());
        Map<String, SynonymMap> synonyms = new HashMap<>();
        for (String language : FaqAnalyzers.LANGUAGES) {
            Synonyms.read(contentDir, language, FaqAnalyzers.forLanguage(language), problems)
                    .ifPresent(map -> synonyms.put(language, map));
        }
        return new Read(content.entries(), synonyms, problems);
    }

    public FaqIndex index() {
        return index;
    }

    /** Every rejected file and cross-file problem, as {@code file:line: reason}. */
    public List<AnswerFileProblem> problems() {
        return problems;
    }
}
