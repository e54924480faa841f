package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.EditorServerTest;
import dev.tandem.adapters.ShopperChat;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;

/**
 * An editor writes the shop's content in the browser (Debian's headless Chromium, asking for Polish): a new FAQ
 * entry in four languages with its live preview, an intent example, a save that collides with another editor's,
 * undo from the history, and a question from a real handed-off chat turned into a live answer. One browser session
 * for all of it; screenshots (a desktop in English, a 360 px phone in Polish) land in {@code target/screenshots/}.
 */
class EditorWritingBrowserTest extends EditorServerTest {

    private static final Map<String, String> LOYALTY_TITLES = Map.of("en", "How do loyalty points work?",
            "ru", "Как работают бонусные баллы?", "uk", "Як працюють бонусні бали?", "pl", "Jak działają punkty lojalnościowe?");
    /** Out of the shop's scope, so the bot cannot answer it; here the shop files it under pickup points. */
    private static final String HANDED_OFF = "purple elephants dance on tuesdays";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser browser;

    private WebElement in(String lang, String css) {
        return browser.driver.findElement(By.cssSelector(".faq-lang[data-lang='" + lang + "'] " + css));
    }

    private void awaitStatus(String id, String expected, Duration within) {
        new WebDriverWait(browser.driver, within, Duration.ofMillis(200)).withMessage(id + " says " + expected)
                .until(driver -> driver.findElement(By.id(id)).getText().contains(expected));
    }

    private void awaitLive(String id, Duration within) {
        new WebDriverWait(browser.driver, within, Duration.ofMillis(200)).withMessage(id + " says the bot serves it")
                .until(driver -> driver.findElement(By.id(id)).getAttribute("class").contains("good"));
    }

    /** Waits while the list under test may be drawn anew (a stale element is tried again, not a failure). */
    private void settled(String what, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30), Duration.ofMillis(200)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** The revision the status line last said the bot serves ("" before any). */
    private String liveRevision() {
        String revision = browser.driver.findElement(By.id("faq-status")).getDomAttribute("data-live");
        return revision == null ? "" : revision;
    }

