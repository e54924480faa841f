package dev.tandem.adapters.web;

import static dev.tandem.adapters.Staff.claimAndReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/**
 * The shopper's side of the widget in one browser (Debian's headless Chromium), at desktop 1366×900 and on a
 * 360×740 phone, in several languages: bot chats are offered a rating when they end, the queue banner, header
 * and e-mail form follow the live state, late content stays in view, and the launcher counts unread replies.
 * Screenshots land in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopperWidgetBrowserTest extends RunningServerTest {

    private static final List<String> AGENTS = List.of("agent", "anna", "olek");

    @Autowired
    private AgentPresence presence;

    @Autowired
    private dev.tandem.bot.away.AwayReplies awayReplies;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start(1366, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void givenABotAnswer_whenTheShopperSaysYesThanks_thenTheRatingIsOfferedAndCountsForTheBot() {
        ChatWidget widget = ChatWidget.newChat(browser.asDesktop(), port);
        widget.write("How many days do I have to return an item?");
        widget.await("the FAQ answer", ".message.faq");
        assertThat(widget.find(".rating").isDisplayed()).as("no rating before the chat ends").isFalse();
        long before = botRatings();

        browser.await("the helpful buttons", driver -> widget.quickReplies().contains("Yes, thanks"));
        widget.all(".quick .quick-reply").stream().filter(b -> b.getText().equals("Yes, thanks")).findFirst().orElseThrow().click();
        WebElement rating = widget.await("the rating offer", ".rating");
        assertThat(rating.getText()).contains("How did we do?");
        assertThat(widget.find(".rating-later").getText()).isEqualTo("Not now");
        assertThat(widget.find("[role=status].sr").getAttribute("textContent")).contains("1 to 5 stars");
        browser.screenshot("widget-bot-rating-offer-en-desktop");

        widget.find(".star[data-score='4']").click();
        browser.await("the thank-you", driver -> widget.find(".rating-note").getText().contains("Thank you"));
        assertThat(widget.find(".rating-later").isDisplayed()).isFalse();
        browser.await("the bot's CSAT counts the rating", driver -> botRatings() == before + 1);
        browser.screenshot("widget-bot-rated-en-desktop");
    }

    @Test
    void givenABotAnswer_whenTheShopperSaysGoodbyeAndThenNotNow_thenTheOfferComesOnceAndNeverAgain() {
        ChatWidget widget = ChatWidget.newChat(browser.asDesktop(), port);
        widget.write("How many days do I have to return an item?");
        widget.await("the FAQ answer", ".message.faq");
        widget.write("ok bye");
        widget.await("the rating offer after the goodbye", ".rating");
        widget.find(".rating-later").click();
        browser.await("the offer gone", driver -> !widget.find(".rating").isDisplayed());
        assertThat(browser.js("return document.querySelector('[data-tandem-widget]').shadowRoot.activeElement?.id"))
                .as("focus back in the message box").isEqualTo("input");

        browser.js("window.tandemChat.idleRatingMs = 200");
        widget.write("Which payment methods do you accept?");
        int answers = widget.all(".message.faq").size();
        browser.await("the second answer", driver -> widget.all(".message.faq").size() >= answers);
        long quietSince = System.currentTimeMillis();
        browser.await("a quiet moment longer than the idle time", driver -> System.currentTimeMillis() - quietSince > 600);
        assertThat(widget.find(".rating").isDisplayed()).as("never offered twice").isFalse();
    }

    @Test
    void givenAPhone_whenABotChatGoesQuietAfterAnAnswer_thenTheRatingIsOfferedInPolish() {
        ChatWidget widget = ChatWidget.newChat(browser.asPhone(), port);
        browser.js("window.tandemChat.idleRatingMs = 500");
        widget.write("Ile dni mam na zwrot?");
        widget.await("the FAQ answer", ".message.faq");
        WebElement rating = widget.await("the rating offer after a quiet moment", ".rating");
        assertThat(rating.getText()).contains("Jak nam poszło?");
        assertThat(widget.find(".rating-later").getText()).isEqualTo("Nie teraz");
        assertLastMessageInView(widget);
        browser.screenshot("widget-bot-rating-idle-pl-phone");
    }

    @Test
    void givenNobodyOnline_whenTheShopperLeavesAnEmailAndAnAgentComesOnline_thenBannerHeaderAndFormFollowWithoutAClaim() {
        browser.asPhone();
        AGENTS.forEach(agent -> presence.set(agent, Presence.OFFLINE, Instant.now()));
        ChatWidget widget = ChatWidget.newChat(browser, port);
        widget.write("chcę porozmawiać z konsultantem");
        WebElement banner = widget.await("the queue banner", ".banner");
        browser.await("the place in line", driver -> banner.getDomAttribute("data-position") != null);
        assertThat(banner.getText()).startsWith("Miejsce w kolejce:").doesNotContain("min");
        assertThat(widget.find(".subtitle").getText()).isEqualTo("Zespół jest teraz niedostępny: odpowiemy e-mailem");
        String botSaid = lastMessageText(widget, "BOT");
        assertThat(botSaid).doesNotContain(banner.getText());
        WebElement email = widget.await("the e-mail form", ".email");
        assertLastMessageInView(widget);
        browser.screenshot("widget-queue-nobody-online-pl-phone");

        widget.find(".email-input").sendKeys("ola@example.com");
        widget.find(".email button[type=submit]").click();
        widget.awaitMessage("the address in the chat", "SHOPPER", "ola@example.com");
        browser.await("the form closed once given", driver -> !email.isDisplayed());
        assertLastMessageInView(widget);

        presence.set("anna", Presence.ONLINE, Instant.now());
        browser.await("the wait estimate, live", driver -> banner.getText().contains("min"));
        assertThat(widget.find(".subtitle").getText()).isEqualTo("Nasz zespół jest dostępny");
        assertThat(email.isDisplayed()).isFalse();
        browser.screenshot("widget-queue-agent-came-online-pl-phone");

        presence.set("anna", Presence.OFFLINE, Instant.now());
        browser.await("back to no estimate", driver -> !banner.getText().contains("min"));
        assertThat(email.isDisplayed()).as("a known contact is not asked again").isFalse();
        resolve(conversationId());
    }

    @Test
    void givenAShopperWhoProvedAnOrderWithTheirEmail_whenNobodyIsOnline_thenTheyAreNotAskedForItAgain() {
        AGENTS.forEach(agent -> presence.set(agent, Presence.OFFLINE, Instant.now()));
        ChatWidget widget = ChatWidget.newChat(browser.asDesktop(), port);
        widget.write("Where is my order 100234?");
        widget.awaitMessage("the question for the order's contact", "BOT", "100234");
        widget.write("demo@example.com");
        WebElement status = widget.awaitMessage("the order status", "BOT", "TRK-100234");
        assertThat(status.findElement(By.cssSelector(".card-title")).getText()).isEqualTo("Order 100234 is on its way with InPost.");
        assertThat(status.findElements(By.cssSelector(".card-details li"))).extracting(WebElement::getText)
                .hasSize(2).first().isEqualTo("Tracking number: TRK-100234");
        assertThat(status.findElements(By.cssSelector(".card-details li")).get(1).getText()).startsWith("Expected delivery: ");
        WebElement track = status.findElement(By.cssSelector("a.card-action"));
        assertThat(track.getText()).isEqualTo("Track parcel");
        assertThat(track.getDomAttribute("href")).isEqualTo("https://inpost.pl/sledzenie-przesylek?number=TRK-100234");
        assertThat(track.getDomAttribute("rel")).contains("noopener");
        browser.screenshot("widget-order-card-en-desktop");
        widget.find(".human").click();
        WebElement banner = widget.await("the queue banner", ".banner");
        browser.await("the place in line", driver -> banner.getDomAttribute("data-position") != null);
        assertThat(widget.find(".subtitle").getText()).isEqualTo("Our team is offline now: we answer by e-mail");
        assertThat(widget.find(".email").isDisplayed()).isFalse();
        assertThat(lastMessageText(widget, "BOT")).doesNotContainIgnoringCase("leave your e-mail");
        assertLastMessageInView(widget);
        browser.screenshot("widget-known-contact-en-desktop");
        resolve(conversationId());
    }

    @Test
    void givenAUkrainianShopperOnAPhone_whenTheyChat_thenFullScreenUnclippedRetryInViewAndAnUnreadBadge() {
        ChatWidget widget = ChatWidget.newChat(browser.asPhone(), port);
        widget.write("Скільки днів у мене є на повернення товару?");
        widget.await("the FAQ answer", ".message.faq");
        browser.await("the widget in Ukrainian", driver -> "Напишіть запитання…".equals(widget.find(".input").getDomProperty("placeholder")));
        @SuppressWarnings("unchecked")
        List<Number> placeholder = (List<Number>) browser.js("""
                const input = document.querySelector('[data-tandem-widget]').shadowRoot.querySelector('.input');
                const style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                return [context.measureText(input.placeholder).width,
                        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];""");
        assertThat(placeholder.get(0).doubleValue()).as("placeholder width vs room").isLessThanOrEqualTo(placeholder.get(1).doubleValue());
        @SuppressWarnings("unchecked")
        Map<String, Number> panel = (Map<String, Number>) browser.js("""
                const r = document.querySelector('[data-tandem-widget]').shadowRoot.querySelector('.panel').getBoundingClientRect();
                return {left: r.left, top: r.top, width: r.width, height: r.height};""");
        assertThat(panel).containsEntry("left", 0L).containsEntry("top", 0L).containsEntry("width", 360L).containsEntry("height", 740L);

        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        widget.write("А якщо товар пошкоджений?");
        WebElement retry = widget.await("the Retry button", ".retry");
        assertInView(retry);
        browser.screenshot("widget-retry-uk-phone");
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        retry.click();
        browser.await("the message sent after all", driver -> widget.all(".retry").isEmpty());

        widget.find(".human").click();
        widget.await("the queue banner", ".banner");
        assertLastMessageInView(widget);
        String id = conversationId();
        widget.find(".close").click();
        WebElement launcher = widget.await("the launcher", ".launcher");
        assertThat(widget.find(".badge").isDisplayed()).isFalse();
        claimAndReply(http, "agent", id, "Добрий день! Зараз перевірю.");
        WebElement badge = widget.await("the unread badge", ".badge");
        assertThat(badge.getText()).matches("[1-9]");
        assertThat(launcher.getDomAttribute("aria-label")).contains("непрочитаних: " + badge.getText());
        browser.screenshot("widget-launcher-unread-uk-phone");
        launcher.click();
        widget.awaitMessage("the agent's reply", "AGENT", "Добрий день!");
        assertThat(widget.find(".badge").isDisplayed()).isFalse();
        browser.screenshot("widget-agent-reply-uk-phone");
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", id).exchange().expectStatus().isOk();
    }

    @Test
    void givenTheSignInPage_whenOpenedInUkrainianPolishOrRussian_thenEveryWordIsInThatLanguage() {
        browser.driver.get(base() + "/login?lang=uk");
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("uk");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Ім'я користувача");
        assertThat(browser.driver.findElement(By.cssSelector("form button[type=submit]")).getText()).isEqualTo("Вхід");
        browser.screenshot("login-uk-desktop");

        browser.asPhone();
        browser.driver.get(base() + "/login?error&lang=pl");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Hasło");
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Błędna nazwa użytkownika lub hasło.");
        browser.driver.findElement(By.cssSelector(".login-languages a[hreflang=ru]")).click();
        browser.await("the Russian page", driver -> driver.findElement(By.cssSelector("label[for=username]")).getText()
                .equals("Имя пользователя"));
        browser.screenshot("login-pl-error-then-ru-phone");

        http.get().uri("/login").header("Accept-Language", "de-DE,uk;q=0.8,en;q=0.5").exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("<html lang=\"uk\">", "Пароль"));
    }

    @Test
    void givenAnAgentInTheConsole_whenTheyAddAnInternalNote_thenTheyReadItInYellowAndTheShoppersWidgetNeverShowsIt() {
        ChatWidget widget = ChatWidget.newChat(browser.asDesktop(), port);
        widget.write("I want to talk to a person about my refund");
        widget.await("the queue banner", ".banner");
        String id = conversationId();
        String shopperTab = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        consoleAs("anna", "anna-pass");
        browser.await("the chat in the queue", driver -> driver.findElements(
                By.cssSelector(".q-item[data-id='" + id + "'] .q-claim")).stream().findFirst().orElse(null)).click();
        WebElement panel = browser.await("the conversation tab", driver -> driver.findElements(
                By.cssSelector(".panel[data-id='" + id + "'][data-state='ASSIGNED']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        panel.findElement(By.cssSelector(".note-toggle")).click();
        panel.findElement(By.cssSelector(".note-text")).sendKeys("Refund approved by Marek; do not promise a date");
        panel.findElement(By.cssSelector(".note-add")).click();
        WebElement note = browser.await("the note in the transcript", driver -> panel.findElements(
                By.cssSelector(".transcript .line.note")).stream().findFirst().orElse(null));
        assertThat(note.findElement(By.cssSelector(".who")).getText()).isEqualTo("Internal note · Anna");
        assertThat(note.getText()).contains("Refund approved by Marek");
        assertThat(note.getCssValue("background-color")).isEqualTo("rgba(255, 246, 204, 1)");
        assertThat(panel.findElement(By.cssSelector(".note-status")).getText())
                .isEqualTo("Note added. The shopper does not see it.");
        panel.findElement(By.cssSelector(".reply-text")).sendKeys("Good news: your refund is approved.");
        panel.findElement(By.cssSelector(".reply-send")).click();
        browser.await("the reply after the note", driver -> panel.findElements(By.cssSelector(".transcript .line.agent"))
                .stream().anyMatch(line -> line.getText().contains("your refund is approved")));
        browser.screenshot("console-note-en-desktop");
        browser.driver.close();

        browser.driver.switchTo().window(shopperTab);
        widget.awaitMessage("the agent's reply", "AGENT", "your refund is approved");
        assertThat(widget.find(".log").getText()).doesNotContain("Marek").doesNotContain("Internal note");
        browser.screenshot("console-note-shopper-widget-en-desktop");
        browser.driver.navigate().refresh();   // restored from the transcript: still no note
        ChatWidget restored = new ChatWidget(browser);
        restored.awaitMessage("the restored reply", "AGENT", "your refund is approved");
        assertThat(restored.find(".log").getText()).doesNotContain("Marek");
        http.post().uri("/api/v1/agent/conversations/{id}/resolve", id).headers(h -> h.setBasicAuth("anna", "anna-pass"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void givenNobodyOnlineAndAPolishShopperOnAPhone_whenTheyAskForACallBack_thenAnAgentSeesTheTaskAndMarksItDone() {
        browser.asPhone();
        AGENTS.forEach(agent -> presence.set(agent, Presence.OFFLINE, Instant.now()));
        ChatWidget widget = ChatWidget.newChat(browser, port);
        widget.write("chcę porozmawiać z konsultantem");
        widget.await("the queue banner", ".banner");
        WebElement offer = widget.await("the callback offer", ".callback-offer");
        assertThat(offer.getText()).isEqualTo("Zamiast czekać: oddzwońcie do mnie");
        browser.screenshot("widget-callback-offer-pl-phone");

        offer.click();
        WebElement phone = widget.await("the phone box", ".callback-phone");
        assertThat(browser.js("return arguments[0].getRootNode().activeElement === arguments[0]", phone)).isEqualTo(true);
        phone.sendKeys("600 12");
        widget.find(".callback-submit").click();
        WebElement error = widget.await("the phone error", ".callback-error");
        assertThat(error.getText()).isEqualTo("Podaj numer telefonu z 7–15 cyframi, np. +48 600 100 200.");
        assertThat(phone.getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("widget-callback-invalid-pl-phone");

        phone.clear();
        phone.sendKeys("+48 600 100 200");
        new Select(widget.find(".callback-window")).selectByValue("morning");
        widget.find(".callback-submit").click();
        WebElement confirmation = widget.await("the confirmation", ".callback-confirmation");
        assertThat(confirmation.getText()).isEqualTo("Dziękujemy! Oddzwonimy: +48600100200 · Rano (9:00–12:00)");
        widget.awaitMessage("the transcript's record", "SYSTEM", "Oddzwonimy pod numer +48600100200, rano (9:00–12:00).");
        assertThat(widget.find(".callback-form").isDisplayed()).isFalse();
        assertThat(widget.find(".callback-offer").isDisplayed()).isFalse();
        assertLastMessageInView(widget);
        browser.screenshot("widget-callback-confirmed-pl-phone");
        String id = conversationId();
        String shopperTab = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        consoleAs("anna", "anna-pass");
        WebElement task = browser.await("the callback task", driver -> driver.findElements(By.cssSelector(
                ".callback-list .callback")).stream().filter(item -> item.getText().contains("+48600100200"))
                .findFirst().orElse(null));
        assertThat(task.getText()).contains("PL", "Morning 9–12", "Mark done", "View chat");
        assertThat(browser.driver.findElement(By.id("callbacks-title")).getText()).startsWith("Callbacks (");
        browser.screenshot("console-callback-open-en-desktop");
        String taskId = task.getDomAttribute("data-id");
        task.findElement(By.cssSelector(".callback-done")).click();
        browser.await("the task leaves the open list", driver -> driver.findElements(
                By.cssSelector(".callback-list .callback[data-id='" + taskId + "']")).isEmpty());
        browser.driver.findElement(By.cssSelector(".callbacks-done summary")).click();
        WebElement doneItem = browser.await("the task among the done ones", driver -> driver.findElements(
                By.cssSelector(".callback-done-list [data-id='" + taskId + "']")).stream().findFirst().orElse(null));
        assertThat(doneItem.getText()).contains("+48600100200", "done by Anna");
        browser.screenshot("console-callback-done-en-desktop");
        browser.driver.close();
        browser.driver.switchTo().window(shopperTab);
        resolve(id);
    }

    @Test
    void givenAnAgentsReplyMailedToAShopperWhoLeft_whenTheyFollowTheLink_thenTheWidgetOpensThatChatToContinue() {
        dev.tandem.adapters.ShopperChat shopper = dev.tandem.adapters.ShopperChat.start(http, "en");
        shopper.say("I want to talk to a person about a missing parcel");
        shopper.say("reach me at parcel.owner@example.org");
        http.post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).headers(h -> h.setBasicAuth("anna", "anna-pass"))
                .exchange().expectStatus().isOk();
        http.post().uri("/api/v1/agent/conversations/{id}/messages", shopper.id).headers(h -> h.setBasicAuth("anna", "anna-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "We found your parcel: it ships tomorrow."))
                .exchange().expectStatus().isOk();
        // What the e-mail channel does once the reply went unread (EmailChannelTest mails it): the link's code.
        String code = awayReplies.due(shopper.id).block().orElseThrow().resumeCode();

        browser.asDesktop();
        browser.driver.get(base() + "/");
        browser.js("sessionStorage.clear()");
        browser.driver.get(base() + "/?from=mail#tandem-chat=" + code);
        ChatWidget widget = new ChatWidget(browser);
        widget.awaitMessage("the agent's reply", "AGENT", "it ships tomorrow");
        assertThat(widget.find(".banner").getText()).startsWith("You are chatting with");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("tandem-chat");
        browser.screenshot("widget-resume-from-mail-en-desktop");
        widget.write("Great, thank you!");
        widget.awaitMessage("the shopper's words, saved", "SHOPPER", "Great, thank you!");
        http.get().uri("/api/v1/conversations/{id}/messages", shopper.id).header("Authorization", "Bearer " + shopper.token)
                .exchange().expectStatus().isNotFound();   // the link traded the old token for a new one
        http.post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).headers(h -> h.setBasicAuth("anna", "anna-pass"))
                .exchange().expectStatus().isOk();
    }

    // ------------------------------------------------------------------ helpers

    /** The console in English in this browser's current tab, signed in as the agent (once per browser). */
    private void consoleAs(String agent, String password) {
        browser.driver.get(base() + "/console?lang=en");
        if (browser.driver.getCurrentUrl().contains("/login")) {
            browser.driver.findElement(By.id("username")).sendKeys(agent);
            browser.driver.findElement(By.id("password")).sendKeys(password);
            browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.await("the console", driver -> driver.getCurrentUrl().contains("/console"));
            browser.driver.get(base() + "/console?lang=en");
        }
        browser.await("signed in", driver -> !driver.findElement(By.id("me-name")).getText().isEmpty());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String conversationId() {
        return (String) browser.js("return JSON.parse(sessionStorage.getItem('tandem.chat:' + location.origin)).id");
    }

    private static String lastMessageText(ChatWidget widget, String author) {
        List<WebElement> messages = widget.messages().stream()
                .filter(m -> author.equals(m.getDomAttribute("data-author"))).toList();
        return messages.get(messages.size() - 1).getText();
    }

    private void assertLastMessageInView(ChatWidget widget) {
        List<WebElement> all = widget.all(".log .message");
        assertInView(all.get(all.size() - 1));
    }

    /** Its end within the log's visible box: not hidden under the banner, the form or the composer. */
    private void assertInView(WebElement element) {
        String where = """
                const element = arguments[0];
                const log = element.closest('.log');
                const box = element.getBoundingClientRect();
                const view = log.getBoundingClientRect();
                return [box.top, box.bottom, view.top, view.bottom, log.scrollTop, log.scrollHeight, log.clientHeight];""";
        try {
            browser.await("scrolled into view", driver -> {
                List<?> at = (List<?>) browser.js(where, element);
                double bottom = ((Number) at.get(1)).doubleValue();
                return bottom > ((Number) at.get(2)).doubleValue() && bottom <= ((Number) at.get(3)).doubleValue() + 1;
            });
        } catch (RuntimeException notInView) {
            browser.screenshot("failed-in-view");
            throw new AssertionError("not in view: " + browser.js(where, element), notInView);
        }
    }

    private void resolve(String id) {
        presence.set("agent", Presence.ONLINE, Instant.now());
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", id).exchange().expectStatus().isOk();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", id).exchange().expectStatus().isOk();
    }

    private long botRatings() {
        Map<String, Object> summary = http.get().uri("/api/v1/analytics/summary?days=1")
                .headers(h -> h.setBasicAuth("boss", "boss-pass")).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> csat = (Map<String, Map<String, Object>>) summary.get("csat");
        return ((Number) csat.get("bot").get("ratings")).longValue();
    }
}
