package dev.tandem.adapters.stream;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/** Maps the WebSocket endpoints of API v1 (DESIGN.md) ahead of the controllers. */
@Configuration(proxyBeanMethods = false)
public class StreamRoutes {

    @Bean
    HandlerMapping streamHandlerMapping(ShopperStreamHandler shopper, AgentStreamHandler agent) {
        return new SimpleUrlHandlerMapping(Map.of(ShopperStreamHandler.PATH, shopper, AgentStreamHandler.PATH, agent),
                Ordered.HIGHEST_PRECEDENCE);
    }
}
