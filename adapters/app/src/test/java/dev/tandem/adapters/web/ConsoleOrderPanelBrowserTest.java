package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's order-lookup panel in headless Chromium: the order a shopper mentioned is a button that
 * shows the demo store's order (shipped, with its tracking number and an http(s) tracking link), and any
 * number can be typed in; an unknown one says so. Switched to Polish in the header, the console's words follow.
 * Screenshots land in {@code target/screenshots/}.
 */
class ConsoleOrderPanelBrowserTest extends RunningServerTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser agent;
    private ShopperChat shopper;

    @AfterEach
    void resolveTheChat() {
        if (shopper != null) {   // leave no chat held or queued for the other tests
            as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange();
        }
    }

    @Test
    void givenAChatAboutAnOrder_whenTheAgentLooksItUp_thenTheShippedOrderShowsAndAnUnknownNumberIsNotFound() {
        Browser.assumeInstalled();
        shopper = ShopperChat.start(http, "pl");
        shopper.say("chcę porozmawiać z konsultantem w sprawie zamówienia 100234");

        agent = browsers.start(1400, 1000);
        WebElement panel = agent.claimInConsole(port, "agent", shopper.id);

        // The order the shopper mentioned is a button: it shows the order, shipped, with its tracking.
        WebElement reference = agent.await("the order reference", driver -> panel.findElements(
                By.cssSelector(".orders .order-ref[data-order='100234']")).stream().findFirst().orElse(null));
        assertThat(reference.getText()).isEqualTo("Order 100234");
        reference.click();
        WebElement result = agent.await("the shipped order", driver -> panel.findElements(
                By.cssSelector(".order-result[data-state='found'][data-order='100234']")).stream().findFirst().orElse(null));
        assertThat(result.getDomAttribute("data-status")).isEqualTo("SHIPPED");
        assertThat(result.findElement(By.cssSelector(".order-status")).getText()).isEqualTo("Shipped");
        assertThat(result.findElement(By.cssSelector(".tracking-number")).getText()).isEqualTo("TRK-100234");
        assertThat(result.getText()).contains("InPost").contains("demo@example.com").contains("Lumo Classic denim jacket");
        WebElement link = result.findElement(By.cssSelector("a.tracking-url"));
        assertThat(link.getDomProperty("href")).startsWith("https://").contains("TRK-100234");
        assertThat(link.getDomAttribute("rel")).contains("noopener");
        agent.screenshot("console-order-lookup");

        // The order stays on screen when the conversation is refreshed (the shopper writes again).
        long renders = Long.parseLong(panel.getDomAttribute("data-renders"));
        shopper.say("czy paczka jest już w drodze?");
        agent.await("the conversation refreshed", driver -> Long.parseLong(panel.getDomAttribute("data-renders")) > renders);
        assertThat(panel.findElements(By.cssSelector(".order-result[data-state='found'][data-order='100234']"))).hasSize(1);
        assertThat(panel.findElements(By.cssSelector(".conv-side > .side-section"))).hasSize(4);

        // Any number can be typed in: an unknown one is not found, a malformed one is explained.
        WebElement input = panel.findElement(By.cssSelector(".order-input"));
        assertThat(input.getDomProperty("value")).isEqualTo("100234");
        input.clear();
        input.sendKeys("999999", Keys.ENTER);
        WebElement missing = agent.await("the unknown order", driver -> panel.findElements(
                By.cssSelector(".order-result[data-state='not-found']")).stream().findFirst().orElse(null));
        assertThat(missing.getText()).isEqualTo("No order 999999 in the shop.");
        assertThat(missing.findElements(By.cssSelector(".order-card"))).isEmpty();
        agent.screenshot("console-order-not-found");

        input.clear();
        input.sendKeys("12ab");
        panel.findElement(By.cssSelector(".order-go")).click();
        WebElement invalid = agent.await("the malformed number", driver -> panel.findElements(
                By.cssSelector(".order-result[data-state='invalid']")).stream().findFirst().orElse(null));
        assertThat(invalid.getText()).isEqualTo("An order number is 4 to 12 digits.");
        assertThat(agent.alertShown()).isFalse();

        // The console in Polish, picked in the header: the agent's actions, the order panel and the page's
        // own words follow at once, and the choice is remembered after a reload.
        new Select(agent.driver.findElement(By.id("ui-lang"))).selectByValue("pl");
        agent.await("the Polish resolve button", driver -> "Zakończ".equals(panel.findElement(By.cssSelector(".act-resolve")).getText()));
        assertThat(panel.findElement(By.cssSelector(".act-release")).getText()).isEqualTo("Zwolnij");
        assertThat(panel.findElement(By.cssSelector(".act-return")).getText()).isEqualTo("Oddaj botowi");
        assertThat(panel.findElement(By.cssSelector(".act-transfer")).getText()).isEqualTo("Przekaż");
        assertThat(agent.driver.findElements(By.cssSelector("#queue .q-claim"))).extracting(WebElement::getText)
                .allMatch("Przejmij"::equals);
        assertThat(panel.findElement(By.cssSelector(".order-ref[data-order='100234']")).getText()).isEqualTo("Zamówienie 100234");
        assertThat(panel.findElement(By.cssSelector(".order-result[data-state='invalid']")).getText())
                .isEqualTo("Numer zamówienia ma od 4 do 12 cyfr.");
        assertThat(agent.driver.findElement(By.cssSelector("#queue-title [data-i18n]")).getText()).isEqualTo("Kolejka");
        assertThat(agent.js("return document.documentElement.lang")).isEqualTo("pl");
        agent.screenshot("console-polish");
        agent.driver.navigate().refresh();
        agent.await("the Polish console after a reload", driver -> "Kolejka".equals(
                driver.findElement(By.cssSelector("#queue-title [data-i18n]")).getText()));
        assertThat(new Select(agent.driver.findElement(By.id("ui-lang"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("pl");
    }
}
