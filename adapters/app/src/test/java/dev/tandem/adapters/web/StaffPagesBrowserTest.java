package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor and analytics pages in Debian's headless Chromium (the browser asks for Polish): an editor
 * checks the knowledge base, previews a search and finds what the bot could not answer; an admin reads the
 * figures and charts on a 360 px phone. Screenshots land in {@code target/screenshots/}.
 */
class StaffPagesBrowserTest extends RunningServerTest {

    private static final String UNANSWERABLE = "purple elephants dance on tuesdays";
    private static final String REASON_IN_TABLE =
            "return document.querySelector(\"#handoffs-table tr[data-reason='SHOPPER_REQUEST'] th\").textContent";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser browser;

    private String text(String css) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void givenAQuestionTheBotCouldNotAnswer_whenAnEditorOpensTheEditorPage_thenStatusSearchAndTheQuestionAreThere() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say(UNANSWERABLE);
        shopper.say(UNANSWERABLE);

        browser = browsers.start(1280, 900);
        browser.openSignedIn(port, "/editor", "editor");

        // Knowledge-base status: 21 entries in each language, the last reload, nothing rejected.
        for (String language : List.of("en", "ru", "uk", "pl")) {
            browser.await(language + " entries", driver -> text("#kb-entries tr[data-lang='" + language + "'] .count").equals("21"));
        }
        assertThat(text("#kb-reload")).isNotBlank();
        assertThat(browser.driver.findElement(By.id("kb-rejected")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("kb-rejected-none")).isDisplayed()).isTrue();

