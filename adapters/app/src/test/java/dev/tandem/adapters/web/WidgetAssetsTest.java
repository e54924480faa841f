package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What a shop page costs: the widget's files are loaded on every page view, so they are versioned by content,
 * cached for a year, and sent gzip-compressed; the loader keeps its address and is revalidated; there is a
 * favicon, so no page logs a 404 for it.
 */
class WidgetAssetsTest extends RunningServerTest {

    private static final List<String> MODULES = List.of("app.js", "i18n.js", "markdown.js", "widget.css");

    @Test
    void givenAShopPage_whenTheBrowserAsksForTheFavicon_thenItIsAnIcon() {
        http.get().uri("/favicon.ico").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/x-icon")
                .expectBody().consumeWith(body -> assertThat(body.getResponseBody()).startsWith(0, 0, 1, 0));
    }

    @Test
    void givenTheLoader_whenAShopPageLoadsIt_thenItPointsAtContentVersionedModulesCachedForAYearAndGzipped()
            throws IOException, InterruptedException {
        HttpClient browserLike = HttpClient.newHttpClient();
        var loader = http.get().uri("/widget.js").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, "max-age=300, public")
                .expectBody(String.class).returnResult();
        String etag = loader.getResponseHeaders().getETag();
        Matcher version = Pattern.compile("widget/(v-[0-9a-f]{12})/app\\.js").matcher(loader.getResponseBody());
        assertThat(version.find()).as("the loader imports a versioned app.js").isTrue();
        http.get().uri("/widget.js").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_MODIFIED);

        long plain = 0;
        long gzipped = 0;
        for (String module : MODULES) {
            String path = "/widget/" + version.group(1) + "/" + module;
            byte[] raw = http.get().uri(path).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                    .expectBody().returnResult().getResponseBody();
            // The JDK's client sends Accept-Encoding as given and leaves the body as it came.
            HttpResponse<byte[]> compressed = browserLike.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] sent = compressed.body();
            assertThat(compressed.headers().firstValue(HttpHeaders.VARY)).as(module).hasValue(HttpHeaders.ACCEPT_ENCODING);
            if (raw.length >= 2048) {
                assertThat(compressed.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(module).hasValue("gzip");
                try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(sent))) {
                    assertThat(unzipped.readAllBytes()).as(module).isEqualTo(raw);
                }
            }
            plain += raw.length;
            gzipped += sent.length;
        }
        System.out.printf("widget modules: %d bytes plain, %d bytes gzip%n", plain, gzipped);
        assertThat(gzipped).isLessThan(plain / 2);

        http.get().uri("/widget/v-000000000000/app.js").exchange().expectStatus().isNotFound();
    }
}
