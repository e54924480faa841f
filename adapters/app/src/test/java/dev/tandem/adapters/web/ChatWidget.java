package dev.tandem.adapters.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The shopper's chat widget on a page, seen through its shadow root the way a shopper uses it. */
final class ChatWidget {

    private final Browser browser;

    ChatWidget(Browser browser) {
        this.browser = browser;
    }

    /** The demo shop's page with no conversation remembered, its chat opened and greeted. */
    static ChatWidget newChat(Browser browser, int port) {
        browser.driver.get("http://localhost:" + port + "/");
        browser.js("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        ChatWidget widget = new ChatWidget(browser);
        widget.open();
        widget.awaitMessage("the greeting", "BOT", "Dzień dobry");
        return widget;
    }

    SearchContext root() {
        return browser.await("the chat widget is on the page", driver -> {
            List<WebElement> hosts = driver.findElements(By.cssSelector("[data-tandem-widget]"));
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        });
    }

    WebElement find(String css) {
        return root().findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return root().findElements(By.cssSelector(css));
    }

    WebElement await(String what, String css) {
        return browser.await(what, driver -> all(css).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    void open() {
        await("the launcher", ".launcher").click();
        await("the chat panel", ".panel");
    }

    void write(String text) {
        WebElement input = await("the message box", ".input");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    List<WebElement> messages() {
        return all(".log .message[data-seq]");
    }

    WebElement awaitMessage(String what, String author, String containing) {
        return browser.await(what, driver -> messages().stream()
                .filter(m -> author.equals(m.getDomAttribute("data-author")))
                .filter(m -> m.getText().contains(containing))
                .findFirst().orElse(null));
    }

    List<String> quickReplies() {
        return all(".quick .quick-reply").stream().map(WebElement::getText).toList();
    }

    List<String> seqs() {
        return messages().stream().map(m -> m.getDomAttribute("data-seq")).toList();
    }
}
