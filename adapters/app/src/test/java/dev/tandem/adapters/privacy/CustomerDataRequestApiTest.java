package dev.tandem.adapters.privacy;

import static dev.tandem.adapters.ShopperChat.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An admin's export and erasure over HTTP: whole addresses only, and an erasure that can be looked at first. */
class CustomerDataRequestApiTest extends RunningServerTest {

    @Test
    void givenLookAlikeAddresses_whenAnAdminLooksAtAndConfirmsAnErasure_thenNoStrangersConversationIsExportedOrErased() {
        String ann = "ann." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ShopperChat annChat = ShopperChat.start(http, "en");
        annChat.say("please write to me at " + ann);
        ShopperChat joannChat = ShopperChat.start(http, "en");
        joannChat.say("my e-mail is jo" + ann);
        ShopperChat polishChat = ShopperChat.start(http, "pl");
        polishChat.say("mój adres: " + ann + ".pl");

        Map<String, Object> exported = admin().get().uri("/api/v1/admin/customers/export?email={email}", ann.toUpperCase())
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(ShopperChat.list(exported.get("conversations"))).extracting(conversation -> conversation.get("id"))
                .containsExactly(annChat.id);

        Map<String, Object> dryRun = admin().delete().uri("/api/v1/admin/customers?email={email}&dryRun=true", ann)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(dryRun).containsEntry("dryRun", true).containsEntry("conversations", 1)
                .containsEntry("conversationIds", List.of(annChat.id));
        assertReadable(annChat, HttpStatus.OK);

        admin().delete().uri("/api/v1/admin/customers?email={email}&conversationIds={ids}", ann, annChat.id + "," + joannChat.id)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("erasure_set_changed");
        assertReadable(annChat, HttpStatus.OK);
        assertReadable(joannChat, HttpStatus.OK);

        admin().delete().uri("/api/v1/admin/customers?email={email}&conversationIds={ids}", ann, annChat.id)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.dryRun").isEqualTo(false).jsonPath("$.conversations").isEqualTo(1)
                .jsonPath("$.conversationIds[0]").isEqualTo(annChat.id);

        assertReadable(annChat, HttpStatus.NOT_FOUND);
        assertReadable(joannChat, HttpStatus.OK);
        assertReadable(polishChat, HttpStatus.OK);
    }

    private void assertReadable(ShopperChat chat, HttpStatus expected) {
        http.get().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .exchange().expectStatus().isEqualTo(expected);
    }

    private WebTestClient admin() {
        return http.mutate().defaultHeaders(headers -> headers.setBasicAuth("boss", "boss-pass")).build();
    }
}
