package dev.tandem.kb.canned;

import dev.tandem.kb.AnswerFileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canned responses of a content directory ({@code canned/<id>.yml}), validated: the responses that load,
 * sorted by id, and every problem found as {@code file:line: reason}. A rejected file is left out and the rest
 * load, as with the FAQ. A content directory without {@code canned/} simply has none.
 */
public record CannedResponses(List<CannedResponse> all, List<AnswerFileProblem> problems) {

    static final String DIRECTORY = "canned";

    public CannedResponses {
        all = all.stream().sorted(Comparator.comparing(CannedResponse::id)).toList();
        problems = List.copyOf(problems);
    }

    /** Reads and validates {@code contentDir/canned/*.yml}; never throws on bad content, only reports it. */
    public static CannedResponses load(Path contentDir) {
        Path directory = contentDir.resolve(DIRECTORY);
        List<AnswerFileProblem> problems = new ArrayList<>();
        List<CannedResponse> responses = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            for (Path file : files(directory, problems)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yml")) {
                    CannedFileReader.read(file, problems).ifPresent(responses::add);
                } else if (name.endsWith(".yaml")) {
                    problems.add(new AnswerFileProblem(file, 1, "canned responses are named <id>.yml; rename to '"
                            + name.substring(0, name.length() - ".yaml".length()) + ".yml' or it is ignored"));
                }
            }
        }
        return new CannedResponses(responses, problems);
    }

    /** The response with that id, if it loaded. */
    public Optional<CannedResponse> byId(String id) {
        return all.stream().filter(response -> response.id().equals(id)).findFirst();
    }

    /**
     * Every response, sorted by its title in that language the way a speaker of it expects (a collator for the
     * language, so "Ł" comes after "L" and "Є" after "Е"), then by id.
     *
     * @throws IllegalArgumentException for a language other than en, ru, uk, pl
     */
    public List<CannedResponse> forLanguage(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(CannedResponse.supported(language)));
        return all.stream()
                .sorted(Comparator.comparing((CannedResponse response) -> response.title(language), collator)
                        .thenComparing(CannedResponse::id))
                .toList();
    }

    private static List<Path> files(Path directory, List<AnswerFileProblem> problems) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new AnswerFileProblem(directory, 0, "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }
}
