package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Photos and PDFs in one browser: the shopper attaches a photo from the widget (desktop in English, a 360×740
 * phone in Ukrainian), sees its thumbnail and, for a file the server refuses, why in their language; the agent
 * sees the preview in the console and attaches a PDF back, which the shopper's restored transcript shows.
 * Screenshots: {@code target/screenshots/widget-attachment-*}, {@code console-attachment-*}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentBrowserTest extends RunningServerTest {

    private Browser browser;
    private Path files;

    @BeforeAll
    void startBrowser() throws IOException {
        Browser.assumeInstalled();
        files = Files.createTempDirectory("attachments");
        browser = Browser.start(1366, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void givenAShopperOnADesktop_whenTheyAttachAPhotoOfTheDamage_thenTheAgentSeesItAndAnswersWithAPdf() throws IOException {
        ChatWidget widget = ChatWidget.newChat(browser.asDesktop(), port);
        widget.write("My parcel arrived damaged, the box is crushed");
        widget.await("the bot's answer in English", ".message.faq[lang=en]");
        WebElement attach = widget.await("the attach button", ".attach");
        assertThat(attach.getDomAttribute("aria-label")).isEqualTo("Attach a photo or PDF");
        WebElement message = widget.find(".input");
        message.click();
        message.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));   // reachable by keyboard, just before the message box
        assertThat(browser.js("return document.querySelector('[data-tandem-widget]').shadowRoot.activeElement"
                + ".className")).isEqualTo("attach");

        choose(widget, photo("crushed-box.jpg", 1200, 900));
        WebElement thumb = widget.await("the photo's thumbnail", ".message[data-author=SHOPPER] .thumb img");
        awaitLoaded(thumb);
        assertThat(thumb.getDomAttribute("alt")).isEqualTo("crushed-box.jpg");
        choose(widget, file("photo.jpg", "<html><script>alert(document.cookie)</script></html>"));
        WebElement refused = widget.await("why the file was refused", ".message.failed .upload-status");
        assertThat(refused.getText()).isEqualTo(
                "This kind of file cannot be sent: attach a photo (JPEG, PNG, WebP, GIF) or a PDF.");
        browser.screenshot("widget-attachment-en-desktop");

        String id = conversationId();
        WebElement panel = browser.claimInConsole(port, "agent", id);
        WebElement preview = browser.await("the preview in the console", driver -> panel.findElements(
                By.cssSelector(".line.shopper .attachment-thumb img")).stream().findFirst().orElse(null));
        awaitLoaded(preview);
        assertThat(preview.findElement(By.xpath("..")).getDomAttribute("href"))
                .as("the thumbnail opens the full image").startsWith("/api/v1/agent/conversations/" + id + "/attachments/");
        browser.await("the whole preview in view", driver -> (Boolean) browser.js(
                "const box = arguments[0].getBoundingClientRect();"
                        + "return box.height > 0 && box.bottom <= arguments[0].closest('.transcript').getBoundingClientRect().bottom + 1;",
                preview));
        browser.screenshot("console-attachment-preview");

        WebElement input = panel.findElement(By.cssSelector(".reply input[type=file]"));
        browser.js("arguments[0].hidden = false", input);
        input.sendKeys(file("return-label.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
                .toString());
        WebElement chip = browser.await("the agent's PDF in the transcript", driver -> panel.findElements(
                By.cssSelector(".line.agent .attachment-file")).stream().findFirst().orElse(null));
        assertThat(chip.getText()).contains("PDF", "return-label.pdf");
        browser.screenshot("console-attachment-reply");

        browser.driver.get("http://localhost:" + port + "/");
        ChatWidget restored = new ChatWidget(browser);
        restored.await("the agent's PDF in the restored chat", ".message[data-author=AGENT] .file-chip");
        awaitLoaded(restored.await("the photo in the restored chat", ".message[data-author=SHOPPER] .thumb img"));
        assertThat(restored.find(".file-chip").getDomAttribute("aria-label")).isEqualTo("Download return-label.pdf");
        browser.screenshot("widget-attachment-restored-en-desktop");
    }

    @Test
    void givenAUkrainianShopperOnAPhone_whenTheyAttachAPhotoAndAFileTooLarge_thenThumbnailAndReasonInUkrainian()
            throws IOException {
        ChatWidget widget = ChatWidget.newChat(browser.asPhone(), port);
        widget.write("Посилка прийшла пошкоджена, коробка зім’ята");
        widget.await("the bot's answer in Ukrainian", ".message.faq[lang=uk]");
        assertThat(widget.find(".attach").getDomAttribute("aria-label")).isEqualTo("Додати фото або PDF");

        choose(widget, photo("посилка.jpg", 900, 1200));
        WebElement thumb = widget.await("the photo's thumbnail", ".message[data-author=SHOPPER] .thumb img");
        awaitLoaded(thumb);
        Path large = files.resolve("video.jpg");
        Files.write(large, new byte[11 * 1024 * 1024]);
        choose(widget, large);
        assertThat(widget.await("why the file was refused", ".message.failed .upload-status").getText())
                .isEqualTo("Файл завеликий: додайте файл до 10 МБ.");
        @SuppressWarnings("unchecked")
        Map<String, Number> composer = (Map<String, Number>) browser.js("""
                const r = document.querySelector('[data-tandem-widget]').shadowRoot.querySelector('.composer')
                    .getBoundingClientRect();
                return {right: r.right, bottom: r.bottom};""");
        assertThat(composer.get("right").doubleValue()).as("the composer fits the phone").isLessThanOrEqualTo(360);
        assertThat(composer.get("bottom").doubleValue()).isLessThanOrEqualTo(740);
        browser.screenshot("widget-attachment-uk-phone");

        thumb.click();
        browser.await("the photo full size", driver -> widget.all(".thumb.full").size() == 1);
        browser.screenshot("widget-attachment-full-uk-phone");
        browser.asDesktop();
    }

    // ------------------------------------------------------------------ helpers

    /** What the shopper picks in the file dialog the attach button opens. */
    private void choose(ChatWidget widget, Path file) {
        WebElement input = widget.find("input[type=file]");
        browser.js("arguments[0].hidden = false", input);
        input.sendKeys(file.toString());
        browser.js("arguments[0].hidden = true", input);
    }

    private void awaitLoaded(WebElement image) {
        browser.await("the image drawn", driver -> ((Number) browser.js(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);
    }

    private String conversationId() {
        return (String) browser.js("return JSON.parse(sessionStorage.getItem('tandem.chat:' + location.origin)).id");
    }

    /** A photo as a phone takes it: a JPEG of a parcel (a brown box on a grey floor). */
    private Path photo(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xB0B4B8), 0, height, new Color(0x6E7378)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xA0703C));
        graphics.fillRect(width / 5, height / 4, width * 3 / 5, height / 2);
        graphics.setColor(new Color(0x5A3A1A));
        graphics.drawLine(width / 5, height / 4, width * 4 / 5, height * 3 / 4);
        graphics.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
