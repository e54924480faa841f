package dev.tandem.adapters.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The chat widget's files as shops' pages load them on every page view. The loader {@code /widget.js} keeps
 * its address (it is pasted into shops' pages) and is revalidated every few minutes; it points at the widget's
 * modules under {@code /widget/v-<hash>/}, where the hash is taken over their content, so those are cached for a
 * year and a new release is a new address. They are held in memory and sent as bytes, which
 * {@code server.compression} gzips (Reactor Netty sends files from disk uncompressed, as they are).
 */
@Configuration(proxyBeanMethods = false)
public class WidgetAssets {

    static final String LOADER = "/widget.js";
    private static final String VERSION_PLACEHOLDER = "__WIDGET_VERSION__";
    private static final String MODULES = "classpath:/static/widget/";
    private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Map<String, Asset> modules;
    private final String version;
    private final String loader;

    private record Asset(byte[] bytes, MediaType type) {
    }

    public WidgetAssets() {
        this.modules = readModules();
        this.version = "v-" + contentHash(modules);
        this.loader = text(new ClassPathResource("static/widget.js")).replace(VERSION_PLACEHOLDER, version);
    }

    /** Where this release's modules are, e.g. {@code /widget/v-3fa9c2d1e0b4/}. */
    public String modulesPath() {
        return "/widget/" + version + "/";
    }

    @Bean
    RouterFunction<ServerResponse> widgetAssetRoutes() {
        String etag = "\"" + version + "\"";
        return RouterFunctions.route(GET(LOADER), request -> request.headers().header(HttpHeaders.IF_NONE_MATCH).contains(etag)
                        ? ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag).build()
                        : ServerResponse.ok()
                                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                                // Short: a release reaches shoppers within minutes, and a revalidation is a 304.
                                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                                .eTag(etag)
                                .bodyValue(loader))
                .andRoute(GET("/widget/{version}/{file}"), request -> {
                    Asset asset = request.pathVariable("version").equals(version)
                            ? modules.get(request.pathVariable("file")) : null;
                    return asset == null ? ServerResponse.notFound().build() : ServerResponse.ok()
                            .contentType(asset.type())
                            .cacheControl(FOR_GOOD)
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                            .bodyValue(asset.bytes());
                });
    }

    private static Map<String, Asset> readModules() {
        try {
            Map<String, Asset> read = new TreeMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(MODULES + "*.*")) {
                try (var in = file.getInputStream()) {
                    MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
                    read.put(file.getFilename(), new Asset(in.readAllBytes(),
                            new MediaType(type, StandardCharsets.UTF_8)));
                }
            }
            return Map.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the widget's files", e);
        }
    }

    private static String contentHash(Map<String, Asset> modules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(modules).forEach((name, asset) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(asset.bytes());
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
