package dev.tandem.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the load tool's shoppers write: a page language and a sequence of messages as a real shopper of the demo
 * shop would type them. Mostly FAQ questions (the held-out paraphrases of {@code demo-shop/eval}, worded
 * independently of the FAQ, so the bot sometimes asks back or hands off as it would in production), an order
 * status check with the demo order 100234 and its e-mail, small talk, and now and then a request for a person.
 * A message is never repeated inside one conversation: the bot would rightly read that as frustration.
 */
final class LoadTestShoppers {

    static final List<String> LANGUAGES = List.of("en", "ru", "uk", "pl");
    private static final String PARAPHRASES = "demo-shop/eval/faq-paraphrases.tsv";
    private static final String DEMO_ORDER = "100234";
    private static final String DEMO_EMAIL = "demo@example.com";
    /** Share of conversations that end handed off to a person. */
    private static final double HANDOFF_SHARE = 0.1;
    /** FAQ entries marked {@code handoff: always}: asking about them hands off, so only the handoff share does. */
    private static final Set<String> ALWAYS_HANDED_OFF = Set.of("damaged-item", "payment-failed");

    private static final Map<String, List<String>> GREETINGS = Map.of(
            "en", List.of("hi", "hello there", "good morning"),
            "ru", List.of("привет", "здравствуйте", "добрый день"),
            "uk", List.of("привіт", "добрий день", "вітаю"),
            "pl", List.of("cześć", "dzień dobry", "hej"));
    private static final Map<String, List<String>> SMALL_TALK = Map.of(
            "en", List.of("thanks", "ok thank you", "great, thanks a lot", "cheers"),
            "ru", List.of("спасибо", "понятно, спасибо", "благодарю", "отлично, спасибо"),
            "uk", List.of("дякую", "зрозуміло, дякую", "щиро дякую", "чудово, дякую"),
            "pl", List.of("dzięki", "dziękuję bardzo", "super, dzięki", "ok, dziękuję"));
    private static final Map<String, String> ORDER_QUESTION = Map.of(
            "en", "where is my order " + DEMO_ORDER,
            "ru", "где мой заказ " + DEMO_ORDER,
            "uk", "де моє замовлення " + DEMO_ORDER,
            "pl", "gdzie jest moje zamówienie " + DEMO_ORDER);
    private static final Map<String, String> PERSON = Map.of(
            "en", "I want to talk to a person",
            "ru", "хочу поговорить с оператором",
            "uk", "хочу поговорити з людиною",
            "pl", "chcę rozmawiać z konsultantem");

    /** Per language: per FAQ entry, the paraphrases that ask for it. */
    private final Map<String, Map<String, List<String>>> questions;
    /** Per language: what a shopper writes that ends with a person. */
    private final Map<String, List<String>> handoffs;

    private LoadTestShoppers(Map<String, Map<String, List<String>>> questions, Map<String, List<String>> handoffs) {
        this.questions = questions;
        this.handoffs = handoffs;
    }

    /** The shoppers of the bundled demo shop, with its held-out FAQ paraphrases. */
    static LoadTestShoppers demoShop() {
        Map<String, Map<String, List<String>>> questions = new HashMap<>();
        Map<String, List<String>> handoffs = new HashMap<>();
        PERSON.forEach((language, text) -> handoffs.computeIfAbsent(language, any -> new ArrayList<>()).add(text));
        try (InputStream in = LoadTestShoppers.class.getClassLoader().getResourceAsStream(PARAPHRASES)) {
            if (in == null) {
                throw new IllegalStateException(PARAPHRASES + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("lang\t") && !line.isBlank())
                    .map(line -> line.split("\t", 3))
                    .filter(columns -> columns.length == 3)
                    .forEach(columns -> {
                        if (ALWAYS_HANDED_OFF.contains(columns[1])) {
                            handoffs.computeIfAbsent(columns[0], any -> new ArrayList<>()).add(columns[2]);
                        } else {
                            questions.computeIfAbsent(columns[0], any -> new TreeMap<>())
                                    .computeIfAbsent(columns[1], any -> new ArrayList<>()).add(columns[2]);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String language : LANGUAGES) {
            if (questions.getOrDefault(language, Map.of()).isEmpty()) {
                throw new IllegalStateException(PARAPHRASES + " has no questions in " + language);
            }
        }
        return new LoadTestShoppers(questions, handoffs);
    }

    /** One shopper's conversation: the page language and {@code messages} messages, the same for the same seed. */
    Script script(long seed, int messages) {
        Random random = new Random(seed);
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        // One paraphrase per FAQ entry, in a random order.
        List<String> picked = new ArrayList<>();
        questions.get(language).values().forEach(asked -> picked.add(asked.get(random.nextInt(asked.size()))));
        List<String> faq = shuffled(picked, random);
        List<String> smallTalk = shuffled(SMALL_TALK.get(language), random);
        List<String> texts = new ArrayList<>(messages);
        texts.add(GREETINGS.get(language).get(random.nextInt(GREETINGS.get(language).size())));
        boolean handoff = random.nextDouble() < HANDOFF_SHARE;
        int room = handoff ? messages - 1 : messages;
        boolean orderAsked = false;
        int nextFaq = 0;
        int nextSmallTalk = 0;
        while (texts.size() < room) {
            double pick = random.nextDouble();
            if (pick < 0.15 && !orderAsked && texts.size() + 2 <= room) {
                texts.add(ORDER_QUESTION.get(language));
                texts.add(DEMO_EMAIL);
                orderAsked = true;
            } else if (pick < 0.30 && nextSmallTalk < smallTalk.size()) {
                texts.add(smallTalk.get(nextSmallTalk++));
            } else {
                // Past the last paraphrase a conversation starts over with "(2)" appended: still not a repeat.
                String question = faq.get(nextFaq % faq.size());
                texts.add(nextFaq < faq.size() ? question : question + " (" + (nextFaq / faq.size() + 1) + ")");
                nextFaq++;
            }
        }
        if (handoff) {
            texts.add(handoffs.get(language).get(random.nextInt(handoffs.get(language).size())));
        }
        return new Script(language, List.copyOf(texts.subList(0, messages)));
    }

    private static List<String> shuffled(List<String> texts, Random random) {
        List<String> copy = new ArrayList<>(texts);
        Collections.shuffle(copy, random);
        return copy;
    }

    record Script(String language, List<String> messages) {
    }
}
