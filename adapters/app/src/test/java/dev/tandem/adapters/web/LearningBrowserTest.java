package dev.tandem.adapters.web;

import static dev.tandem.adapters.Staff.claimAndReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.learning.ModelState;
import dev.tandem.adapters.learning.SafeRetraining;
import dev.tandem.intents.catalog.IntentCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Learning" section of the editor page in headless Chromium: a question from a real handed-off chat,
 * masked, under the intent the bot guessed; the agent's reply to it offered as a draft FAQ; a change of intent
 * examples held by the cross-validation with its confused examples, published anyway; the weekly progress on the
 * analytics page. Screenshots (desktop and a 360 px phone, Polish and English) land in {@code target/screenshots/}.
 */
class LearningBrowserTest extends RunningServerTest {

    private static final String QUESTION = "do purple zebras knit scarves? mail me at ola.zielinska@example.com";
    private static final String MASKED = "do purple zebras knit scarves? mail me at o***@example.com";
    private static final String REPLY = "We do not sell zebra knitwear, but our wool scarves come in 12 colours.";

    @Autowired
    private SafeRetraining retraining;

    @TempDir
    Path tiny;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser browser;

    /** A conversation the bot gave up on, answered and resolved by an agent. */
    private void handedOffChatAnsweredByAnAgent() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say(QUESTION);
        shopper.say(QUESTION);
        claimAndReply(http, "agent", shopper.id, REPLY);
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange().expectStatus().isOk();
    }

    /**
     * A change that makes two intents of a tiny shop indistinguishable, put to the server's own gate: the real
     * cross-validation holds it (on three intents it takes seconds, on the demo shop a minute).
     */
    private void aHeldChangeOfExamples() throws IOException {
        String refunds = "[\"when do I get my money back\", \"refund not received yet\", \"how many days for the refund\", "
                + "\"money back to my card when\", \"refund still pending\", \"my refund is late\"]";
        String delivery = "[\"how long does delivery take\", \"when will the parcel arrive\", \"delivery time to Warsaw\", "
                + "\"how many days is shipping\", \"parcel arrival date\", \"courier delivery how fast\"]";
        IntentCatalog serving = tinyShop("serving", refunds, delivery);
        IntentCatalog candidate = tinyShop("candidate", refunds, refunds.replace("my refund is late", "refund for my parcel"));
        assertThat(retraining.admits(serving, candidate)).isFalse();
        await("the change of examples held").atMost(Duration.ofSeconds(90))
                .until(retraining::state, ModelState.Held.class::isInstance);
    }

    private IntentCatalog tinyShop(String name, String refunds, String delivery) throws IOException {
        Path intents = Files.createDirectories(tiny.resolve(name).resolve("intents"));
        Files.writeString(intents.resolve("refund_timing.yml"), "action: faq\nexamples:\n  en: " + refunds + "\n");
        Files.writeString(intents.resolve("shipping_time.yml"), "action: faq\nexamples:\n  en: " + delivery + "\n");
        return IntentCatalog.load(tiny.resolve(name));
    }

    private WebElement questionCard() {
        return browser.await("the masked question", driver -> driver.findElements(By.cssSelector(".learning-question"))
                .stream().filter(card -> card.findElement(By.cssSelector(".question-text")).getText().equals(MASKED))
                .findFirst().orElse(null));
    }

    private void show(String id, String screenshot) {
        browser.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
        browser.screenshot(screenshot);
    }

    @Test
    void givenAHandedOffChatAndAHeldModel_whenAnEditorWorksTheLearningSection_thenTheyTeachDismissAndPublish()
            throws Exception {
        handedOffChatAnsweredByAnAgent();
        aHeldChangeOfExamples();

        browser = browsers.start(1280, 1000);
        browser.openSignedIn(port, "/editor", "editor");

        // In Polish: the section speaks it, the shopper's words stay as written, masked.
        browser.await("the section loaded", driver -> !text("#learning-totals").isEmpty());
        new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        browser.await("the Polish title", driver -> text("#learning-title").equals("Nauka"));
        WebElement question = questionCard();
        assertThat(browser.driver.getPageSource()).doesNotContain("ola.zielinska");
        WebElement group = question.findElement(By.xpath("ancestor::li[contains(@class,'intent-group')]"));
        assertThat(group.findElement(By.cssSelector(".intent-name")).getText()).isNotBlank();
        String suggested = group.getDomAttribute("data-intent");
        if (!suggested.isEmpty()) {
            assertThat(new Select(question.findElement(By.cssSelector(".intent-pick"))).getFirstSelectedOption().getText())
                    .as("the suggested intent is preselected").isEqualTo(suggested);
        }
        WebElement answer = browser.await("the agent's answer", driver -> driver.findElements(By.cssSelector(".agent-answer"))
                .stream().filter(card -> card.findElement(By.cssSelector(".agent-reply")).getText().equals(REPLY))
                .findFirst().orElse(null));
        assertThat(answer.getDomAttribute("data-offer")).isEqualTo("draft-faq");
        assertThat(answer.findElement(By.cssSelector(".question-text")).getText()).isEqualTo(MASKED);

        // The held change: the dropped language, the two intents and the examples they share.
        WebElement model = browser.driver.findElement(By.id("model-state"));
        assertThat(model.getDomAttribute("data-status")).isEqualTo("held");
        assertThat(model.findElement(By.cssSelector(".model-scores tr[data-lang='en']")).getDomAttribute("class"))
                .contains("dropped");
        assertThat(model.findElement(By.cssSelector(".confused-title")).getText()).contains("refund_timing ↔ shipping_time");
        assertThat(model.findElements(By.cssSelector(".confused-examples li"))).isNotEmpty();
        show("learning", "learning-desktop-pl");

        browser.driver.manage().window().setSize(new Dimension(360, 800));
        show("learning", "learning-360px-pl");
        new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("en");
        browser.await("the English title", driver -> text("#learning-title").equals("Learning"));
        assertThat(text("#model-state .publish-anyway")).isEqualTo("Publish anyway");
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        show("learning", "learning-360px-en");
        show("agent-answers", "learning-agent-answers-360px-en");
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        show("learning", "learning-desktop-en");

        // "Accept as a draft FAQ": kept on the server and opened in the FAQ editor, English filled in from the agent's
        // reply, the three other languages marked missing.
        browser.await("the agent's answer", driver -> driver.findElements(By.cssSelector(".agent-answer")).stream()
                        .filter(card -> card.findElement(By.cssSelector(".agent-reply")).getText().equals(REPLY))
                        .findFirst().orElse(null))
                .findElement(By.cssSelector(".accept-draft")).click();
        browser.await("the draft open in the FAQ editor", driver -> driver.findElements(
                By.cssSelector(".faq-lang[data-missing='true']")).size() == 3);
        assertThat(browser.driver.findElement(By.cssSelector(".faq-lang[data-lang='en']")).getDomAttribute("data-missing"))
                .isEqualTo("false");
        assertThat(text(".faq-lang[data-lang='en'] .f-preview")).isEqualTo(REPLY);
        assertThat(new Select(browser.driver.findElement(By.id("faq-drafts"))).getFirstSelectedOption().getText())
                .endsWith("(missing: ru, uk, pl)");
        show("faq-editor", "editor-draft-from-agent-en");

        // Dismiss the question: it leaves the open list.
        questionCard().findElement(By.cssSelector(".dismiss")).click();
        browser.await("the question gone", driver -> !String.valueOf(browser.js("return [...document.querySelectorAll("
                + "'.learning-question .question-text')].map(text => text.textContent).join('\\n')")).contains(MASKED));

        // Publish anyway: the held change goes live.
        browser.driver.findElement(By.cssSelector("#model-state .publish-anyway")).click();
        browser.await("the model live", driver -> "live".equals(
                driver.findElement(By.id("model-state")).getDomAttribute("data-status")));

        // The week's progress on the analytics page counts the dismissed item.
        browser.driver.get("http://localhost:" + port + "/analytics");
        WebElement thisWeek = browser.await("this week's progress", driver -> driver.findElements(
                By.cssSelector("#progress-table tbody tr")).stream().reduce((first, last) -> last).orElse(null));
        assertThat(Long.parseLong(thisWeek.findElement(By.cssSelector(".dismissed")).getText())).isPositive();
        assertThat(thisWeek.findElement(By.cssSelector(".answered")).getText()).endsWith("%");
        show("progress", "analytics-learning-progress-en");
    }

    private String text(String css) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
