package dev.tandem.adapters.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.security.UserAccounts;
import dev.tandem.bot.team.Agent;
import dev.tandem.intents.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Who takes chats in which languages, as {@code tandem.users} says. */
class ConfiguredAgentRosterTest {

    @Test
    void givenAgentsWithAndWithoutLanguagesAndAnAdminAgent_whenRostered_thenOnlyThePlainAgentWithLanguagesIsLimited() {
        ConfiguredAgentRoster roster = rosterOf(
                "tandem.users[0].name=marek", "tandem.users[0].password={noop}x", "tandem.users[0].roles=AGENT",
                "tandem.users[0].languages=pl",
                "tandem.users[1].name=ola", "tandem.users[1].password={noop}x", "tandem.users[1].roles=AGENT",
                "tandem.users[2].name=chief", "tandem.users[2].password={noop}x", "tandem.users[2].roles=AGENT,ADMIN",
                "tandem.users[2].languages=pl");

        assertThat(roster.find("marek")).hasValueSatisfying(marek -> {
            assertThat(marek.speaks(Language.PL)).isTrue();
            assertThat(marek.speaks(Language.EN)).isFalse();
        });
        assertThat(roster.find("ola").map(Agent::languages)).as("no languages: all").contains(java.util.Set.of());
        assertThat(roster.find("chief")).as("an admin sees and takes every language")
                .hasValueSatisfying(chief -> assertThat(Language.values()).allMatch(chief::speaks));
    }

    @Test
    void givenADisplayNameAndPicture_whenRostered_thenShoppersSeeThemAndAnAgentWithoutSeesTheSignInName() {
        ConfiguredAgentRoster roster = rosterOf(
                "tandem.users[0].name=anna", "tandem.users[0].password={noop}x", "tandem.users[0].roles=AGENT",
                "tandem.users[0].display-name=Anna", "tandem.users[0].avatar-url=https://shop.example/team/anna.png",
                "tandem.users[1].name=ola", "tandem.users[1].password={noop}x", "tandem.users[1].roles=AGENT");

        assertThat(roster.find("anna")).hasValueSatisfying(anna -> {
            assertThat(anna.displayName()).isEqualTo("Anna");
            assertThat(anna.avatarUrl()).contains("https://shop.example/team/anna.png");
        });
        assertThat(roster.find("ola")).hasValueSatisfying(ola -> {
            assertThat(ola.displayName()).isEqualTo("ola");
            assertThat(ola.avatarUrl()).isEmpty();
        });
    }

    @Test
    void givenAPictureThatIsNoHttpAddress_whenRostered_thenStartUpStopsNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rosterOf(
                        "tandem.users[0].name=anna", "tandem.users[0].password={noop}x", "tandem.users[0].roles=AGENT",
                        "tandem.users[0].avatar-url=javascript:alert(1)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tandem.users[0].avatar-url");
    }

    private static ConfiguredAgentRoster rosterOf(String... settings) {
        Map<String, String> byName = java.util.Arrays.stream(settings).map(setting -> setting.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        TandemProperties properties = new Binder(new MapConfigurationPropertySource(byName))
                .bindOrCreate("tandem", TandemProperties.class);
        return new ConfiguredAgentRoster(properties,
                UserAccounts.from(properties.users(), PasswordEncoderFactories.createDelegatingPasswordEncoder()));
    }
}
