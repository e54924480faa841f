package dev.tandem.bot.queue;

import java.time.Duration;

/**
 * How the queue orders and estimates; configuration.
 *
 * @param ageingStep         a waiting conversation gains one priority point per step, so e-mail is not starved
 * @param defaultHandleTime  the handle time assumed until agents have resolved some chats
 * @param defaultPickupTime  the time to pick up a chat when an agent is free, until measured
 * @param offlineGrace       how long an agent may be gone before their chats return to the queue
 * @param averagedChats      how many recent chats the moving averages cover
 */
public record QueueSettings(Duration ageingStep, Duration defaultHandleTime, Duration defaultPickupTime,
                            Duration offlineGrace, int averagedChats) {

    public static QueueSettings defaults() {
        return new QueueSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(30),
                Duration.ofMinutes(2), 50);
    }
}
