package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The pages in a real browser (Debian's headless Chromium): a shopper chats through the widget on the demo
 * shop, an agent works the chat in the console, and what each typed reaches the other live — as text.
 * Screenshots land in {@code target/screenshots/}.
 */
class WebPagesBrowserTest extends RunningServerTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser shopper;
    private Browser agent;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void givenPolishShopper_whenTheyAskAndAskForAPerson_thenAnAgentClaimsRepliesLiveAndResolvesWithEveryTextLiteral() {
        shopper = browsers.start(1280, 900);
        shopper.driver.get(base() + "/");
        ChatWidget widget = new ChatWidget(shopper);
        widget.open();
        widget.awaitMessage("the Polish greeting", "BOT", "Dzień dobry");

        // An FAQ question: the answer is rendered from Markdown (bold, no raw markers) and asks if it helped.
        widget.write("Ile dni mam na zwrot?");
        WebElement answer = shopper.await("the FAQ answer", driver -> widget.all(".message.faq").stream().findFirst().orElse(null));
        assertThat(answer.getDomAttribute("data-faq-id")).isEqualTo("return-policy");
        assertThat(answer.findElements(By.cssSelector(".body strong"))).isNotEmpty();
        assertThat(answer.getText()).contains("30 dni").doesNotContain("**");
        shopper.await("the helpful buttons", driver -> widget.quickReplies().containsAll(List.of("Tak, dziękuję", "Nie")));
        assertThat(widget.find(".human").getText()).isEqualTo("Porozmawiaj z konsultantem");
        shopper.screenshot("widget-faq-answer");

        // Not helpful, then the always-visible person button: the queue banner shows the place in line.
        widget.all(".quick .quick-reply").stream().filter(b -> b.getText().equals("Nie")).findFirst().orElseThrow().click();
        widget.find(".human").click();
        WebElement banner = widget.await("the queue banner", ".banner");
        shopper.await("a position in the banner", driver -> banner.getDomAttribute("data-position") != null);
        assertThat(banner.getText()).contains("w kolejce");
        widget.write(XSS);
        WebElement typed = widget.awaitMessage("the shopper's own HTML shown as text", "SHOPPER", XSS);
        assertThat(typed.findElement(By.cssSelector(".body")).getText()).isEqualTo(XSS);
        assertThat(widget.all(".log img")).isEmpty();
        shopper.screenshot("widget-queued");
        String conversationId = (String) shopper.js(
                "return JSON.parse(sessionStorage.getItem('tandem.chat:' + location.origin)).id");

        // The agent signs in, sees the chat in the live queue, claims it and reads the transcript.
        agent = browsers.start(1400, 1000);
        agent.openSignedIn(port, "/console", "agent");
        WebElement queued = agent.await("the chat in the queue", driver -> driver.findElements(
                By.cssSelector(".q-item[data-id='" + conversationId + "']")).stream().findFirst().orElse(null));
        assertThat(queued.getText()).contains("PL");
        agent.screenshot("console-queue");
        queued.findElement(By.cssSelector(".q-claim")).click();
        WebElement panel = agent.await("the conversation tab", driver -> driver.findElements(
                By.cssSelector(".panel[data-id='" + conversationId + "'][data-state='ASSIGNED']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        WebElement xssLine = agent.await("the shopper's HTML in the transcript", driver -> panel.findElements(
                By.cssSelector(".line.shopper .line-text")).stream().filter(t -> t.getText().equals(XSS)).findFirst().orElse(null));
        assertThat(xssLine.findElements(By.tagName("img"))).isEmpty();
        assertThat(panel.findElements(By.cssSelector(".transcript img"))).isEmpty();
        assertThat(panel.findElements(By.cssSelector(".badge.faq"))).extracting(WebElement::getText).contains("FAQ return-policy");
        assertThat(panel.findElements(By.cssSelector(".badge.intent"))).isNotEmpty();

        // An FAQ suggestion goes into the reply box as plain text, and is sent; the shopper sees it live.
        agent.await("an FAQ suggestion inserted", driver -> {
            try {   // the details are redrawn when the conversation changes: find the button afresh
                WebElement insert = panel.findElements(By.cssSelector(".insert-suggestion")).stream().findFirst().orElse(null);
                if (insert == null) {
                    return null;
                }
                insert.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        WebElement reply = panel.findElement(By.cssSelector(".reply-text"));
        String inserted = reply.getDomProperty("value");
        assertThat(inserted).isNotBlank().doesNotContain("**");
        agent.screenshot("console-conversation");
        panel.findElement(By.cssSelector(".reply-send")).click();
        String firstLine = inserted.lines().findFirst().orElseThrow();
        widget.awaitMessage("the agent's reply, live", "AGENT", firstLine);
        reply.sendKeys("<b>Anna</b> " + XSS);
        panel.findElement(By.cssSelector(".reply-send")).click();
        WebElement agentHtml = widget.awaitMessage("the agent's HTML shown as text", "AGENT", "<b>Anna</b>");
        assertThat(agentHtml.findElement(By.cssSelector(".body")).getText()).isEqualTo("<b>Anna</b> " + XSS);
        assertThat(widget.all(".log img, .log b")).isEmpty();
        shopper.screenshot("widget-agent-replies");
        assertThat(shopper.alertShown()).as("an alert in the shopper's page").isFalse();
        assertThat(agent.alertShown()).as("an alert in the console").isFalse();

        // A reload of the shop page brings the same conversation back, each message once.
        List<String> before = widget.seqs();
        shopper.driver.navigate().refresh();
        ChatWidget reloaded = new ChatWidget(shopper);
        shopper.await("the transcript after the reload", driver -> reloaded.seqs().size() >= before.size());
        assertThat(reloaded.seqs()).containsExactlyElementsOf(before).doesNotHaveDuplicates();
        assertThat(reloaded.all(".log img")).isEmpty();
        assertThat(reloaded.awaitMessage("the shopper's HTML still text", "SHOPPER", XSS)
                .findElement(By.cssSelector(".body")).getText()).isEqualTo(XSS);
        shopper.screenshot("widget-after-reload");

        // The agent resolves: the shopper is asked for stars and gives five.
        long agentRatingsBefore = agentRatings();
        panel.findElement(By.cssSelector(".act-resolve")).click();
        WebElement five = reloaded.await("the rating stars", ".star[data-score='5']");
        five.click();
        shopper.await("the thank-you for the rating", driver -> reloaded.find(".rating-note").getText().contains("Dziękujemy"));
        shopper.screenshot("widget-rated");
        String token = (String) shopper.js("return JSON.parse(sessionStorage.getItem('tandem.chat:' + location.origin)).token");
        http.post().uri("/api/v1/conversations/{id}/rating", conversationId).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", 1))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("already_rated");

        // The shop's owner opens the analytics page: the agent's CSAT counts the five stars.
        shopper.openSignedIn(port, "/analytics?days=1", "boss");
        WebElement agentCsat = shopper.await("the agent's CSAT with the new rating", driver -> {
            WebElement kpi = driver.findElement(By.id("kpi-csat-agent"));
            String ratings = kpi.getDomAttribute("data-ratings");
            return ratings != null && Long.parseLong(ratings) >= agentRatingsBefore + 1 ? kpi : null;
        });
        assertThat(Long.parseLong(agentCsat.getDomAttribute("data-ratings"))).isGreaterThanOrEqualTo(1);
        assertThat(agentCsat.findElement(By.cssSelector(".kpi-value")).getText()).matches("[1-5]([.,]\\d)? / 5");
        assertThat(agentCsat.findElement(By.cssSelector(".kpi-hint")).getText()).contains(agentCsat.getDomAttribute("data-ratings"));
        shopper.screenshot("analytics-agent-csat");
    }

    /** How many agent-resolved chats were rated so far, from the API the analytics page reads. */
    private long agentRatings() {
        Map<String, Object> summary = http.get().uri("/api/v1/analytics/summary?days=1")
                .headers(h -> h.setBasicAuth("boss", "boss-pass")).exchange().expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> csat = (Map<String, Map<String, Object>>) summary.get("csat");
        return ((Number) csat.get("agent").get("ratings")).longValue();
    }

    @Test
    void givenHostileMarkdown_whenTheWidgetRendersIt_thenOnlySafeElementsAndHttpOrMailtoLinksRemain() {
        shopper = browsers.start(1280, 900);
        shopper.driver.get(base() + "/");
        String markdown = "**Bold** and [ok](https://lumo.pl/returns), [bad](javascript:alert(1)), <img src=x onerror=alert(1)>\n\n"
                + "- one\n- two\n\n1. first\n2. [mail](mailto:help@lumo.pl)";

        String html = (String) shopper.driver.executeAsyncScript("""
                const source = arguments[0];
                const done = arguments[arguments.length - 1];
                import('/widget/markdown.js').then(markdown => {
                  const box = document.createElement('div');
                  box.append(markdown.renderMarkdown(source));
                  done(box.innerHTML);
                }, error => done('failed: ' + error));
                """, markdown);

        assertThat(html).contains("<strong>Bold</strong>")
                .contains("<a href=\"https://lumo.pl/returns\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">ok</a>")
                .contains("<span>bad</span>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<ul><li>one</li><li>two</li></ul>")
                .contains("<ol><li>first</li><li><a href=\"mailto:help@lumo.pl\"")
                .doesNotContain("<img").doesNotContain("javascript:alert(1)\"");
    }

    @Test
    void givenPhoneWithoutWebSockets_whenAnAgentReplies_thenThePollingWidgetShowsItWithinA360PixelScreen() {
        shopper = browsers.start(360, 740);
        shopper.asPhone();
        shopper.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.WebSocket = class { constructor() { throw new Error('no sockets on this network'); } };"));
        shopper.driver.get(base() + "/");
        ChatWidget widget = new ChatWidget(shopper);
        widget.open();
        widget.awaitMessage("the Polish greeting", "BOT", "Dzień dobry");
        widget.write("chcę porozmawiać z konsultantem");
        widget.await("the queue banner", ".banner");
        String id = (String) shopper.js("return JSON.parse(sessionStorage.getItem('tandem.chat:' + location.origin)).id");

        http.post().uri("/api/v1/agent/conversations/{id}/claim", id).headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isOk();
        http.post().uri("/api/v1/agent/conversations/{id}/messages", id).headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Dzień dobry, tu konsultant."))
                .exchange().expectStatus().isOk();

        widget.awaitMessage("the agent's reply, by polling", "AGENT", "Dzień dobry, tu konsultant.");
        Number right = (Number) shopper.js("""
                const panel = document.querySelector('[data-tandem-widget]').shadowRoot.querySelector('.panel');
                return panel.getBoundingClientRect().right;""");
        assertThat(shopper.js("return window.innerWidth")).isEqualTo(360L);
        assertThat(right.doubleValue()).isLessThanOrEqualTo(360);
        assertThat(widget.find(".send").isDisplayed()).isTrue();
        assertThat(widget.find(".human").isDisplayed()).isTrue();
        shopper.screenshot("widget-360px-polling");

        widget.find(".input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        shopper.await("focus back on the launcher", driver -> "launcher".equals(shopper.js(
                "return document.querySelector('[data-tandem-widget]').shadowRoot.activeElement?.className")));
        http.post().uri("/api/v1/agent/conversations/{id}/resolve", id).headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isOk();
    }
}
