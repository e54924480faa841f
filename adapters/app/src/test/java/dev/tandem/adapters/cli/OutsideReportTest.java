package dev.tandem.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures of issue #19's targets, from turns whose outcomes are known. */
class OutsideReportTest {

    private static OutsideBot.Turn turn(String label, BotOutcome outcome, double confidence, boolean intentFits) {
        OutsideMessage message = new OutsideMessage(Language.EN, OutsideMessage.Expected.of(label), "a message",
                "en.tsv:2");
        return new OutsideBot.Turn(message, outcome, "en", Optional.of("some_intent"), Optional.of(confidence),
                intentFits);
    }

    private final List<OutsideBot.Turn> turns = List.of(
            turn("refund-timing", new BotOutcome.FaqAnswer("refund-timing"), 0.9, true),
            turn("refund-timing", new BotOutcome.FaqAnswer("return-policy"), 0.6, false),
            turn("warranty", new BotOutcome.HandedOff(), 0.3, false),
            turn("warranty", new BotOutcome.Clarifying(), 0.2, true),
            turn("oos", new BotOutcome.FaqAnswer("shipping-time"), 0.5, false),
            turn("oos", new BotOutcome.Other(), 0.1, true),
            turn("human", new BotOutcome.HandedOff(), 0.8, true),
            turn("human", new BotOutcome.FaqAnswer("contact-hours"), 0.45, false),
            turn("order_status", new BotOutcome.OrderLookup(), 0.7, true),
            turn("order_status", new BotOutcome.Other(), 0.35, false));

    @Test
    void givenFaqQuestions_whenCounted_thenOnlyTheExpectedEntryIsARightAnswer() {
        assertThat(OutsideReport.rightFaqAnswer(turns)).isEqualTo(new OutsideReport.Share(1, 4));
    }

    @Test
    void givenEveryLabel_whenCounted_thenConfidentlyWrongIsAWrongOrUnwantedFaqAnswerOverAllMessages() {
        // the wrong entry for a refund question, an FAQ answer to out-of-scope and one to a person request;
        // the handoff and the clarifying question for warranty questions are humble, not wrong
        assertThat(OutsideReport.confidentlyWrong(turns)).isEqualTo(new OutsideReport.Share(3, 10));
    }

    @Test
    void givenNonFaqLabels_whenCounted_thenEachTargetCountsItsOwnLabelOnly() {
        assertThat(OutsideReport.outOfScopeWithoutFaqAnswer(turns)).isEqualTo(new OutsideReport.Share(1, 2));
        assertThat(OutsideReport.personQueued(turns)).isEqualTo(new OutsideReport.Share(1, 2));
        assertThat(OutsideReport.orderLookedUp(turns)).isEqualTo(new OutsideReport.Share(1, 2));
    }

    @Test
    void givenAThreshold_whenTheCurveIsComputed_thenCoverageIsOverAllAndPrecisionOverTheCoveredOnly() {
        assertThat(OutsideReport.covered(turns, 0.5)).isEqualTo(new OutsideReport.Share(5, 10));
        assertThat(OutsideReport.precision(turns, 0.5)).isEqualTo(new OutsideReport.Share(3, 5));
        assertThat(OutsideReport.precision(turns, 0.0)).isEqualTo(new OutsideReport.Share(5, 10));
    }

    @Test
    void givenTheOperatingPoints_whenTheCurveIsPrinted_thenEachLanguagesRowIsMarkedInItsOwnColumns() {
        Map<Language, Double> points = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            points.put(language, 0.45);
        }
        points.put(Language.EN, 0.5);
        OutsideReport report = new OutsideReport(turns, points);

        // only English messages: the other languages' point is a row of the curve, but nobody's operating point
        assertThat(report.curve()).contains("| 0.40 |").contains("| 0.45 |")
                .contains("| **0.50** (today: en, all) | **50.0 %** | **60.0 %** |");
        assertThat(report.figures()).contains("| operating point (intent confidence ≥) | 0.50 | 0.50 |");
    }

    @Test
    void givenShares_whenPrinted_thenPercentWithCountsOrNotApplicable() {
        assertThat(new OutsideReport.Share(1, 3)).hasToString("33.3 % (1/3)");
        assertThat(new OutsideReport.Share(0, 0)).hasToString("n/a");
    }
}
