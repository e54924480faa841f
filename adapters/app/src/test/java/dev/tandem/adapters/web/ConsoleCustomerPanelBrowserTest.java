package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's customer panel in headless Chromium: a shopper who proved an order in an earlier chat and
 * proves another now is one customer; the agent sees how they are known, the earlier conversation with its
 * first question (and can open it), and the orders they proved (each looks the order up). In Ukrainian too.
 */
class ConsoleCustomerPanelBrowserTest extends RunningServerTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Browser agent;
    private final List<ShopperChat> chats = new java.util.ArrayList<>();

    @AfterEach
    void resolveTheChats() {   // leave no chat held or queued for the other tests
        chats.forEach(chat -> as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange());
    }

    @Test
    void givenAShopperWhoProvedOrdersInTwoChats_whenTheAgentOpensTheSecond_thenTheFirstAndBothOrdersAreShown() {
        Browser.assumeInstalled();
        ShopperChat monday = ShopperChat.start(http, "en");
        chats.add(monday);
        monday.say("where is my order 100234?");
        monday.say("demo@example.com");
        ShopperChat today = ShopperChat.start(http, "uk");
        chats.add(today);
        today.say("де моє замовлення 100981?");
        today.say("demo@example.com");
        today.say("хочу поговорити з оператором");

        agent = browsers.start(1400, 1000);
        WebElement panel = agent.claimInConsole(port, "agent", today.id);

        WebElement known = agent.await("how the customer is known", driver -> panel.findElements(
                By.cssSelector(".known-identity[data-source='ORDER_VERIFICATION']")).stream().findFirst().orElse(null));
        assertThat(known.getText()).contains("demo@example.com").contains("proved with an order");
        WebElement earlier = panel.findElement(By.cssSelector(".previous-conversation[data-conversation='" + monday.id + "']"));
        assertThat(earlier.findElement(By.cssSelector(".previous-summary")).getText()).isEqualTo("where is my order 100234?");
        assertThat(earlier.getText()).contains("web");
        assertThat(panel.findElements(By.cssSelector(".verified-orders .order-ref")))
                .extracting(button -> button.getDomAttribute("data-order")).contains("100234", "100981");
        agent.screenshot("console-customer-panel");

        panel.findElement(By.cssSelector(".verified-orders .order-ref[data-order='100234']")).click();
        agent.await("the proven order looked up", driver -> panel.findElements(
                By.cssSelector(".order-result[data-state='found'][data-order='100234']")).stream().findFirst().orElse(null));

        new Select(agent.driver.findElement(By.id("ui-lang"))).selectByValue("uk");
        agent.await("the Ukrainian panel", driver -> panel.getText().contains("Попередні звернення"));
        assertThat(panel.findElement(By.cssSelector(".known-identity[data-source='ORDER_VERIFICATION']")).getText())
                .contains("підтверджено замовленням");

        earlier = panel.findElement(By.cssSelector(".previous-conversation[data-conversation='" + monday.id + "']"));
        earlier.findElement(By.cssSelector(".open-previous")).click();
        agent.await("the earlier conversation in its own tab", driver -> driver.findElements(
                By.cssSelector(".panel[data-id='" + monday.id + "']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        assertThat(agent.alertShown()).isFalse();
    }
}
