package dev.tandem.bot.learning;

import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.learning.port.LearningStore;
import dev.tandem.kb.FaqEntry;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * The learning loop over a bounded window, so a request never asks the database to scan forever. Everything a
 * shopper wrote is masked ({@link ShopperWordsMasking}) before it leaves this class.
 */
public final class LearningLoopService implements LearningLoop {

    /** The newest items of a period that are listed; an editor works through the frequent ones first anyway. */
    static final int ITEMS_READ = 2000;
    static final int AGENT_ANSWERS_READ = 200;

    private final LearningStore store;
    private final Supplier<ShopKnowledge> knowledge;
    private final Clock clock;

    public LearningLoopService(LearningStore store, Supplier<ShopKnowledge> knowledge, Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @Override
    public Mono<LearningQueue> queue(int days, StateFilter filter) {
        if (days < 1 || days > MAX_DAYS) {
            return Mono.error(new IllegalArgumentException("days must be from 1 to " + MAX_DAYS));
        }
        java.time.Instant since = clock.instant().minus(Duration.ofDays(days));
        Mono<List<LearningStore.Unanswered>> unanswered = store.unanswered(since, ITEMS_READ).collectList();
        Mono<List<LearningStore.ResolvedChat>> resolved = store.resolvedChats(since, AGENT_ANSWERS_READ).collectList();
        return Mono.zip(unanswered, resolved).map(both -> {
            ShopKnowledge shop = knowledge.get();
            List<AgentAnswer> answers = both.getT2().stream().flatMap(chat -> agentAnswer(chat, shop).stream()).toList();
            Map<String, Long> totals = new LinkedHashMap<>();
            totals.put("open", 0L);
            totals.put("closed", 0L);
            totals.put("dismissed", 0L);
            both.getT1().forEach(item -> totals.merge(item.state().code(), 1L, Long::sum));
            answers.forEach(answer -> totals.merge(answer.state().code(), 1L, Long::sum));
            List<LearningStore.Unanswered> listed = both.getT1().stream().filter(item -> filter.admits(item.state())).toList();
            return new LearningQueue(byIntent(listed, shop),
                    answers.stream().filter(answer -> filter.admits(answer.state())).toList(), totals);
        });
    }

    @Override
    public Mono<Void> decide(Collection<Long> items, ItemState decision) {
        if (items.isEmpty()) {
            return Mono.error(new IllegalArgumentException("name at least one item"));
        }
        List<Long> distinct = items.stream().distinct().toList();
        return store.countItems(distinct).flatMap(found -> found == distinct.size() ? store.decide(distinct, decision)
                : Mono.error(new LearningItemNotFoundException("no learning item with some of the ids " + distinct)));
    }

    @Override
    public Mono<List<WeekProgress>> progress(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            return Mono.error(new IllegalArgumentException("weeks must be from 1 to " + MAX_WEEKS));
        }
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        return store.dailyCounts(first.atStartOfDay(ZoneOffset.UTC).toInstant()).map(days -> {
            Map<LocalDate, long[]> byWeek = new TreeMap<>();
            for (int week = 0; week < weeks; week++) {
                byWeek.put(first.plusWeeks(week), new long[4]);
            }
            for (LearningStore.DayCounts day : days) {
                long[] sums = byWeek.get(day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                if (sums != null) {
                    sums[0] += day.questions();
                    sums[1] += day.unanswered();
                    sums[2] += day.closed();
                    sums[3] += day.dismissed();
                }
            }
            return byWeek.entrySet().stream().map(week -> new WeekProgress(week.getKey(), week.getValue()[0],
                    week.getValue()[1], week.getValue()[2], week.getValue()[3])).toList();
        });
    }

    private static List<IntentGroup> byIntent(List<LearningStore.Unanswered> items, ShopKnowledge shop) {
        Map<Optional<String>, List<LearningStore.Unanswered>> byIntent = items.stream()
                .collect(Collectors.groupingBy(item -> guessedIntent(item, shop), LinkedHashMap::new, Collectors.toList()));
        return byIntent.entrySet().stream()
                .map(group -> new IntentGroup(group.getKey(), group.getValue().size(), byWording(group.getValue())))
                .sorted(Comparator.comparingLong(IntentGroup::count).reversed()
                        .thenComparing(group -> group.suggestedIntent().orElse("~")))
                .toList();
    }

    /**
     * What the bot took the question for: the intent recorded on the shopper's message, or, for a question whose
     * answer was voted unhelpful, the intent of that answer (the message recorded then is the vote).
     */
    private static Optional<String> guessedIntent(LearningStore.Unanswered item, ShopKnowledge shop) {
        String language = languageOf(item.detail());
        Optional<String> voted = item.votedFaqId().filter(id -> !id.isBlank())
                .flatMap(id -> shop.faq().entry(language, id)).flatMap(FaqEntry::intent);
        return voted.isPresent() ? voted : item.intent().filter(intent -> shop.actionOf(intent).isPresent());
    }

    private static List<QuestionGroup> byWording(List<LearningStore.Unanswered> items) {
        Map<String, List<LearningStore.Unanswered>> alike = items.stream().collect(Collectors.groupingBy(
                item -> languageOf(item.detail()) + '\u0000' + similarityKey(questionOf(item.detail())),
                LinkedHashMap::new, Collectors.toList()));
        List<QuestionGroup> groups = new ArrayList<>();
        for (List<LearningStore.Unanswered> group : alike.values()) {
            Map<String, Long> wordings = group.stream().collect(Collectors.groupingBy(
                    item -> ShopperWordsMasking.forEditors(questionOf(item.detail())), LinkedHashMap::new,
                    Collectors.counting()));
            List<Wording> sorted = wordings.entrySet().stream().map(w -> new Wording(w.getKey(), w.getValue()))
                    .sorted(Comparator.comparingLong(Wording::count).reversed()).toList();
            groups.add(new QuestionGroup(languageOf(group.get(0).detail()), sorted, group.size(),
                    group.stream().filter(LearningStore.Unanswered::handedOff).count(),
                    group.stream().map(LearningStore.Unanswered::id).toList(),
                    group.stream().map(LearningStore.Unanswered::at).max(Comparator.naturalOrder()).orElseThrow()));
        }
        groups.sort(Comparator.comparingLong(QuestionGroup::count).reversed()
                .thenComparing(QuestionGroup::lastAsked, Comparator.reverseOrder()));
        return groups;
    }

    private static Optional<AgentAnswer> agentAnswer(LearningStore.ResolvedChat chat, ShopKnowledge shop) {
        return AnswerPairing.in(chat.lines()).map(pair -> {
            String question = ShopperWordsMasking.forEditors(pair.question());
            String reply = ShopperWordsMasking.forEditors(pair.reply());
            AgentAnswer.Offer offer = InsertedFaq.in(pair.reply(), chat.language(), shop.faq())
                    .<AgentAnswer.Offer>map(entry -> new AgentAnswer.ExampleForFaq(entry.id(), entry.title(), entry.intent()))
                    .orElseGet(() -> new AgentAnswer.DraftFaq(question, question, reply));
            return new AgentAnswer(chat.id(), chat.language(), question, reply, chat.agent(), offer,
                    chat.conversationId(), chat.at(), chat.state());
        });
    }

    /** The same key the editor page groups by: lower case, NFKC, anything but letters and digits as one space. */
    static String similarityKey(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Unanswered questions are logged as {@code lang:text}. */
    private static String languageOf(String detail) {
        int colon = detail.indexOf(':');
        return colon < 0 ? "" : detail.substring(0, colon);
    }

    private static String questionOf(String detail) {
        int colon = detail.indexOf(':');
        return colon < 0 ? detail : detail.substring(colon + 1);
    }
}
