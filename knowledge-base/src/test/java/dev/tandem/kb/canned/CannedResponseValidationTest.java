package dev.tandem.kb.canned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule an editor can break, reported as {@code file:line: reason} on the line to fix. */
class CannedResponseValidationTest {

    private static final String TITLES = """
            title:
              en: "Greeting"
              ru: "Приветствие"
              uk: "Привітання"
              pl: "Powitanie"
            """;

    @TempDir
    Path content;

    @Test
    void givenAValidFile_whenLoaded_thenItLoadsWithoutProblems() throws IOException {
        CannedResponses loaded = load("greeting.yml", TITLES + """
                text:
                  en: "Hi {name}, {agentName} here."
                  ru: "Здравствуйте, {name}! Это {agentName}."
                  uk: "Вітаю, {name}! Це {agentName}."
                  pl: |
                    Cześć, {name}!
                    Tu {agentName}.
                """);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.byId("greeting").orElseThrow().text("pl")).isEqualTo("Cześć, {name}!\nTu {agentName}.");
    }

    @Test
    void givenAFileThatIsNotYaml_whenLoaded_thenTheLineOfTheSyntaxError() throws IOException {
        assertThat(problems("greeting.yml", TITLES + "text:\n  en: \"Hi\"\n  ru: [unclosed, list\n  uk: \"Вітаю\"\n"))
                .containsExactly("greeting.yml:9: not valid YAML: expected ',' or ']', but got :"
                        + " (while parsing a flow sequence that starts on line 8)");
        assertThat(problems("broken.yml", "title:\n  en: Hi\n\ttext: tab\n")).singleElement().asString()
                .startsWith("broken.yml:3: not valid YAML: found character ")
                .contains("(TAB)", "that cannot start any token");
    }

    @Test
    void givenAFileSavedInAnotherEncoding_whenLoaded_thenAskedToSaveItAsUtf8() throws IOException {
        Path directory = Files.createDirectories(content.resolve("canned"));
        Files.writeString(directory.resolve("greeting.yml"), TITLES + text("Hi"), Charset.forName("windows-1251"));

        assertThat(CannedResponses.load(content).problems()).extracting(CannedResponseValidationTest::relative)
                .containsExactly("greeting.yml:1: not UTF-8 text: save the file as UTF-8");
    }

    @Test
    void givenAFileThatIsAListOrEmpty_whenLoaded_thenToldWhatIsExpected() throws IOException {
        assertThat(problems("list.yml", "# a comment\n- en: Hi\n"))
                .containsExactly("list.yml:2: expected the keys 'title' and 'text', each with en, ru, uk and pl");
        assertThat(problems("empty.yml", "# nothing yet\n"))
                .containsExactly("empty.yml:1: the file is empty: expected 'title' and 'text', each with en, ru, uk and pl");
    }

    @Test
    void givenAnUnknownOrDuplicateKey_whenLoaded_thenTheLineOfThatKey() throws IOException {
        assertThat(problems("greeting.yml", TITLES + text("Hi") + "tags: [hello]\ntitle:\n  en: Again\n")).containsExactly(
                "greeting.yml:11: unknown key 'tags'; allowed: title, text",
                "greeting.yml:12: duplicate key 'title' (first on line 1)");
    }

    @Test
    void givenTitleOrTextMissing_whenLoaded_thenReportedOnTheFirstLine() throws IOException {
        assertThat(problems("no-text.yml", TITLES))
                .containsExactly("no-text.yml:1: missing 'text' (the reply itself, in en, ru, uk and pl)");
        assertThat(problems("no-title.yml", text("Hi"))).containsExactly(
                "no-title.yml:1: missing 'title' (the label agents pick the reply by, in en, ru, uk and pl)");
    }

    @Test
    void givenALanguageMissingOrUnknown_whenLoaded_thenTheLineOfItsKeyOrOfTheBlock() throws IOException {
        String yaml = TITLES + """
                text:
                  en: "Hi"
                  de: "Hallo"
                  uk: "Вітаю"
                """;

        assertThat(problems("greeting.yml", yaml)).containsExactly(
                "greeting.yml:6: 'text' is missing in ru, pl (every canned response needs en, ru, uk and pl)",
                "greeting.yml:8: unknown language 'de' in 'text'; allowed: en, ru, uk, pl");
    }

    @Test
    void givenTitleNotAMappingOfLanguages_whenLoaded_thenTheLineOfTheValue() throws IOException {
        assertThat(problems("greeting.yml", "title: Greeting\n" + text("Hi"))).containsExactly(
                "greeting.yml:1: 'title' must give a text per language: en, ru, uk and pl, each on its own line as 'en: ...'");
    }

    @Test
    void givenAnEmptyTextInOneLanguage_whenLoaded_thenTheLineOfThatLanguage() throws IOException {
        String yaml = TITLES + """
                text:
                  en: "Hi"
                  ru: "  "
                  uk:
                  pl: [Cześć]
                """;

        assertThat(problems("greeting.yml", yaml)).containsExactly(
                "greeting.yml:8: 'text' in 'ru' is empty",
                "greeting.yml:9: 'text' in 'uk' is empty",
                "greeting.yml:10: 'text' in 'pl' is empty: it must be a text, not a list or mapping");
    }

    @Test
    void givenAnUnknownPlaceholderInsideAMultiLineText_whenLoaded_thenTheExactLineOfThePlaceholder() throws IOException {
        String yaml = TITLES + """
                text:
                  en: |
                    Hi {name},
                    your order {ordernumber} is late.
                    Regards, {agent}
                  ru: "{name}, {ordernumber} {agent}"
                  uk: "{name}, {ordernumber} {agent}"
                  pl: "{name}, {ordernumber} {agent}"
                """;

        assertThat(problems("greeting.yml", yaml)).contains(
                "greeting.yml:9: unknown placeholder '{ordernumber}' in 'en' (did you mean '{orderNumber}'?);"
                        + " allowed: {agentName}, {name}, {orderNumber}, {trackingNumber}",
                "greeting.yml:10: unknown placeholder '{agent}' in 'en'; allowed: {agentName}, {name}, {orderNumber},"
                        + " {trackingNumber}",
                "greeting.yml:11: unknown placeholder '{ordernumber}' in 'ru' (did you mean '{orderNumber}'?);"
                        + " allowed: {agentName}, {name}, {orderNumber}, {trackingNumber}");
    }

    @Test
    void givenAPlaceholderOnlySomeLanguagesUse_whenLoaded_thenTheLanguagesThatLackIt() throws IOException {
        String yaml = TITLES + """
                text:
                  en: "Order {orderNumber} is refunded."
                  ru: "Заказ {orderNumber}: деньги возвращены."
                  uk: "Кошти повернено."
                  pl: "Zwrot zlecony."
                """;

        assertThat(problems("refund.yml", yaml)).containsExactly(
                "refund.yml:9: 'text' in 'uk' lacks '{orderNumber}', which the 'en' text uses",
                "refund.yml:10: 'text' in 'pl' lacks '{orderNumber}', which the 'en' text uses");
    }

    @Test
    void givenAPlaceholderInATitle_whenLoaded_thenRejectedBecauseTitlesAreLabels() throws IOException {
        String yaml = TITLES.replace("\"Powitanie\"", "\"Powitanie {name}\"") + text("Hi");

        assertThat(problems("greeting.yml", yaml)).containsExactly("greeting.yml:5: the title in 'pl' cannot hold"
                + " a placeholder ('{name}'): titles are labels in the agent's picker");
    }

    @Test
    void givenAFileNameThatIsNotKebabCase_whenLoaded_thenReportedOnLineOne() throws IOException {
        assertThat(problems("Ask_Order-Number.yml", TITLES + text("Hi"))).containsExactly(
                "Ask_Order-Number.yml:1: the file name 'Ask_Order-Number.yml' must be a kebab-case id: lower-case"
                        + " letters and digits joined by single hyphens, e.g. ask-order-number.yml");
        assertThat(problems("double--hyphen.yml", TITLES + text("Hi"))).singleElement().asString()
                .startsWith("double--hyphen.yml:1: the file name");
    }

    @Test
    void givenABrokenFileAmongGoodOnes_whenLoaded_thenTheOthersStillLoad() throws IOException {
        write("good.yml", TITLES + text("Hi"));
        write("also-good.yml", TITLES + text("Hello"));
        write("bad.yml", TITLES);
        write("notes.txt", "not a canned response");
        write("old.yaml", TITLES + text("Hi"));

        CannedResponses loaded = CannedResponses.load(content);

        assertThat(loaded.all()).extracting(CannedResponse::id).containsExactly("also-good", "good");
        assertThat(loaded.problems()).extracting(CannedResponseValidationTest::relative).containsExactly(
                "bad.yml:1: missing 'text' (the reply itself, in en, ru, uk and pl)",
                "old.yaml:1: canned responses are named <id>.yml; rename to 'old.yml' or it is ignored");
    }

    @Test
    void givenYesNoAndNumbers_whenLoaded_thenKeptAsTheWordsTheEditorWrote() throws IOException {
        write("short-answers.yml", TITLES + "text:\n  en: yes\n  ru: 1.50\n  uk: on\n  pl: no\n");

        CannedResponse response = CannedResponses.load(content).byId("short-answers").orElseThrow();

        assertThat(response.text("en")).isEqualTo("yes");
        assertThat(response.text("ru")).isEqualTo("1.50");
        assertThat(response.text("pl")).isEqualTo("no");
    }

    private static String text(String english) {
        return "text:\n  en: \"" + english + "\"\n  ru: \"Текст\"\n  uk: \"Текст\"\n  pl: \"Tekst\"\n";
    }

    private List<String> problems(String fileName, String yaml) throws IOException {
        Path file = write(fileName, yaml);
        List<String> problems = CannedResponses.load(content).problems().stream().map(CannedResponseValidationTest::relative)
                .toList();
        Files.delete(file);
        return problems;
    }

    private CannedResponses load(String fileName, String yaml) throws IOException {
        write(fileName, yaml);
        return CannedResponses.load(content);
    }

    private Path write(String fileName, String yaml) throws IOException {
        Path directory = Files.createDirectories(content.resolve("canned"));
        return Files.writeString(directory.resolve(fileName), yaml, StandardCharsets.UTF_8);
    }

    private static String relative(dev.tandem.kb.AnswerFileProblem problem) {
        return problem.file().getFileName() + ":" + problem.line() + ": " + problem.reason();
    }
}
