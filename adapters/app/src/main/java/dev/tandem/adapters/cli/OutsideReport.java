package dev.tandem.adapters.cli;

import dev.tandem.intents.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of issue #19's targets over the turns of an outside set, per language and for all messages
 * together (definitions: {@code eval/outside/README.md}), and the precision/coverage curve over the intent
 * confidence recorded on the shopper's message, with each language's operating point (the intent confidence
 * the bot acts from in that language) marked.
 */
final class OutsideReport {

    /** The thresholds the curve is printed at, besides the operating points. */
    static final double[] THRESHOLDS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final List<OutsideBot.Turn> turns;
    private final Map<Language, Double> operatingPoints;
    private final List<String> columns = new ArrayList<>();
    private final List<List<OutsideBot.Turn>> groups = new ArrayList<>();
    /** The operating point of each column; none for "all" when the languages differ. */
    private final List<Optional<Double>> points = new ArrayList<>();

    /** @param operatingPoints the intent confidence the bot acts from, per language */
    OutsideReport(List<OutsideBot.Turn> turns, Map<Language, Double> operatingPoints) {
        this.turns = List.copyOf(turns);
        this.operatingPoints = Map.copyOf(operatingPoints);
        for (Language language : Language.values()) {
            List<OutsideBot.Turn> ofLanguage = turns.stream().filter(turn -> turn.message().language() == language).toList();
            if (!ofLanguage.isEmpty()) {
                columns.add(language.code());
                groups.add(ofLanguage);
                points.add(Optional.ofNullable(operatingPoints.get(language)));
            }
        }
        columns.add("all");
        groups.add(this.turns);
        List<Double> distinct = points.stream().flatMap(Optional::stream).distinct().toList();
        points.add(distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty());
    }

    /** A share with its counts; empty when nothing was counted. */
    record Share(int count, int of) {

        Optional<Double> percent() {
            return of == 0 ? Optional.empty() : Optional.of(100.0 * count / of);
        }

        @Override
        public String toString() {
            return percent().map(p -> String.format(Locale.ROOT, "%.1f %% (%d/%d)", p, count, of)).orElse("n/a");
        }
    }

    static Share rightFaqAnswer(List<OutsideBot.Turn> turns) {
        return handledAsLabelled(turns, OutsideMessage.Faq.class);
    }

    /** An FAQ answer it should not have given, over all messages: wrong entry, or any entry for a non-FAQ label. */
    static Share confidentlyWrong(List<OutsideBot.Turn> turns) {
        return share(turns, turn -> true, OutsideReport::confidentlyWrong);
    }

    static boolean confidentlyWrong(OutsideBot.Turn turn) {
        if (!(turn.outcome() instanceof BotOutcome.FaqAnswer answer)) {
            return false;
        }
        return !(turn.message().expected() instanceof OutsideMessage.Faq expected) || !expected.id().equals(answer.faqId());
    }

    static Share outOfScopeWithoutFaqAnswer(List<OutsideBot.Turn> turns) {
        return handledAsLabelled(turns, OutsideMessage.OutOfScope.class);
    }

    static Share personQueued(List<OutsideBot.Turn> turns) {
        return handledAsLabelled(turns, OutsideMessage.Person.class);
    }

    static Share orderLookedUp(List<OutsideBot.Turn> turns) {
        return handledAsLabelled(turns, OutsideMessage.OrderStatus.class);
    }

    static Share languageAsPage(List<OutsideBot.Turn> turns) {
        return share(turns, turn -> true, turn -> turn.detectedLanguage().equals(turn.message().language().code()));
    }

    /** At threshold t: messages whose intent confidence is ≥ t, and how many of those have the right intent. */
    static Share covered(List<OutsideBot.Turn> turns, double threshold) {
        return share(turns, turn -> true, turn -> turn.confidence().filter(c -> c >= threshold).isPresent());
    }

    static Share precision(List<OutsideBot.Turn> turns, double threshold) {
        return share(turns, turn -> turn.confidence().filter(c -> c >= threshold).isPresent(), OutsideBot.Turn::intentFits);
    }

    private static Share share(List<OutsideBot.Turn> turns, Predicate<OutsideBot.Turn> counted,
                               Predicate<OutsideBot.Turn> hit) {
        int of = 0;
        int count = 0;
        for (OutsideBot.Turn turn : turns) {
            if (counted.test(turn)) {
                of++;
                if (hit.test(turn)) {
                    count++;
                }
            }
        }
        return new Share(count, of);
    }

    /** Of the messages with this label, those the bot handled as labelled. */
    private static Share handledAsLabelled(List<OutsideBot.Turn> turns, Class<? extends OutsideMessage.Expected> label) {
        return share(turns, turn -> label.isInstance(turn.message().expected()), OutsideReport::handledAsLabelled);
    }

    /** The targets' figures, one column per language and one for all. */
    String figures() {
        StringBuilder table = header("figure");
        row(table, "messages", group -> Integer.toString(group.size()));
        row(table, "operating point (intent confidence ≥)", group -> pointOf(group)
                .map(point -> String.format(Locale.ROOT, "%.2f", point)).orElse("per language"));
        row(table, "right FAQ answer (target ≥ 85 %)", group -> rightFaqAnswer(group).toString());
        row(table, "confidently wrong, of all (target ≤ 3 %)", group -> confidentlyWrong(group).toString());
        row(table, "oos → no FAQ answer (target ≥ 95 %)", group -> outOfScopeWithoutFaqAnswer(group).toString());
        row(table, "human → queued in the same turn (target ≥ 98 %)", group -> personQueued(group).toString());
        row(table, "order_status → order lookup (target ≥ 95 %)", group -> orderLookedUp(group).toString());
        row(table, "language recorded = page language", group -> languageAsPage(group).toString());
        return table.toString();
    }

