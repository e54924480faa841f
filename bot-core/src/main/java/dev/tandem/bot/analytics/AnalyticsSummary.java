package dev.tandem.bot.analytics;

import dev.tandem.bot.privacy.PersonalDataMasking;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the bot and the team did since a moment: what the shop's owner and editors look at.
 *
 * @param conversations      conversations in which the shopper wrote at least once
 * @param handedOff          of those, how many went to the agent queue at least once
 * @param handoffsByReason   handoffs counted by reason
 * @param csatBot            ratings of chats the bot handled alone
 * @param csatAgent          ratings of chats an agent resolved
 * @param averageWaitSeconds from handoff to an agent's claim
 * @param averageHandleSeconds from claim to resolve
 * @param busiestHours       shopper messages per hour of day (UTC), busiest first
 * @param unanswered         questions the bot could not answer, most frequent first: what to write next
 * @param helpfulVotes       answers rated helpful / unhelpful
 * @param byDay              per day (UTC): conversations and how many were handed off, oldest first
 * @param weekdayHours       shopper messages per ISO weekday (1 Monday … 7 Sunday) and hour (UTC)
 * @param byLanguage         conversations and handoffs per conversation language
 * @param byChannel          conversations and handoffs per channel
 */
public record AnalyticsSummary(
        Instant since,
        long conversations,
        long handedOff,
        Map<String, Long> handoffsByReason,
        Csat csatBot,
        Csat csatAgent,
        Optional<Double> averageWaitSeconds,
        Optional<Double> averageHandleSeconds,
        List<HourCount> busiestHours,
        List<Question> unanswered,
        Votes helpfulVotes,
        List<DayCount> byDay,
        List<WeekdayHour> weekdayHours,
        List<Split> byLanguage,
        List<Split> byChannel) {

    /** Share of conversations the bot resolved without a person; 0 when there were none. */
    public double containmentRate() {
        return conversations == 0 ? 0 : (double) (conversations - handedOff) / conversations;
    }

    /** @param average empty without ratings */
    public record Csat(long ratings, Optional<Double> average) {
    }

    public record HourCount(int hour, long messages) {
    }

    /** An unanswered question as editors see it: contact details and card numbers masked, even in old records. */
    public record Question(String language, String text, long count) {

        public Question {
            text = PersonalDataMasking.mask(text);
        }
    }

    public record Votes(long helpful, long unhelpful) {
    }

    public record DayCount(java.time.LocalDate day, long conversations, long handedOff) {
    }

    public record WeekdayHour(int weekday, int hour, long messages) {
    }

    /** One language's or channel's share: {@code handedOff} of {@code conversations} went to a person. */
    public record Split(String key, long conversations, long handedOff) {
    }
}
