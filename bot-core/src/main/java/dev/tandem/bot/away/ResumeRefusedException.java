package dev.tandem.bot.away;

/** The link's code does not reopen the conversation: wrong, for another conversation, or too old. */
public final class ResumeRefusedException extends RuntimeException {

    public ResumeRefusedException() {
        super("this link does not open the conversation (any more); start a new chat, our team sees your earlier one");
    }
}
