package dev.tandem.bot.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment card numbers typed into a chat ("my card 4111 1111 1111 1111 was charged twice") are masked before
 * anything is stored, classified, logged or shown to an agent: only the last four digits stay, which is what an
 * agent needs to tell cards apart.
 *
 * <p>Digits are read after Unicode NFKC (full-width {@code ４}, superscripts) and any characters that are neither
 * letters nor digits separate them (spaces of every kind, zero-width ones, dots, slashes, dashes, bullets), so a
 * <em>run</em> is digits and separators up to the next letter. In a run, every stretch of 13–19 digits that starts
 * where a group of digits starts, begins like a card (Visa, Mastercard and Mir, Amex, Diners, JCB, Maestro,
 * Discover, UnionPay) and passes the Luhn check is masked, together with up to 10 digits that follow it in the
 * run (the expiry date and security code). Left alone, because a card never looks like them: a group of more
 * than 19 digits without a separator (InPost's 24-digit parcels), the digits after a {@code +} (a phone number),
 * Nova Poshta's parcels (20…, 59…), order numbers, amounts and dates.
 */
public final class CardNumbers {

    private static final int SHORTEST = 13;
    private static final int LONGEST = 19;
    /** "12/27 123", "12/2027 1234": what shoppers type after the number. */
    private static final int EXPIRY_AND_CODE = 10;
    /** Which window to prefer when several pass inside one group: the common card lengths first. */
    private static final int[] INSIDE_A_GROUP = {16, 15, 14, 13, 19, 18, 17};

    private CardNumbers() {
    }

    public static String masked(String text) {
        if (text == null || !mayHoldACard(text)) {
            return text;
        }
        List<Masked> masks = new ArrayList<>();
        for (List<Digit> run : runs(text)) {
            masks.addAll(cardsIn(run));
        }
        if (masks.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Masked mask : masks) {
            out.append(text, copied, mask.start()).append("[card •••• ").append(mask.lastFour()).append(']');
            copied = mask.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Plain ASCII with fewer than 13 digits cannot hold a card: most texts and log lines end here. */
    private static boolean mayHoldACard(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || (c >= '0' && c <= '9' && ++digits >= SHORTEST)) {
                return true;
            }
        }
        return false;
    }

    /** A digit of the text: its value, where it is, and whether it begins a group a card may begin with. */
    private record Digit(int value, int start, int end, boolean groupStart, boolean mayBeginCard) {
    }

    private record Masked(int start, int end, String lastFour) {
    }

    private enum Kind { DIGITS, SEPARATOR, PLUS, WORD }

    private static List<List<Digit>> runs(String text) {
        List<List<Digit>> runs = new ArrayList<>();
        List<Digit> run = new ArrayList<>();
        List<Digit> group = new ArrayList<>();
        boolean afterPlus = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String compatible = plain(codePoint) ? null
                    : Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
            Kind kind = compatible == null ? plainKind(codePoint) : kindOf(compatible);
            if (kind == Kind.DIGITS) {
                int[] values = compatible == null ? new int[] {Character.digit(codePoint, 10)}
                        : compatible.chars().map(c -> c - '0').toArray();
                for (int value : values) {
                    boolean groupStart = group.isEmpty();
                    group.add(new Digit(value, i, next, groupStart, !(groupStart && afterPlus)));
                }
            } else {
                endGroup(group, run, runs);
                if (kind != Kind.SEPARATOR) {
                    endRun(run, runs);
                }
                afterPlus = kind == Kind.PLUS;
            }
            i = next;
        }
        endGroup(group, run, runs);
        endRun(run, runs);
        return runs;
    }

    /** A group longer than any card is a parcel or account number: it ends the run like a word does. */
    private static void endGroup(List<Digit> group, List<Digit> run, List<List<Digit>> runs) {
        if (group.size() > LONGEST) {
            endRun(run, runs);
        } else {
            run.addAll(group);
        }
        group.clear();
    }

    private static void endRun(List<Digit> run, List<List<Digit>> runs) {
        if (run.size() >= SHORTEST) {
            runs.add(new ArrayList<>(run));
        }
        run.clear();
    }

    /** ASCII, letters and decimal digits of any script: NFKC would not change what they are. */
    private static boolean plain(int codePoint) {
        return codePoint < 0x80 || Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    private static Kind plainKind(int codePoint) {
        if (Character.isDigit(codePoint)) {
            return Kind.DIGITS;
        }
        if (codePoint == '+') {
            return Kind.PLUS;
        }
        return Character.isLetter(codePoint) ? Kind.WORD : Kind.SEPARATOR;
    }

    /** Any other character, by what Unicode NFKC makes of it (superscript digits, the full-width plus, spaces). */
    private static Kind kindOf(String normalized) {
        if (!normalized.isEmpty() && normalized.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Kind.DIGITS;
        }
        if (normalized.equals("+")) {
            return Kind.PLUS;
        }
        return normalized.codePoints().anyMatch(Character::isLetterOrDigit) ? Kind.WORD : Kind.SEPARATOR;
    }

    private static List<Masked> cardsIn(List<Digit> run) {
        List<Masked> cards = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int length = run.get(i).mayBeginCard() && run.get(i).groupStart() ? cardLengthAt(run, i) : 0;
            if (length == 0) {
                i++;
                continue;
            }
            int end = withExpiryAndCode(run, i + length);
            StringBuilder lastFour = new StringBuilder(4);
            for (int k = i + length - 4; k < i + length; k++) {
                lastFour.append(run.get(k).value());
            }
            cards.add(new Masked(run.get(i).start(), run.get(end - 1).end(), lastFour.toString()));
            i = end;
        }
        return cards;
    }

    /** The card's length from digit {@code from}, or 0: the longest one ending with a group, else a common one. */
    private static int cardLengthAt(List<Digit> run, int from) {
        if (run.size() - from < SHORTEST || !beginsLikeACard(run, from)) {
            return 0;
        }
        for (int length = Math.min(LONGEST, run.size() - from); length >= SHORTEST; length--) {
            int end = from + length;
            if ((end == run.size() || run.get(end).groupStart()) && luhn(run, from, end)) {
                return length;
            }
        }
        for (int length : INSIDE_A_GROUP) {
            if (from + length <= run.size() && luhn(run, from, from + length)) {
                return length;
            }
        }
        return 0;
    }

    /** Card numbers' first digits: 4; 50–58; 22–27; 30, 34–39; 6. Not 20 or 59 (Nova Poshta's parcels). */
    private static boolean beginsLikeACard(List<Digit> run, int from) {
        int first = run.get(from).value();
        int second = run.get(from + 1).value();
        return switch (first) {
            case 4, 6 -> true;
            case 5 -> second <= 8;
            case 2 -> second >= 2 && second <= 7;
            case 3 -> second == 0 || second >= 4;
            default -> false;
        };
    }

    /** The rest of the card's group, then whole groups while they add up to at most 10 digits. */
    private static int withExpiryAndCode(List<Digit> run, int end) {
        int taken = 0;
        while (end < run.size() && !run.get(end).groupStart()) {
            end++;
            taken++;
        }
        while (end < run.size()) {
            int group = 1;
            while (end + group < run.size() && !run.get(end + group).groupStart()) {
                group++;
            }
            if (taken + group > EXPIRY_AND_CODE) {
                break;
            }
            taken += group;
            end += group;
        }
        return end;
    }

    private static boolean luhn(List<Digit> run, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int i = to - 1; i >= from; i--) {
            int digit = run.get(i).value();
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
