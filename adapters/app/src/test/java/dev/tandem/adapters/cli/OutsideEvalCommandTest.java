package dev.tandem.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar tandem.jar eval outside <set-dir>}: a small shop and a four-message set, through the server
 * started in the test's process. Not a quality gate: the messages are the shop's own examples, so each outcome is
 * certain and the test checks the harness, not the bot.
 */
class OutsideEvalCommandTest {

    @TempDir
    Path content;

    @TempDir
    Path set;

    @TempDir
    Path data;

    private final TandemCliRun cli = new TandemCliRun();

    @Test
    void givenASmallShopAndASet_whenEvaluated_thenEachTargetFigureIsPrintedPerLanguageAndWrittenAsMarkdown()
            throws IOException {
        smallShop();
        write(set.resolve("en.tsv"), """
                expected\tmessage
                refund-timing\twhen do i get my money back
                order_status\twhere is my order
                human\ti want to talk to a person
                oos\thello
                """);
        Path report = data.resolve("report/outside.md");

        int exit = cli.run("eval", "outside", set.toString(), "--content", content.toString(), "--data-dir",
                data.toString(), "--out", report.toString(), "--errors");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("| messages | 4 | 4 |")
                .contains("| right FAQ answer (target ≥ 85 %) | 100.0 % (1/1) |")
                .contains("| confidently wrong, of all (target ≤ 3 %) | 0.0 % (0/4) |")
                .contains("| oos → no FAQ answer (target ≥ 95 %) | 100.0 % (1/1) |")
                .contains("| human → queued in the same turn (target ≥ 98 %) | 100.0 % (1/1) |")
                .contains("| order_status → order lookup (target ≥ 95 %) | 100.0 % (1/1) |")
                .contains("| **0.50** (today: en, all) |")
                .contains("| language recorded = page language | 100.0 % (4/4) |")
                .contains("4 messages from");
        assertThat(Files.readString(report)).contains("## Figures").contains("## Precision and coverage");
    }

    @Test
    void givenADataDirectoryUsedBefore_whenEvaluatedAgain_thenTheCachedModelIsReusedAndTheQueueStartsEmpty()
            throws IOException {
        smallShop();
        write(set.resolve("en.tsv"), "expected\tmessage\nhuman\ti want to talk to a person\n");
        String[] oneWaitingChatFillsTheQueue = {"eval", "outside", set.toString(), "--content", content.toString(),
                "--data-dir", data.toString(), "--property", "tandem.queue.ceiling=1"};
        assertThat(cli.run(oneWaitingChatFillsTheQueue)).as(cli.err()).isZero();
        List<Path> cached;
        try (Stream<Path> files = Files.list(data.resolve("models"))) {
            cached = files.toList();
        }
        cli.forgetOut();

        int exit = cli.run(oneWaitingChatFillsTheQueue);

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("| human → queued in the same turn (target ≥ 98 %) | 100.0 % (1/1) |");
        assertThat(cached).isNotEmpty();
        try (Stream<Path> files = Files.list(data.resolve("models"))) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(cached);
        }
    }

    @Test
    void givenALineWithAnUnknownLabel_whenEvaluated_thenItIsReportedAsFileLineReasonAndNothingIsMeasured()
            throws IOException {
        smallShop();
        write(set.resolve("en.tsv"), "expected\tmessage\nrefund-timing\twhen is my refund\nrefunds\twhen is my refund\n");

        int exit = cli.run("eval", "outside", set.toString(), "--content", content.toString(), "--data-dir",
                data.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("en.tsv:3: unknown label 'refunds'");
        assertThat(cli.out()).doesNotContain("| messages |");
    }

    @Test
    void givenNoSetDirectory_whenEvaluated_thenMisuseBeforeAnyServerStarts() {
        int exit = cli.run("eval", "outside", set.resolve("missing").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("missing: not a directory");
    }

    private void smallShop() throws IOException {
        write(content.resolve("intents/refund_timing.yml"), """
                action: faq
                examples:
                  en: [when do i get my money back, how long does a refund take, when is my refund,
                       refund to my card when, when will you pay me back]
                  pl: [kiedy dostanę zwrot pieniędzy, ile trwa zwrot pieniędzy, kiedy oddacie mi pieniądze]
                """);
        write(content.resolve("intents/order_status.yml"), """
                action: order_lookup
                examples:
                  en: [where is my order, track my parcel, has my order shipped, order status please,
                       when will my package arrive]
                  pl: [gdzie jest moje zamówienie, status zamówienia, czy paczka została wysłana]
                """);
        write(content.resolve("intents/human_agent.yml"), """
                action: handoff
                examples:
                  en: [i want to talk to a person, i want a human, connect me to an agent, real person please,
                       let me speak to someone]
                  pl: [chcę rozmawiać z człowiekiem, połącz mnie z konsultantem, poproszę pracownika]
                """);
        write(content.resolve("intents/greeting.yml"), """
                action: smalltalk
                examples:
                  en: [hello, hi, good morning, hey there, hi there]
                  pl: [dzień dobry, cześć, witam]
                """);
        write(content.resolve("faq/en/refund-timing.md"), """
                ---
                id: refund-timing
                title: When do I get my refund?
                questions: [when is my refund, how long does a refund take]
                intent: refund_timing
                ---
                Within **3 business days** after your return reaches us.
                """);
        write(content.resolve("faq/pl/refund-timing.md"), """
                ---
                id: refund-timing
                title: Kiedy dostanę zwrot pieniędzy?
                questions: [kiedy dostanę zwrot, ile trwa zwrot pieniędzy]
                intent: refund_timing
                ---
                W ciągu **3 dni roboczych** od dotarcia zwrotu do magazynu.
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
