package dev.tandem.bot.team;

/** Whether an agent takes chats now: only ONLINE agents get new chats and count for the wait estimate. */
public enum Presence {
    ONLINE,
    /** Signed in, keeps their chats, takes no new ones. */
    AWAY,
    OFFLINE
}
