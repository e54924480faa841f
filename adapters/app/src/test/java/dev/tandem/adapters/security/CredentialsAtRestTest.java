package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Secrets as they are kept: a conversation token carries 256 random bits and only its SHA-256 is in the
 * database; a token that differs in one character opens nothing; the shipped configuration has no password
 * in it (with no users configured a random one is generated, see UserAccountsTest).
 */
class CredentialsAtRestTest extends EveryDoorServerTest {

    @Autowired
    DatabaseClient db;

    @Test
    void givenNewConversations_whenTheirTokensAreExamined_thenEach256RandomBitsAndOnlyTheirSha256IsStored() throws Exception {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ShopperChat chat = ShopperChat.start(http, "en");
            byte[] random = Base64.getUrlDecoder().decode(chat.token);
            assertThat(random).hasSizeGreaterThanOrEqualTo(16).hasSize(32);
            assertThat(tokens.add(chat.token)).isTrue();

            Map<String, Object> row = db.sql("SELECT * FROM conversation WHERE id = :id").bind("id", chat.id)
                    .fetch().one().block();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(chat.token.getBytes(StandardCharsets.UTF_8)));
            assertThat(row).isNotNull();
            assertThat(row.values()).map(String::valueOf).noneMatch(value -> value.contains(chat.token));
            assertThat(row.entrySet()).filteredOn(column -> column.getKey().equalsIgnoreCase("token_hash"))
                    .singleElement().satisfies(column -> assertThat(String.valueOf(column.getValue()).strip()).isEqualTo(sha256));
        }
    }

    @Test
    void givenATokenOffByOneCharacter_whenUsed_thenTheConversationDoesNotOpen() {
        ShopperChat chat = ShopperChat.start(http, "en");
        char last = chat.token.charAt(chat.token.length() - 1);
        String nearly = chat.token.substring(0, chat.token.length() - 1) + (last == 'A' ? 'B' : 'A');
        http.get().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + nearly)
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .exchange().expectStatus().isOk();
    }

    private static final Pattern PASSWORD_WITH_A_VALUE =
            Pattern.compile("(?im)password[ \\t]*[:=][ \\t]*(?!\\$\\{)[^\\s#,;)]+");

    @Test
    void givenTheShippedConfigurationAndPages_whenSearched_thenNoPasswordIsInThem() throws IOException {
        Path resources = Path.of("src", "main", "resources");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(resources)) {
            files = walk.filter(Files::isRegularFile).filter(path -> path.toString().matches(".*\\.(yml|yaml|properties|xml|html|js)$"))
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("{noop}", "{bcrypt}", "tandem.users[");
            // A password key may be shipped empty or as a ${placeholder} (set by the environment), never with a value.
            assertThat(text).as(file.toString()).doesNotContainPattern(PASSWORD_WITH_A_VALUE);
        }
    }
}
