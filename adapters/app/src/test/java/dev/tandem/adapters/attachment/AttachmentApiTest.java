package dev.tandem.adapters.attachment;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * Photos and PDFs over the real API: the shopper sends a photo, the agent holding the chat sees it and sends a
 * PDF back; nobody else reads either; the type is what the bytes are; a file goes with the customer's data.
 */
class AttachmentApiTest extends RunningServerTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void givenAHandedOffChat_whenTheShopperSendsAPhotoAndTheAgentAPdf_thenEachSeesTheOthersFileAndNobodyElse()
            throws IOException {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("my parcel arrived damaged, I want to talk to a person");
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();

        Map<String, Object> sent = upload(shopper, "box.pdf", png(30, 20)).expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> photo = map(sent.get("attachment"));
        assertThat(sent).containsEntry("author", "SHOPPER").containsEntry("text", "box.png");
        assertThat(photo).containsEntry("name", "box.png").containsEntry("mediaType", "image/png");

        Map<String, Object> story = as("agent").get().uri("/api/v1/agent/conversations/{id}", shopper.id).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(list(story.get("messages"))).anySatisfy(line -> assertThat(map(line.get("attachment")))
                .containsEntry("id", photo.get("id")));
        byte[] seen = as("agent").get().uri("/api/v1/agent/conversations/{id}/attachments/{a}", shopper.id, photo.get("id"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; sandbox")
                .expectHeader().valueMatches("Content-Disposition", "inline; filename=\"box.png\".*")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(ImageIO.read(new ByteArrayInputStream(seen)).getWidth()).isEqualTo(30);

        Map<String, Object> reply = as("agent").post()
                .uri("/api/v1/agent/conversations/{id}/attachments?name={name}", shopper.id, "return label.pdf")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(PDF).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(reply).containsEntry("author", "AGENT");
        String label = (String) map(reply.get("attachment")).get("id");
        assertThat(shopper.messagesAfter(0)).anySatisfy(message -> assertThat(map(message.get("attachment")))
                .containsEntry("id", label).containsEntry("mediaType", "application/pdf"));
        byte[] downloaded = download(shopper, label).expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"return label.pdf\".*")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; sandbox")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(PDF);

        ShopperChat stranger = ShopperChat.start(http, "en");
        http.get().uri("/api/v1/conversations/{id}/attachments/{a}", shopper.id, label)
                .header("Authorization", "Bearer " + stranger.token).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("conversation_not_found");
        download(stranger, label).expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("attachment_not_found");
        http.get().uri("/api/v1/conversations/{id}/attachments/{a}", shopper.id, label).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/api/v1/agent/conversations/{id}/attachments/{a}", shopper.id, label).exchange()
                .expectStatus().isUnauthorized();
        as("anna").post().uri("/api/v1/agent/conversations/{id}/attachments?name=x.pdf", shopper.id)
                .contentType(MediaType.APPLICATION_PDF).bodyValue(PDF).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.error").isEqualTo("not_yours");
    }

    @Test
    void givenFilesThatAreNotWhatTheySay_whenUploaded_thenRefusedWithTheReasonAndNothingIsAdded() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("hello");

        upload(shopper, "photo.jpg", "<html><script>alert(document.cookie)</script></html>"
                .getBytes(StandardCharsets.UTF_8))
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.error").isEqualTo("unsupported_attachment")
                .jsonPath("$.message").isEqualTo(
                        "this kind of file cannot be attached; attach a photo (JPEG, PNG, WebP, GIF) or a PDF");
        upload(shopper, "cat.gif", "GIF89a<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        Flux<byte[]> overTenMegabytes = Flux.concat(Flux.range(0, 10).map(i -> new byte[1024 * 1024]),
                Flux.just(new byte[1]));
        http.post().uri("/api/v1/conversations/{id}/attachments?name=big.png", shopper.id)
                .header("Authorization", "Bearer " + shopper.token).contentType(MediaType.IMAGE_PNG)
                .body(BodyInserters.fromPublisher(overTenMegabytes, byte[].class)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.error").isEqualTo("attachment_too_large")
                .jsonPath("$.message").isEqualTo("the file is too large; attach at most 10 MB");

        assertThat(shopper.messagesAfter(0)).noneSatisfy(message -> assertThat(message).containsKey("attachment"));
    }

    @Test
    void givenAPhotoInACustomersChat_whenTheAdminExportsAndErases_thenTheFileIsInTheExportAndThenGone()
            throws IOException {
        String email = "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("please answer to " + email);
        byte[] photo = png(12, 12);
        String id = (String) map(upload(shopper, "scratch.png", photo).expectStatus().isCreated().expectBody(JSON)
                .returnResult().getResponseBody().get("attachment")).get("id");

        Map<String, Object> exported = admin().get().uri("/api/v1/admin/customers/export?email={email}", email)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> conversation = list(exported.get("conversations")).get(0);
        Map<String, Object> file = list(conversation.get("attachments")).get(0);
        assertThat(file).containsEntry("id", id).containsEntry("name", "scratch.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) file.get("contentBase64"))))
                .getWidth()).isEqualTo(12);

        admin().delete().uri("/api/v1/admin/customers?email={email}", email).exchange().expectStatus().isOk();

        as("agent").get().uri("/api/v1/agent/conversations/{id}/attachments/{a}", shopper.id, id).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec upload(ShopperChat chat, String name, byte[] content) {
        return http.post().uri("/api/v1/conversations/{id}/attachments?name={name}", chat.id, name)
                .header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(content).exchange();
    }

    private WebTestClient.ResponseSpec download(ShopperChat chat, String attachmentId) {
        return http.get().uri("/api/v1/conversations/{id}/attachments/{a}", chat.id, attachmentId)
                .header("Authorization", "Bearer " + chat.token).exchange();
    }

    private WebTestClient admin() {
        return http.mutate().defaultHeaders(headers -> headers.setBasicAuth("boss", "boss-pass")).build();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xC0392B));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