    /** What the FAQ-labelled messages got instead of their answer. */
    String faqOutcomes() {
        StringBuilder table = header("FAQ questions got");
        row(table, "the right answer", group -> rightFaqAnswer(group).toString());
        row(table, "another entry's answer", group -> faqQuestionsGot(group, OutsideReport::confidentlyWrong));
        row(table, "a clarifying question", group -> faqQuestionsGot(group,
                turn -> turn.outcome() instanceof BotOutcome.Clarifying));
        row(table, "a handoff", group -> faqQuestionsGot(group, turn -> turn.outcome() instanceof BotOutcome.HandedOff));
        row(table, "an order lookup", group -> faqQuestionsGot(group,
                turn -> turn.outcome() instanceof BotOutcome.OrderLookup));
        row(table, "something else", group -> faqQuestionsGot(group, turn -> turn.outcome() instanceof BotOutcome.Other));
        return table.toString();
    }

    private static String faqQuestionsGot(List<OutsideBot.Turn> group, Predicate<OutsideBot.Turn> got) {
        return share(group, turn -> turn.message().expected() instanceof OutsideMessage.Faq, got).toString();
    }

    /**
     * Coverage and precision of the recorded intent per confidence threshold; each language's operating point is
     * marked in bold in its own columns (and the row names the languages acting from it).
     */
    String curve() {
        StringBuilder table = new StringBuilder("| intent confidence ≥ |");
        StringBuilder rule = new StringBuilder("|---:|");
        for (String column : columns) {
            table.append(' ').append(column).append(" coverage | ").append(column).append(" precision |");
            rule.append("---:|---:|");
        }
        table.append('\n').append(rule).append('\n');
        List<Double> thresholds = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            thresholds.add(threshold);
        }
        operatingPoints.values().stream().filter(point -> !thresholds.contains(point)).distinct().forEach(thresholds::add);
        thresholds.sort(Double::compare);
        for (double threshold : thresholds) {
            List<String> actingHere = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (points.get(i).filter(point -> point == threshold).isPresent()) {
                    actingHere.add(columns.get(i));
                }
            }
            table.append(String.format(Locale.ROOT, actingHere.isEmpty() ? "| %.2f |" : "| **%.2f** (today: %s) |",
                    threshold, String.join(", ", actingHere)));
            for (int i = 0; i < groups.size(); i++) {
                String mark = actingHere.contains(columns.get(i)) ? "**" : "";
                table.append(' ').append(mark).append(percent(covered(groups.get(i), threshold))).append(mark)
                        .append(" | ").append(mark).append(percent(precision(groups.get(i), threshold))).append(mark)
                        .append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private Optional<Double> pointOf(List<OutsideBot.Turn> group) {
        return points.get(groups.indexOf(group));
    }

    /** Every message the bot did not handle as labelled: for reading the dev set's errors, never the test set's. */
    String misses() {
        StringBuilder table = new StringBuilder("| where | expected | got | intent (confidence) | lang | message |\n")
                .append("|---|---|---|---|---|---|\n");
        for (OutsideBot.Turn turn : turns) {
            if (!handledAsLabelled(turn)) {
                table.append("| ").append(turn.message().source().replaceFirst(".*/", "")).append(" | ")
                        .append(turn.message().expected().label()).append(" | ").append(turn.outcome().describe())
                        .append(" | ").append(turn.intent().orElse("–"))
                        .append(turn.confidence().map(c -> String.format(Locale.ROOT, " (%.2f)", c)).orElse(""))
                        .append(" | ").append(turn.detectedLanguage()).append(" | ")
                        .append(turn.message().text().replace("|", "\\|")).append(" |\n");
            }
        }
        return table.toString();
    }

    static boolean handledAsLabelled(OutsideBot.Turn turn) {
        OutsideMessage.Expected expected = turn.message().expected();
        if (expected instanceof OutsideMessage.Faq entry) {
            return turn.outcome() instanceof BotOutcome.FaqAnswer answer && answer.faqId().equals(entry.id());
        }
        if (expected instanceof OutsideMessage.OrderStatus) {
            return turn.outcome() instanceof BotOutcome.OrderLookup;
        }
        if (expected instanceof OutsideMessage.Person) {
            return turn.outcome() instanceof BotOutcome.HandedOff;
        }
        return !(turn.outcome() instanceof BotOutcome.FaqAnswer);
    }

    private StringBuilder header(String first) {
        StringBuilder table = new StringBuilder("| ").append(first).append(" |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String column : columns) {
            table.append(' ').append(column).append(" |");
            rule.append("---:|");
        }
        return table.append('\n').append(rule).append('\n');
    }

    private void row(StringBuilder table, String name, Function<List<OutsideBot.Turn>, String> cell) {
        table.append("| ").append(name).append(" |");
        for (List<OutsideBot.Turn> group : groups) {
            table.append(' ').append(cell.apply(group)).append(" |");
        }
        table.append('\n');
    }

    private static String percent(Share share) {
        return share.percent().map(p -> String.format(Locale.ROOT, "%.1f %%", p)).orElse("–");
    }
}
