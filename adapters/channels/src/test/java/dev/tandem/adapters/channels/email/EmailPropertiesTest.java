package dev.tandem.adapters.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailPropertiesTest {

    private static final EmailProperties.Imap IMAP = new EmailProperties.Imap("imap.example.com", 993, true, null, "pw", "INBOX");
    private static final EmailProperties.Smtp SMTP = new EmailProperties.Smtp("smtp.example.com", 587,
            EmailProperties.Security.STARTTLS, null, "pw");

    @Test
    void givenTheChannelOff_thenNothingIsRequired() {
        assertThat(properties(false, null, new EmailProperties.Imap(null, 993, true, null, null, "INBOX"), SMTP).enabled())
                .isFalse();
    }

    @Test
    void givenTheChannelOn_whenSomethingIsMissing_thenStartUpFailsWithThePropertysName() {
        assertThatThrownBy(() -> properties(true, null, IMAP, SMTP)).hasMessageContaining("tandem.email.address");
        assertThatThrownBy(() -> properties(true, "not an address", IMAP, SMTP)).hasMessageContaining("tandem.email.address");
        assertThatThrownBy(() -> properties(true, "support@lumo.example",
                new EmailProperties.Imap("", 993, true, null, "pw", "INBOX"), SMTP)).hasMessageContaining("tandem.email.imap.host");
        assertThatThrownBy(() -> properties(true, "support@lumo.example",
                new EmailProperties.Imap("imap.example.com", 993, true, null, null, "INBOX"), SMTP))
                .hasMessageContaining("tandem.email.imap.password");
        assertThatThrownBy(() -> properties(true, "support@lumo.example", IMAP,
                new EmailProperties.Smtp(null, 587, EmailProperties.Security.STARTTLS, null, null)))
                .hasMessageContaining("tandem.email.smtp.host");
    }

    @Test
    void givenNoUsernames_thenTheAddressLogsInAndPasswordsAreNeverPrinted() {
        EmailProperties properties = properties(true, "support@Lumo.example", IMAP, SMTP);

        assertThat(properties.imapUsername()).isEqualTo("support@Lumo.example");
        assertThat(properties.smtpUsername()).isEqualTo("support@Lumo.example");
        assertThat(properties.domain()).isEqualTo("lumo.example");
        assertThat(properties.toString()).doesNotContain("pw");
    }

    private static EmailProperties properties(boolean enabled, String address, EmailProperties.Imap imap,
                                              EmailProperties.Smtp smtp) {
        return new EmailProperties(enabled, address, "Lumo support", imap, smtp, Duration.ofSeconds(30),
                Duration.ofSeconds(20), Duration.ofMinutes(1), Duration.ofMinutes(30), 50);
    }
}
