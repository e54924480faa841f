package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

/**
 * Triage in the agent console, in headless Chromium: the queue says what each shopper asked for (the topic in
 * the agent's language, the order, their own words), never the last thing they typed; FAQ suggestions are few,
 * useful and legible; "is typing" reaches the other side; a canned reply with a fact the chat does not know marks the blank and keeps Send off until
 * it is filled; the shopper is told the agent's display name. Desktop and phone, English and Polish; screenshots
 * land in {@code target/screenshots/}.
 */
class ConsoleTriageBrowserTest extends RunningServerTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser agent;
    private Disposable shopperStream;
    private final List<ShopperChat> chats = new ArrayList<>();

    @AfterEach
    void closeTheStreamAndResolveTheChats() {
        if (shopperStream != null) {
            shopperStream.dispose();
        }
        // leave no chat held or queued for the other tests
        chats.forEach(chat -> as("anna").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange());
    }

    @Test
    void givenTwoHandedOffShoppers_whenAnnaTriagesAndAnswers_thenTheQueueStatesRequestsAndBlanksBlockSending() {
        Browser.assumeInstalled();
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();   // the first turns load the model
        ShopperChat order = ShopperChat.start(http, "pl");
        chats.add(order);
        order.say("gdzie jest moje zamówienie 100234? miało być w poniedziałek");
        order.say("demo@example.com");
        order.say("Dziękuję bardzo!");
        order.say("chcę porozmawiać z konsultantem");
        ShopperChat damaged = ShopperChat.start(http, "en");
        chats.add(damaged);
        damaged.say("my parcel arrived damaged, the screen of the tablet is cracked");
        damaged.say("can I talk to a person please");
        damaged.say("you can also reach me at kasia.nowak@example.com");

        agent = browsers.start(1366, 900);
        signIn("anna");
        assertThat(agent.driver.findElement(By.id("me-name")).getText()).isEqualTo("Anna");

        // The queue states each request: the topic in the console's language, the order, the shopper's words.
        WebElement orderItem = queued(order.id);
        assertThat(orderItem.findElement(By.cssSelector(".q-topic")).getText()).isEqualTo("Where is my order? · Order 100234");
        assertThat(orderItem.findElement(By.cssSelector(".q-question")).getText())
                .isEqualTo("“gdzie jest moje zamówienie 100234? miało być w poniedziałek”");
        assertThat(orderItem.getText()).doesNotContain("demo@example.com").doesNotContain("Dziękuję");
        WebElement damagedItem = queued(damaged.id);
        assertThat(damagedItem.findElement(By.cssSelector(".q-topic")).getText()).containsIgnoringCase("damaged");
        assertThat(damagedItem.findElement(By.cssSelector(".q-question")).getText()).contains("screen of the tablet is cracked");
        agent.screenshot("console-queue-request-en");

        new Select(agent.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        agent.await("the Polish topic", driver -> "Gdzie jest moje zamówienie? · Zamówienie 100234".equals(
                queued(order.id).findElement(By.cssSelector(".q-topic")).getText()));
        agent.screenshot("console-queue-request-pl");
        new Select(agent.driver.findElement(By.id("ui-lang"))).selectByValue("en");

        // Anna claims: the shopper reads her display name, never the sign-in name.
        queued(damaged.id).findElement(By.cssSelector(".q-claim")).click();
        WebElement panel = agent.await("the conversation tab", driver -> driver.findElements(
                By.cssSelector(".panel[data-id='" + damaged.id + "'][data-state='ASSIGNED']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(damaged.messagesAfter(0)).extracting(message -> (String) message.get("text"))
                .contains("Anna has joined the chat.").noneMatch(text -> text.contains("anna"));

        // "Is typing", both ways through the live streams: the shopper's reaches Anna's console, Anna's reaches the
        // shopper's stream with her display name.
        List<String> shopperFrames = new CopyOnWriteArrayList<>();
        shopperStream = new ReactorNettyWebSocketClient().execute(
                URI.create("ws://localhost:" + port + "/api/v1/conversations/" + damaged.id + "/stream?token=" + damaged.token),
                session -> session.receive().map(WebSocketMessage::getPayloadAsText).doOnNext(shopperFrames::add).then())
                .subscribe();
        http.post().uri("/api/v1/conversations/{id}/typing", damaged.id).header("Authorization", "Bearer " + damaged.token)
                .exchange().expectStatus().isNoContent();
        WebElement typing = agent.await("the shopper typing", driver -> panel.findElements(
                By.cssSelector(".shopper-typing")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(typing.getText()).isEqualTo("The shopper is typing…");
        assertThat(typing.getDomAttribute("aria-live")).isEqualTo("polite");

        // FAQ suggestions: only useful matches, with a score that says what it is and reads at AA contrast.
        List<WebElement> scores = agent.await("the suggestions", driver -> {
            List<WebElement> found = panel.findElements(By.cssSelector(".suggestion .score"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement score : scores) {
            assertThat(score.getText()).matches("\\d+% match");
            assertThat(Integer.parseInt(score.getText().replaceAll("\\D", ""))).isGreaterThanOrEqualTo(55);
            assertThat(contrast(score)).as("contrast of '%s'", score.getText()).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(panel.findElements(By.cssSelector(".suggestion")).get(0).getDomAttribute("data-faq-id"))
                .isEqualTo("damaged-item");

        // A canned reply needing the order number, which this chat never named: the blank is marked and selected,
        // Send stays off, and Ctrl+Enter sends nothing until it is filled.
        WebElement photos = panel.findElements(By.cssSelector(".canned-reply")).stream()
                .filter(reply -> reply.getText().contains("Ask for photos")).findFirst().orElseThrow();
        photos.findElement(By.cssSelector(".insert-canned")).click();
        WebElement text = panel.findElement(By.cssSelector(".reply-text"));
        WebElement send = panel.findElement(By.cssSelector(".reply-send"));
        assertThat(text.getDomProperty("value")).contains("order {orderNumber} didn't arrive");
        assertThat(panel.findElements(By.cssSelector(".composer-marks mark.blank")))
                .extracting(WebElement::getText).containsExactly("{orderNumber}");
        assertThat(send.isEnabled()).isFalse();
        assertThat(panel.findElement(By.cssSelector(".reply-blanks")).getText())
                .isEqualTo("Fill in {orderNumber} before sending.");
        assertThat(agent.js("return arguments[0].value.substring(arguments[0].selectionStart, arguments[0].selectionEnd)", text))
                .isEqualTo("{orderNumber}");
        agent.screenshot("console-canned-blank-en");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        assertThat(damaged.messagesAfter(0)).noneMatch(message -> "AGENT".equals(message.get("author")));

        text.sendKeys("100555");
        agent.await("Send enabled once filled", driver -> send.isEnabled());
        agent.await("Anna typing, on the shopper's stream", driver -> shopperFrames.stream()
                .anyMatch(frame -> frame.contains("\"type\":\"typing\"") && frame.contains("\"agent\":\"Anna\"")));
        assertThat(panel.findElements(By.cssSelector(".composer-marks mark.blank"))).isEmpty();
        assertThat(panel.findElement(By.cssSelector(".reply-blanks")).isDisplayed()).isFalse();
        send.click();
        agent.await("the reply delivered", driver -> damaged.messagesAfter(0).stream()
                .anyMatch(message -> "AGENT".equals(message.get("author"))
                        && String.valueOf(message.get("text")).contains("order 100555 didn't arrive")));
        agent.screenshot("console-canned-filled-en");

        // The panel keeps still under the agent's hands: a new message refreshes the conversation, but the action bar
        // is not swapped for a copy, and the side panel under the pointer waits until the pointer leaves it.
        WebElement resolveButton = panel.findElement(By.cssSelector(".act-resolve"));
        WebElement insertButton = panel.findElements(By.cssSelector(".insert-canned")).get(0);
        new Actions(agent.driver).moveToElement(insertButton).perform();
        long renders = renders(panel);
        damaged.say("the order number is 100777 by the way");
        agent.await("the console refreshed for the new message", driver -> renders(panel) > renders);
        assertThat(insertButton.isDisplayed()).as("the button under the pointer is still the one on the page").isTrue();
        assertThat(panel.findElements(By.cssSelector(".order-ref[data-order='100777']"))).isEmpty();
        new Actions(agent.driver).moveToElement(panel.findElement(By.cssSelector(".conv-title"))).perform();
        agent.await("the side panel redrawn once the pointer left", driver -> !panel.findElements(
                By.cssSelector(".order-ref[data-order='100777']")).isEmpty());
        assertThat(resolveButton.isDisplayed()).as("the action bar was not redrawn").isTrue();

        // The inbox: the chat is titled by the customer, listed under "Mine"; once resolved it is found by a word
        // of its transcript under "Resolved" and opens read-only. "All open" finds the other by its order number.
        assertThat(panel.findElement(By.cssSelector(".conv-title")).getText()).isEqualTo("kasia.nowak@example.com");
        assertThat(agent.driver.findElement(By.id("tab-" + damaged.id)).getText()).startsWith("kasia.nowak@example.com");
        agent.driver.findElement(By.cssSelector(".view-pick[data-view='mine']")).click();
        WebElement mine = listed(damaged.id);
        assertThat(mine.findElement(By.cssSelector(".inbox-title")).getText()).isEqualTo("kasia.nowak@example.com");
        assertThat(agent.driver.findElement(By.cssSelector(".view-pick[data-view='mine']")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        resolveButton.click();   // the very button found before the refreshes
        agent.await("resolved", driver -> !driver.findElements(
                By.cssSelector(".panel[data-id='" + damaged.id + "'][data-state='CLOSED']")).isEmpty());
        agent.driver.findElement(By.cssSelector(".view-pick[data-view='resolved']")).click();
        WebElement search = agent.driver.findElement(By.id("search-text"));
        search.sendKeys("TABLET", Keys.ENTER);
        agent.await("the resolved chat found by a word", driver -> driver.findElements(
                By.cssSelector("#inbox .inbox-item[data-id='" + damaged.id + "'][data-state='CLOSED']")).stream()
                .findFirst().orElse(null));
        assertThat(agent.driver.findElements(By.cssSelector("#inbox .inbox-item[data-id='" + order.id + "']"))).isEmpty();
        agent.screenshot("console-inbox-resolved-en");
        agent.await("the resolved chat opened", driver -> {
            try {   // the list is redrawn when the stream reports the resolve: find the button afresh
                listed(damaged.id).findElement(By.cssSelector(".inbox-open")).click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        WebElement readOnly = shownPanel(damaged.id);
        assertThat(readOnly.findElement(By.cssSelector(".reply-text")).isEnabled()).isFalse();
        assertThat(readOnly.findElement(By.cssSelector(".reply-send")).isEnabled()).isFalse();
        search.clear();
        search.sendKeys("100234");
        agent.driver.findElement(By.cssSelector(".view-pick[data-view='open']")).click();
        WebElement open = listed(order.id);
        // Found by its order number, titled by the customer: the e-mail that proved the order is their contact now.
        assertThat(open.findElement(By.cssSelector(".inbox-title")).getText()).isEqualTo("demo@example.com");
        assertThat(agent.driver.findElements(By.cssSelector("#inbox .inbox-item[data-id='" + damaged.id + "']"))).isEmpty();
        agent.driver.findElement(By.cssSelector(".view-pick[data-view='waiting']")).click();

        // On a phone, in Polish: the same words, nothing cut off sideways.
        new Select(agent.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        agent.driver.manage().window().setSize(new Dimension(360, 740));
        agent.await("the Polish queue on a phone", driver -> "Gdzie jest moje zamówienie? · Zamówienie 100234".equals(
                queued(order.id).findElement(By.cssSelector(".q-topic")).getText()));
        assertThat((Long) agent.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
        agent.js("document.querySelector('#queue').scrollIntoView()");
        agent.screenshot("console-queue-request-phone-pl");
        agent.js("arguments[0].scrollIntoView()",
                agent.driver.findElement(By.cssSelector(".panel[data-id='" + damaged.id + "'] .reply")));
        agent.screenshot("console-reply-phone-pl");
        assertThat(agent.alertShown()).isFalse();
    }

    private void signIn(String name) {
        agent.openSignedIn(port, "/console?lang=en", name);
        agent.await("the console in English", driver -> "Queue".equals(
                driver.findElement(By.cssSelector("#queue-title [data-i18n]")).getText()));
    }

    /** How often the console drew the conversation tab (each refresh from the server counts one). */
    private long renders(WebElement panel) {
        return Long.parseLong(java.util.Objects.requireNonNullElse(panel.getDomAttribute("data-renders"), "0"));
    }

    private WebElement listed(String conversationId) {
        return agent.await("chat " + conversationId + " in the list", driver -> driver.findElements(
                By.cssSelector("#inbox .inbox-item[data-id='" + conversationId + "']")).stream().findFirst().orElse(null));
    }

    private WebElement queued(String conversationId) {
        return agent.await("chat " + conversationId + " in the queue", driver -> driver.findElements(
                By.cssSelector(".q-item[data-id='" + conversationId + "']")).stream().findFirst().orElse(null));
    }

    /** WCAG contrast ratio of an element's text on its own background. */
    private double contrast(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> colours = (Map<String, Object>) agent.js("""
                const style = getComputedStyle(arguments[0]);
                const rgb = (value) => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
                return { text: rgb(style.color), back: rgb(style.backgroundColor) };""", element);
        double text = luminance((List<?>) colours.get("text"));
        double back = luminance((List<?>) colours.get("back"));
        return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
    }

    private static double luminance(List<?> rgb) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = ((Number) rgb.get(i)).doubleValue() / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }

    private WebElement shownPanel(String conversationId) {
        return agent.driver.findElements(By.cssSelector(".panel[data-id='" + conversationId + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }
}
