package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The loop must allow exactly what Spring Security's own header rule allows, nothing more. */
class HeaderCharactersTest {

    private static final List<String> HEADERS = List.of("Content-Type", "application/json; charset=utf-8",
            "Bearer 3f9c0e2a-7b1d-4c55-9a0e-51c6e0f7d111", "uk-UA,uk;q=0.9,ru;q=0.8,pl;q=0.7,en;q=0.6",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
            "Zażółć gęślą jaźń", "Де моя посилка?", "где мой заказ", "📦 🚚", "", "a\tb", "a\nb", "a\rb", "a\u0000b",
            "a\u007Fb", "a\u0085b", "a\u009Fb", "a\u00A0b", "a\u0378b", "a\uD83D\uDCE6b", "a\uD83Db", "a\uDCE6b",
            "a\uFFFFb", "a\u200Bb", "a\uE000b", "x\u001Bx", "\u0010");

    @Test
    void givenTypicalAndHostileHeaders_whenChecked_thenTheLoopAgreesWithTheFirewallsRegularExpression() {
        assertThat(HeaderCharacters.allowedValue(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null));
        assertThat(HeaderCharacters.allowedName(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(null));
        for (String header : HEADERS) {
            assertThat(HeaderCharacters.allowedName(header)).as("name %s", escaped(header))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(header));
            assertThat(HeaderCharacters.allowedValue(header)).as("value %s", escaped(header))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(header));
        }
    }

    @Test
    void givenRandomTextOverTheWholeCharacterRange_whenChecked_thenTheLoopAgreesWithTheFirewallsRegularExpression() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> disagreements = new ArrayList<>();
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(1, 6); length > 0; length--) {
                // Half ASCII and Latin-1 (where the controls are), half anywhere up to the last plane.
                int point = random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x110000);
                text.appendCodePoint(point);
            }
            String header = text.toString();
            if (HeaderCharacters.allowedValue(header) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(header)
                    || HeaderCharacters.allowedName(header) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(header)) {
                disagreements.add(escaped(header));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(point -> out.append(point < 0x20 || point > 0x7E ? String.format("\\u{%X}", point)
                : Character.toString(point)));
        return out.toString();
    }
}
