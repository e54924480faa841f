package dev.tandem.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark command's contract: progress on stderr, one JSON object as the last stdout line. */
class BenchmarkCommandTest {

    @TempDir
    Path data;

    private final TandemCliRun cli = new TandemCliRun();

    @Test
    void givenAClinc150ShapedFile_whenBenchmarked_thenTheLastLineIsTheResultJson() throws IOException {
        Path file = data.resolve("data_full.json");
        Files.writeString(file, """
                {"train": [["what is my balance", "balance"], ["how much money do i have", "balance"],
                           ["send money to mom", "transfer"], ["transfer 20 dollars to john", "transfer"]],
                 "oos_train": [["tell me a joke", "oos"]],
                 "val": [["show my balance", "balance"], ["move money to savings", "transfer"]],
                 "oos_val": [["who won the game", "oos"]],
                 "test": [["balance please", "balance"], ["transfer money to anna", "transfer"]],
                 "oos_test": [["play some music", "oos"]]}
                """);

        int exit = cli.run("benchmark", "clinc150", file.toString());

        assertThat(exit).isZero();
        assertThat(cli.err()).contains("training on 4 examples of 2 intents")
                .contains("choosing the threshold on 4 validation examples");
        Map<String, Object> result = lastLineJson();
        assertThat(result.keySet()).containsExactly("dataset", "inScopeAccuracy", "oosRecall", "threshold",
                "validationInScopeAccuracy", "validationOosRecall", "trainSeconds", "medianMicrosPerQuery");
        assertThat(result.get("dataset")).isEqualTo("clinc150");
        assertThat(((Number) result.get("inScopeAccuracy")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(((Number) result.get("oosRecall")).doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void givenIntentsOption_whenBenchmarked_thenOnlyTheFirstIntentsAlphabeticallyAndEveryOutOfScopeQuestionAreUsed() throws IOException {
        Path file = data.resolve("data_full.json");
        Files.writeString(file, """
                {"train": [["send money to mom", "transfer"], ["transfer 20 dollars to john", "transfer"],
                           ["what is my balance", "balance"], ["how much money do i have", "balance"],
                           ["i lost my card", "card_lost"], ["my card is gone", "card_lost"]],
                 "oos_train": [["tell me a joke", "oos"]],
                 "val": [["show my balance", "balance"], ["move money to savings", "transfer"], ["card missing", "card_lost"]],
                 "oos_val": [["who won the game", "oos"]],
                 "test": [["balance please", "balance"], ["transfer money to anna", "transfer"], ["where is my card", "card_lost"]],
                 "oos_test": [["play some music", "oos"]]}
                """);

        int exit = cli.run("benchmark", "clinc150", file.toString(), "--intents", "2");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("training on 4 examples of 2 intents")
                .contains("choosing the threshold on 4 validation examples").contains("evaluating 3 test examples");
    }

    @Test
    void givenBanking77ShapedCsvWithQuotedFields_whenBenchmarked_thenAccuracyJson() throws IOException {
        String rows = String.join("\n", List.of("text,category",
                "\"My card, the new one, hasn't arrived\",card_arrival", "where is my card,card_arrival",
                "card still not here,card_arrival", "when will my card come,card_arrival", "card delivery status,card_arrival",
                "\"I was charged a \"\"fee\"\" twice\",extra_charge", "why was i charged extra,extra_charge",
                "unexpected fee on statement,extra_charge", "double fee charged,extra_charge", "extra charge on my account,extra_charge",
                "my card has not arrived yet,card_arrival", "strange fee on my card,extra_charge"));
        Files.writeString(data.resolve("train.csv"), rows + "\n");
        Files.writeString(data.resolve("test.csv"), "text,category\nhas my card shipped,card_arrival\nwhat is this fee,extra_charge\n");

        int exit = cli.run("benchmark", "banking77", data.toString());

        assertThat(exit).isZero();
        Map<String, Object> result = lastLineJson();
        assertThat(result.keySet()).containsExactly("dataset", "accuracy", "trainSeconds", "medianMicrosPerQuery");
        assertThat(((Number) result.get("accuracy")).doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void givenAnUnknownDatasetOrMissingFiles_whenBenchmarked_thenExitCodeTwoAndWhy() {
        assertThat(cli.run("benchmark", "snips", data.toString())).isEqualTo(2);
        assertThat(cli.run("benchmark", "banking77", data.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("dataset must be clinc150 or banking77").contains("train.csv and test.csv");
    }

    @Test
    void givenFewerThanTwoIntents_whenBenchmarked_thenExitCodeTwoAndWhy() {
        assertThat(cli.run("benchmark", "clinc150", data.toString(), "--intents", "1")).isEqualTo(2);
        assertThat(cli.err()).contains("--intents must be at least 2");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastLineJson() {
        String[] lines = cli.out().strip().split("\n");
        return JsonMapper.builder().build().readValue(lines[lines.length - 1], Map.class);
    }
}
