package dev.tandem.adapters.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates the input an attacker, a broken client or a broken editor produces: any Unicode (unpaired
 * surrogates, control and format characters, right-to-left marks), bytes that are not UTF-8, deep nesting,
 * and garbage spliced into real data. Seeded: a failure names its seed, and {@code -Dtandem.hostile.seed=<seed>}
 * replays exactly that run.
 */
public final class HostileInput {

    private static final String SPECIAL = "\u0000\u0001\u0007\b\t\n\r\u000b\u000c\u001b\u007f\u0085\u00a0\u200b\u200e"
            + "\u202e\u2028\u2029\ufeff\ufffd\ufffe\uffff:-[]{}#&*!|>'\"%@`?,\\/<>$;=";
    private static final String[] WORDS = {"where is my order", "замовлення", "заказ", "zamówienie", "<script>alert(1)</script>",
        "' OR 1=1 --", "${jndi:ldap://x}", "%s%n%x", "../../etc/passwd", "4111 1111 1111 1111", "null", "true", "1e309",
        "-0", "NaN", "\"", "{", "}", "[", "]", "😀👍🏽", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﷺ", "Z̷̢̛a̶l̸g̵o̴"};

    private final long seed;
    private final Random random;

    private HostileInput(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator with the seed from {@code tandem.hostile.seed}, or a new random one. */
    public static HostileInput create() {
        String fixed = System.getProperty("tandem.hostile.seed");
        return new HostileInput(fixed == null ? new Random().nextLong() : Long.parseLong(fixed));
    }

    public long seed() {
        return seed;
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public <T> T oneOf(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Text of up to {@code maxLength} chars in one of several flavours, from plain words to raw surrogates. */
    public String text(int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        int flavour = random.nextInt(5);
        while (text.length() < length) {
            switch (flavour) {
                case 0 -> text.appendCodePoint(anyCodePoint());
                case 1 -> text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 2 -> text.append((char) random.nextInt(0x10000));
                case 3 -> text.append(oneOf(WORDS)).append(' ');
                default -> text.append(random.nextBoolean() ? oneOf(WORDS)
                        : String.valueOf(SPECIAL.charAt(random.nextInt(SPECIAL.length()))));
            }
        }
        return text.length() > length ? text.substring(0, length) : text.toString();
    }

    /** Bytes that are often not valid UTF-8: lone continuation bytes, overlong forms, truncated sequences. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[between(0, maxLength)];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
            return bytes;
        }
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xff}, {(byte) 0xfe}, {0}};
        int i = 0;
        while (i < bytes.length) {
            byte[] piece = random.nextInt(3) == 0 ? oneOf(bad) : text(8).getBytes(StandardCharsets.UTF_8);
            for (int j = 0; j < piece.length && i < bytes.length; j++) {
                bytes[i++] = piece[j];
            }
        }
        return bytes;
    }

    /** {@code bytes} with a random stretch replaced by garbage: a real file or request, slightly broken. */
    public byte[] splice(byte[] original) {
        int at = between(0, original.length);
        int end = Math.min(original.length, at + between(0, 40));
        byte[] garbage = random.nextBoolean() ? bytes(40) : text(40).getBytes(StandardCharsets.UTF_8);
        byte[] spliced = new byte[at + garbage.length + original.length - end];
        System.arraycopy(original, 0, spliced, 0, at);
        System.arraycopy(garbage, 0, spliced, at, garbage.length);
        System.arraycopy(original, end, spliced, at + garbage.length, original.length - end);
        return spliced;
    }

    /** JSON nested {@code depth} deep, as arrays or objects. */
    public String nestedJson(int depth) {
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"text\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
    }

    /** A JSON string literal of {@code text}, escaped the way a client would (so any code point gets through). */
    public static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private int anyCodePoint() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x80);
            case 1 -> 0x80 + random.nextInt(0x780);
            case 2 -> 0x800 + random.nextInt(0xd800 - 0x800);
            default -> 0x10000 + random.nextInt(0x10ffff - 0x10000);
        };
    }
}
