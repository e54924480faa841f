package dev.tandem.adapters.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.security.*} settings.
 *
 * @param frameAncestors who may show the chat widget's files and the demo page in a frame: a CSP
 *                       {@code frame-ancestors} source list, e.g. {@code 'self' https://shop.example.com};
 *                       the staff pages can never be framed
 * @param loginThrottle  how many failed sign-ins are tolerated before an account or an address must wait
 */
@ConfigurationProperties("tandem.security")
public record SecurityProperties(@DefaultValue("'self'") String frameAncestors,
                                 @DefaultValue LoginThrottle loginThrottle) {

    public SecurityProperties {
        if (frameAncestors.isBlank() || frameAncestors.contains(";") || frameAncestors.contains(",")
                || frameAncestors.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("tandem.security.frame-ancestors must be a space-separated CSP source list"
                    + " such as 'self' https://shop.example.com, was: " + frameAncestors);
        }
    }

    /**
     * @param failuresPerUser    failed sign-ins one user name may have in {@code window} before it must wait
     * @param failuresPerAddress failed sign-ins one client address may have in {@code window}, over all names
     * @param window             how long it takes to earn all tries back (one comes back every window / failures)
     */
    public record LoginThrottle(@DefaultValue("5") int failuresPerUser,
                                @DefaultValue("20") int failuresPerAddress,
                                @DefaultValue("15m") Duration window) {
    }
}
