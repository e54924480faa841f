package dev.tandem.adapters.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.security.*} settings.
 *
 * @param frameAncestors who may show the chat widget's files and the demo page in a frame: a CSP
 *                       {@code frame-ancestors} source list, e.g. {@code 'self' https://shop.example.com};
 *                       the staff pages can never be framed
 * @param loginThrottle  how many failed sign-ins are tolerated before an account or an address must wait
 * @param allowedOrigins origins besides the server's own whose pages may open the staff WebSockets (the agent
 *                       stream), e.g. {@code https://support.example.com} when a proxy changes the public address
 */
@ConfigurationProperties("tandem.security")
public record SecurityProperties(@DefaultValue("'self'") String frameAncestors,
                                 @DefaultValue LoginThrottle loginThrottle,
                                 @DefaultValue List<String> allowedOrigins) {

    public SecurityProperties {
        if (frameAncestors.isBlank() || frameAncestors.contains(";") || frameAncestors.contains(",")
                || frameAncestors.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("tandem.security.frame-ancestors must be a space-separated CSP source list"
                    + " such as 'self' https://shop.example.com, was: " + frameAncestors);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedOrigins.forEach(SecurityProperties::requireOrigin);
    }

    /** An origin is a scheme, a host and maybe a port: nothing else, and never a wildcard. */
    private static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            uri = null;
        }
        boolean valid = uri != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty()
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!valid) {
            throw new IllegalArgumentException("tandem.security.allowed-origins must list origins such as"
                    + " https://support.example.com (scheme, host, optional port; no path, no *), was: " + origin);
        }
    }

    /**
     * @param failuresPerUser    failed sign-ins one user name may have from one client address in {@code window}
     *                           before it must wait there
     * @param failuresPerAddress failed sign-ins one client address may have in {@code window}, over all names
     * @param window             how long it takes to earn all tries back (one comes back every window / failures)
     */
    public record LoginThrottle(@DefaultValue("5") int failuresPerUser,
                                @DefaultValue("20") int failuresPerAddress,
                                @DefaultValue("15m") Duration window) {
    }
}
