package dev.tandem.adapters.web;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a test opens, each closed after the test whatever its outcome:
 * {@code @RegisterExtension final Browsers browsers = new Browsers();}, then {@code browsers.start(width, height)}.
 */
final class Browsers implements AfterEachCallback {

    private final List<Browser> open = new ArrayList<>();

    Browser start(int width, int height) {
        Browser browser = Browser.start(width, height);
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(Browser::close);
        open.clear();
    }
}
