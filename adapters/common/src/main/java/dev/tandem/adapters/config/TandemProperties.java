package dev.tandem.adapters.config;

import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.intents.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.*} settings (DESIGN.md, runtime properties).
 *
 * @param dataDir    where the H2 database and model caches live
 * @param contentDir FAQ and intents; unset means the demo shop bundled in the jar
 * @param users      agent, editor and admin accounts; none means a generated one-time admin
 * @param dialogue   the bot's confidence thresholds
 * @param contentReload watch the content directory and reload on changes
 * @param queue      how the agent queue orders chats and estimates waits
 * @param hours      when agents work; none configured means always
 * @param rateLimit  how much one client address and one conversation may send
 * @param retention  delete transcripts this long after their last activity; {@code 0d} keeps them for ever
 */
@ConfigurationProperties("tandem")
public record TandemProperties(
        @DefaultValue("./data") Path dataDir,
        Path contentDir,
        @DefaultValue List<User> users,
        @DefaultValue Dialogue dialogue,
        @DefaultValue("true") boolean contentReload,
        @DefaultValue Queue queue,
        @DefaultValue Hours hours,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("0d") Duration retention) {

    /**
     * @param password {@code {bcrypt}…} or {@code {noop}…}
     * @param roles    AGENT, EDITOR, ADMIN
     * @param languages the languages an agent takes chats in (en, ru, uk, pl); none means all
     * @param capacity how many chats an agent handles at once
     * @param displayName how shoppers see an agent ("Anna"); none means the sign-in name
     * @param avatarUrl an https address of the agent's picture, optional
     */
    public record User(String name, String password, @DefaultValue List<String> roles,
                       @DefaultValue List<String> languages, @DefaultValue("3") int capacity, String displayName,
                       String avatarUrl) {
    }

    /**
     * The bot's thresholds; {@code languages.<code>.*} overrides any of the first three for one language
     * (en, ru, uk, pl), the rest of that language's thresholds staying the shop-wide ones.
     */
    public record Dialogue(@DefaultValue("0.40") double intentConfidence,
                           @DefaultValue("0.0") double intentMargin,
                           @DefaultValue("0.35") double humanRequestConfidence,
                           @DefaultValue("0.65") double faqSearchScore,
                           @DefaultValue("0.5") double languageSwitchConfidence,
                           @DefaultValue Map<String, LanguageThresholds> languages) {

        public DialogueSettings settings() {
            DialogueSettings.Thresholds shopWide = new DialogueSettings.Thresholds(intentConfidence, intentMargin,
                    humanRequestConfidence, faqSearchScore);
            Map<Language, DialogueSettings.Thresholds> byLanguage = new EnumMap<>(Language.class);
            languages.forEach((code, own) -> byLanguage.put(
                    Language.fromCode(code).filter(language -> language.code().equals(code)).orElseThrow(() ->
                            new IllegalArgumentException("tandem.dialogue.languages." + code
                                    + ": unknown language; use one of en, ru, uk, pl")),
                    own.over(shopWide)));
            return new DialogueSettings(shopWide, byLanguage, languageSwitchConfidence);
        }
    }

    /** One language's own thresholds; an unset one is the shop-wide value. */
    public record LanguageThresholds(Double intentConfidence, Double intentMargin, Double humanRequestConfidence,
                                     Double faqSearchScore) {

        DialogueSettings.Thresholds over(DialogueSettings.Thresholds shopWide) {
            return new DialogueSettings.Thresholds(
                    intentConfidence == null ? shopWide.intentConfidence() : intentConfidence,
                    intentMargin == null ? shopWide.intentMargin() : intentMargin,
                    humanRequestConfidence == null ? shopWide.humanRequestConfidence() : humanRequestConfidence,
                    faqSearchScore == null ? shopWide.faqSearchScore() : faqSearchScore);
        }
    }

    /**
     * @param ageingStep        a waiting chat gains a priority point per step (e-mail is not starved by chat)
     * @param defaultHandleTime assumed handle time until agents have resolved chats
     * @param defaultPickupTime assumed pick-up time while agents have free places, until measured
     * @param offlineGrace      how long an agent may be offline before their chats return to the queue
     * @param averagedChats     how many recent chats the moving averages cover
     * @param maxPerClient      waiting chats one client address may have handed off (web chat); more get "leave your e-mail";
     *                          off with {@code tandem.rate-limit.per-ip=false}
     * @param ceiling           waiting chats in all; past it, new handoffs get "leave your e-mail" instead of a place in line
     */
    public record Queue(@DefaultValue("1m") Duration ageingStep,
                        @DefaultValue("5m") Duration defaultHandleTime,
                        @DefaultValue("30s") Duration defaultPickupTime,
                        @DefaultValue("2m") Duration offlineGrace,
                        @DefaultValue("50") int averagedChats,
                        @DefaultValue("5") int maxPerClient,
                        @DefaultValue("1000") int ceiling) {
    }

    /**
     * @param zone     the shop's time zone, e.g. Europe/Warsaw
     * @param week     opening times per weekday ({@code monday: "09:00-18:00"}, several ranges comma-separated);
     *                 a day left out is closed; no days at all means always open
     * @param holidays dates the team does not work
     */
    public record Hours(@DefaultValue("UTC") String zone, @DefaultValue Map<String, String> week,
                        @DefaultValue List<LocalDate> holidays) {
    }

    /**
     * @param perIp                         {@code false} turns the per-client-address limits off (load tests,
     *                                      evaluation from one address); per-conversation limits stay on
     * @param conversationMessagesPerMinute messages one conversation may send per minute
     * @param ipMessagesPerMinute           messages one client address may send per minute, over all its conversations
     * @param ipConversationsPerMinute      conversations one client address may open per minute
     */
    public record RateLimit(@DefaultValue("true") boolean perIp,
                            @DefaultValue("30") int conversationMessagesPerMinute,
                            @DefaultValue("120") int ipMessagesPerMinute,
                            @DefaultValue("20") int ipConversationsPerMinute) {
    }
}