    /** Waits until the status line says the bot serves a save newer than {@code before}. */
    private void awaitLiveAfter(String before) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60), Duration.ofMillis(200))
                .withMessage("faq-status says the bot serves the save after revision '" + before + "'")
                .until(driver -> {
                    WebElement status = driver.findElement(By.id("faq-status"));
                    String now = status.getDomAttribute("data-live");
                    return now != null && !now.equals(before) && status.getDomAttribute("class").contains("good");
                });
    }

    private List<String> entryIds() {
        return new Select(browser.driver.findElement(By.id("faq-id"))).getOptions().stream()
                .map(option -> option.getDomAttribute("value")).toList();
    }

    private List<Object> kbSearch(String question) {
        return ShopperChat.list(http.get().uri("/api/v1/kb/search?q={q}&lang=en", question)
                .headers(h -> h.setBasicAuth("editor", "editor-pass")).exchange().expectStatus().isOk()
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody().get("hits")).stream()
                .map(hit -> hit.get("id")).toList();
    }

    @Test
    void givenAnEditor_whenWritingInTheBrowser_thenEntriesExamplesConflictsUndoAndTheLearningLoopWork() throws Exception {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say(HANDED_OFF);
        Map<String, Object> second = shopper.say(HANDED_OFF);
        assertThat(second.get("state")).isEqualTo("QUEUED");

        browser = browsers.start(1280, 1000);
        browser.openSignedIn(port, "/editor", "editor");
        browser.await("the writing tools", driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-writing-ready")));

        // A new FAQ entry in four languages, with the Markdown preview as the shopper will see it.
        browser.driver.findElement(By.id("faq-new")).click();
        browser.driver.findElement(By.id("faq-new-id")).sendKeys("loyalty-points");
        for (String lang : List.of("en", "ru", "uk", "pl")) {
            in(lang, ".f-title").sendKeys(LOYALTY_TITLES.get(lang));
            in(lang, ".f-questions").sendKeys(LOYALTY_TITLES.get(lang) + Keys.ENTER + "points " + lang);
            in(lang, ".CodeMirror").click();
            in(lang, ".CodeMirror textarea").sendKeys("Every **10 PLN** is one point (" + lang + ").");
        }
        assertThat(in("pl", ".f-preview strong").getText()).isEqualTo("10 PLN");
        browser.screenshot("editor-writing-desktop-new-entry");
        browser.driver.findElement(By.id("faq-save")).click();
        awaitLive("faq-status", Duration.ofSeconds(60));
        for (String lang : List.of("en", "ru", "uk", "pl")) {
            assertThat(Files.readString(contentDir().resolve("faq/" + lang + "/loyalty-points.md")))
                    .contains("Every **10 PLN** is one point (" + lang + ").");
        }
        browser.await("the entry in the translation matrix", driver -> driver.findElements(
                By.cssSelector("#matrix-table tr[data-id='loyalty-points'] td[data-state='current']")).size() == 4);

        // Renamed: every language moves to the new id, and the old one is gone from the page.
        String live = liveRevision();
        // Shown once the page has taken the saved entry back (a new entry cannot be renamed).
        browser.await("the rename field", driver -> driver.findElement(By.id("faq-rename-id")).isDisplayed());
        browser.driver.findElement(By.id("faq-rename-id")).sendKeys("bonus-points");
        browser.driver.findElement(By.id("faq-rename")).click();
        awaitLiveAfter(live);
        browser.await("the renamed entry open", driver -> "bonus-points".equals(
                new Select(driver.findElement(By.id("faq-id"))).getFirstSelectedOption().getDomAttribute("value")));
        assertThat(entryIds()).contains("bonus-points").doesNotContain("loyalty-points");
        for (String lang : List.of("en", "ru", "uk", "pl")) {
            assertThat(contentDir().resolve("faq/" + lang + "/loyalty-points.md")).doesNotExist();
            assertThat(contentDir().resolve("faq/" + lang + "/bonus-points.md")).content().contains("id: bonus-points");
        }
        browser.js("document.getElementById('faq-status').scrollIntoView({block: 'center'})");
        browser.screenshot("editor-rename-done");

        // Retired: gone from the page and from the bot's answers; "Bring back" undoes it.
        live = liveRevision();
        browser.driver.findElement(By.id("faq-retire")).click();
        browser.driver.switchTo().alert().accept();
        awaitLiveAfter(live);
        WebElement bringBack = browser.await("the undo of the retirement", driver -> {
            WebElement button = driver.findElement(By.id("faq-bring-back"));
            return button.isDisplayed() ? button : null;
        });
        assertThat(entryIds()).doesNotContain("bonus-points");
        assertThat(contentDir().resolve("faq/pl/bonus-points.md")).doesNotExist();
        assertThat(kbSearch("loyalty points")).doesNotContain("bonus-points");
        browser.js("document.getElementById('faq-status').scrollIntoView({block: 'center'})");
        browser.screenshot("editor-retire-done");
        live = liveRevision();
        bringBack.click();
        awaitLiveAfter(live);
        browser.await("the entry back and open", driver -> "bonus-points".equals(
                new Select(driver.findElement(By.id("faq-id"))).getFirstSelectedOption().getDomAttribute("value")));
        assertThat(contentDir().resolve("faq/pl/bonus-points.md")).content().contains("Every **10 PLN** is one point (pl).");
        assertThat(kbSearch("loyalty points")).contains("bonus-points");
        browser.screenshot("editor-retire-undone");

        // A conflicting save: another editor changed the Polish text after this page loaded it.
        new Select(browser.driver.findElement(By.id("faq-id"))).selectByValue("warranty");
        browser.await("the warranty entry", driver -> in("pl", ".f-title").getDomProperty("value").length() > 0);
        String original = Files.readString(contentDir().resolve("faq/pl/warranty.md"));
        String version = (String) ShopperChat.map(ShopperChat.map(http.get().uri("/api/v1/editor/faq/warranty")
                .headers(h -> h.setBasicAuth("erika", "erika-pass")).exchange().expectBody(ShopperChat.JSON)
                .returnResult().getResponseBody().get("languages")).get("pl")).get("version");
        http.put().uri("/api/v1/editor/files").headers(h -> h.setBasicAuth("erika", "erika-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("path", "faq/pl/warranty.md",
                        "text", original.replace("---\n", "---\n").trim() + "\n\nGwarancja obejmuje też baterie.\n",
                        "baseVersion", version)).exchange().expectStatus().isOk();
        in("pl", ".f-title").sendKeys(" (2 lata)");
        browser.driver.findElement(By.id("faq-save")).click();
        awaitStatus("faq-status", "erika", Duration.ofSeconds(20));
        assertThat(browser.driver.findElement(By.id("faq-status")).getText()).contains("reload to merge");

        // Undo: the history of the Polish entry, and the version before erika's edit restored.
        browser.driver.findElement(By.cssSelector("#faq-history-box summary")).click();
        new Select(browser.driver.findElement(By.id("faq-history-lang"))).selectByValue("pl");
        new Select(browser.driver.findElement(By.id("faq-id"))).selectByValue("warranty");
        WebElement restore = browser.await("an older version to restore", driver -> driver.findElements(
                By.cssSelector("#faq-history .w-version button.restore")).stream().findFirst().orElse(null));
        restore.click();
        awaitLive("faq-status", Duration.ofSeconds(60));
        assertThat(Files.readString(contentDir().resolve("faq/pl/warranty.md"))).isEqualTo(original);

        // In the Learning section, the handed-off question becomes an example of the intent the editor picks, and
        // the bot answers it live.
        browser.driver.navigate().refresh();
        browser.await("the writing tools", driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-writing-ready")));
        settled("the handed-off question added as an example of pickup points", driver -> {
            WebElement question = driver.findElements(By.cssSelector("#learning-groups .learning-question")).stream()
                    .filter(item -> item.getText().contains(HANDED_OFF)).findFirst().orElse(null);
            if (question == null) {
                return false;
            }
            new Select(question.findElement(By.cssSelector(".intent-pick"))).selectByValue("pickup_points");
            question.findElement(By.cssSelector(".add-example")).click();
            return true;
        });
        new WebDriverWait(browser.driver, Duration.ofMinutes(3), Duration.ofSeconds(1))
                .withMessage("the bot answers the learned question from pickup points")
                .until(driver -> ShopperChat.list(ShopperChat.start(http, "en").say(HANDED_OFF).get("replies")).stream()
                        .anyMatch(reply -> "pickup-points".equals(reply.get("faqId"))));
        assertThat(Files.readString(contentDir().resolve("intents/pickup_points.yml"))).contains(HANDED_OFF);

        // An intent example edited by hand: added to gift cards in Polish, then moved to promo codes.
        new Select(browser.driver.findElement(By.id("intent-name"))).selectByValue("gift_cards");
        new Select(browser.driver.findElement(By.id("intent-lang"))).selectByValue("pl");
        browser.driver.findElement(By.id("example-text")).sendKeys("czy kartę podarunkową można doładować");
        browser.driver.findElement(By.cssSelector("#example-add button[type=submit]")).click();
        String example = "czy kartę podarunkową można doładować";
        settled("the new example moved to promo codes", driver -> {
            WebElement added = driver.findElements(By.cssSelector("#examples li.w-example")).stream()
                    .filter(item -> example.equals(item.getDomAttribute("data-text"))).findFirst().orElse(null);
            if (added == null) {
                return false;
            }
            new Select(added.findElement(By.cssSelector(".move-to"))).selectByValue("promo_codes");
            added.findElement(By.cssSelector("button.move")).click();
            return true;
        });
        settled("the example moved away", driver -> driver.findElements(By.cssSelector("#examples li.w-example"))
                .stream().noneMatch(item -> example.equals(item.getDomAttribute("data-text"))));
        assertThat(Files.readString(contentDir().resolve("intents/promo_codes.yml"))).contains(example);

        new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("en");
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("editor-writing-desktop-en");
        browser.asPhone();
        new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        browser.js("document.getElementById('faq-editor').scrollIntoView()");
        browser.screenshot("editor-writing-phone-pl");
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= 360")).as("no sideways scrolling").isTrue();
    }
}