        // Search preview in Polish: ranked hits with a score, the answer rendered from Markdown.
        browser.driver.findElement(By.id("search-q")).sendKeys("zwrot pieniędzy");
        new Select(browser.driver.findElement(By.id("search-lang"))).selectByValue("pl");
        browser.driver.findElement(By.id("search-go")).click();
        WebElement hit = browser.await("a search hit", driver -> driver.findElements(By.cssSelector("#hits .hit"))
                .stream().findFirst().orElse(null));
        WebElement score = hit.findElement(By.cssSelector(".hit-score"));
        assertThat(Double.parseDouble(score.getDomAttribute("data-score"))).isPositive();
        assertThat(score.getText()).matches("score \\d+\\.\\d\\d");
        assertThat(hit.findElement(By.cssSelector(".hit-title")).getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("#hits .hit"))).extracting(h -> h.getDomAttribute("data-id"))
                .contains("refund-timing");
        assertThat(hit.findElements(By.cssSelector(".answer p"))).isNotEmpty();
        assertThat(hit.findElement(By.cssSelector(".answer")).getText()).doesNotContain("**");
        browser.screenshot("editor-search");

        // The question the bot could not answer, with its count and a new FAQ file to start from.
        WebElement question = browser.await("the unanswered question", driver -> driver.findElements(
                By.cssSelector("#unanswered-list .question")).stream()
                .filter(q -> q.findElement(By.cssSelector(".question-text")).getText().equals(UNANSWERABLE))
                .findFirst().orElse(null));
        assertThat(question.getDomAttribute("data-language")).isEqualTo("en");
        assertThat(Integer.parseInt(question.getDomAttribute("data-count"))).isGreaterThanOrEqualTo(1);
        question.findElement(By.cssSelector(".copy-faq")).click();
        WebElement skeleton = browser.await("the new FAQ file", driver -> {
            WebElement pre = question.findElement(By.cssSelector(".faq-skeleton"));
            return pre.isDisplayed() ? pre : null;
        });
        assertThat(skeleton.getText()).contains("id: purple-elephants-dance-on-tuesdays")
                .contains("questions:\n  - \"" + UNANSWERABLE + "\"");
        browser.await("where to paste it", driver -> question.findElement(By.cssSelector(".copy-note")).getText()
                .contains("faq/en/purple-elephants-dance-on-tuesdays.md"));
        browser.screenshot("editor-unanswered");
    }

    @Test
    void givenAHandoff_whenAnAdminOpensAnalyticsOnAPhone_thenFiguresAndChartsFitAndTheReasonIsShown() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("I want to talk to a person");

        browser = browsers.start(360, 740);
        browser.asPhone();
        browser.openSignedIn(port, "/analytics", "boss");

        browser.await("the containment rate", driver -> text("#kpi-containment .kpi-value").matches("\\d+(\\.\\d)?%"));
        WebElement bar = browser.await("the handoff reason's bar", driver -> driver.findElements(
                By.cssSelector("#handoffs-chart svg[role='img'] rect.bar[data-reason='SHOPPER_REQUEST']")).stream()
                .findFirst().orElse(null));
        assertThat(Integer.parseInt(bar.getDomAttribute("data-count"))).isPositive();
        assertThat(browser.js(REASON_IN_TABLE)).isEqualTo("Asked for a person");
        assertThat(browser.js("return document.getElementById('handoffs-svg-title').textContent").toString())
                .contains("Asked for a person");
        assertThat(browser.driver.findElements(By.cssSelector("#hours-chart rect.bar"))).hasSize(24);
        assertThat(browser.driver.findElements(By.cssSelector("#hours-table tbody tr"))).hasSize(24);
        assertThat(text("#kpi-csat-bot .kpi-hint")).matches("[\\d,]+ ratings?");   // bot chats are rated too

        // Containment over time: today's point on the line and its row in the table.
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        WebElement dot = browser.await("today's containment", driver -> driver.findElements(
                By.cssSelector("#trend-chart svg[role='img'] circle.trend-dot[data-day='" + today + "']")).stream()
                .findFirst().orElse(null));
        assertThat(Double.parseDouble(dot.getDomAttribute("data-rate"))).isBetween(0.0, 1.0);
        assertThat(browser.driver.findElements(By.cssSelector("#trend-table tbody tr[data-day='" + today + "']"))).hasSize(1);
        assertThat(browser.js("return document.getElementById('trend-svg-title').textContent").toString())
                .startsWith("Containment rate per day");

        // The weekday × hour heat map: 7 × 24 cells, the shopper's message in today's row, and the same as a table.
        assertThat(browser.driver.findElements(By.cssSelector("#heatmap-chart svg[role='img'] rect.cell[data-weekday]"))).hasSize(168);
        int weekday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfWeek().getValue();
        assertThat(browser.driver.findElements(By.cssSelector("#heatmap-chart rect.cell[data-weekday='" + weekday + "']")))
                .anySatisfy(cell -> assertThat(Integer.parseInt(cell.getDomAttribute("data-messages"))).isPositive());
        assertThat(browser.driver.findElements(By.cssSelector("#heatmap-table tbody tr"))).hasSize(7);
        assertThat(browser.driver.findElements(By.cssSelector("#heatmap-table thead th"))).hasSize(25);

        // Split by language and by channel, each with its containment.
        WebElement english = browser.await("the English row", driver -> driver.findElements(
                By.cssSelector("#split-language tr[data-key='en']")).stream().findFirst().orElse(null));
        assertThat(Integer.parseInt(english.getDomAttribute("data-conversations"))).isPositive();
        assertThat(Integer.parseInt(english.getDomAttribute("data-handed-off"))).isPositive();
        assertThat((String) browser.js("return arguments[0].querySelector('th').textContent", english)).isEqualTo("English");
        assertThat((String) browser.js("return arguments[0].querySelector('.share-value').textContent", english)).matches("\\d+(\\.\\d)?%");
        assertThat((String) browser.js(
                "return document.querySelector(\"#split-channel tr[data-key='web'] th\").textContent")).isEqualTo("Website chat");

        // The page in Polish: its own words and the chart's follow the choice.
        new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        browser.await("the Polish reason", driver -> "Prośba o konsultanta".equals(browser.js(REASON_IN_TABLE)));
        assertThat(browser.js("return document.getElementById('handoffs-svg-title').textContent").toString())
                .contains("Prośba o konsultanta");
        assertThat(text("#kpi-containment-label")).isEqualTo("Odsetek bez konsultanta");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("pl");
        assertThat((String) browser.js(
                "return document.querySelector(\"#split-language tr[data-key='en'] th\").textContent")).isEqualTo("angielski");
        assertThat(text("#heatmap-title")).isEqualTo("Ruch: dzień tygodnia × godzina (UTC)");

        assertThat(browser.js("return window.innerWidth")).isEqualTo(360L);
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        browser.screenshot("analytics-360px");
        browser.js("document.getElementById('heatmap').scrollIntoView()");
        browser.screenshot("analytics-heatmap-360px");
        browser.js("document.getElementById('splits').scrollIntoView()");
        browser.screenshot("analytics-splits-360px");

        new Select(browser.driver.findElement(By.id("days"))).selectByValue("7");
        browser.await("the 7-day summary", driver -> "7".equals(driver.findElement(By.id("main")).getDomAttribute("data-days"))
                && "false".equals(driver.findElement(By.id("main")).getDomAttribute("aria-busy")));
        assertThat(browser.driver.findElements(By.cssSelector("#handoffs-chart rect.bar[data-reason='SHOPPER_REQUEST']"))).hasSize(1);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/analytics?days=7");
        assertThat(browser.driver.findElement(By.id("editor-link")).isDisplayed()).isFalse();

        // Signed out, an agent signs in: the analytics page is not theirs.
        browser.driver.findElement(By.id("logout")).click();
        browser.await("signed out", driver -> driver.getCurrentUrl().endsWith("/login?logout"));
        browser.openSignedIn(port, "/analytics", "agent");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.driver.findElements(By.id("kpi-containment"))).isEmpty();
    }
}
