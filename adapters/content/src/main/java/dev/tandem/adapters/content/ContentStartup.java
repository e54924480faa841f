package dev.tandem.adapters.content;

import dev.tandem.adapters.config.TandemProperties;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts loading the shop's content the moment the server's configuration is known, before Spring builds the
 * application: the intent files, the models and the FAQ indexes load on their own thread while the database,
 * security and the rest are set up on the main one — on a small machine that is a third of the start-up
 * (docs/performance.md). {@link ContentReadyGate} holds the web server back until the load is done, so the
 * server never takes a request it could not answer, and a malformed intent file stops the start there with its
 * {@code file:line: reason} ({@link ContentFailureAnalyzer}). Registered in {@code META-INF/spring.factories}.
 */
public final class ContentStartup implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN_NAME = "currentShopKnowledge";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent prepared) {
        var beans = prepared.getApplicationContext().getBeanFactory();
        if (beans.containsBean(BEAN_NAME)) {
            return;
        }
        TandemProperties properties = Binder.get(prepared.getApplicationContext().getEnvironment())
                .bindOrCreate("tandem", TandemProperties.class);
        beans.registerSingleton(BEAN_NAME, new CurrentShopKnowledge(properties, trainingRun(prepared)
                ? ContentLoadingThread.CALLER : ContentLoadingThread.BACKGROUND));
    }

    /**
     * A class-data-sharing training run ({@code -Dspring.context.exit=onRefresh}, README "Faster start") exits as
     * soon as the beans exist, before {@link ContentReadyGate}: the content loads in the foreground there, so the
     * classes it needs (OpenNLP, Lucene) are in the archive too.
     */
    private static boolean trainingRun(ApplicationPreparedEvent prepared) {
        return "onRefresh".equals(prepared.getApplicationContext().getEnvironment().getProperty("spring.context.exit"));
    }
}
