package dev.tandem.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.TandemApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The start-up compiler directive keeps C2 off start-only code while the server starts, and only then: once the
 * server is ready (or its start failed) the JVM's directive stack is as it was, so code that becomes hot later is
 * compiled as usual. It can be switched off.
 */
class StartupCompilerDirectiveTest {

    /** A pattern only this directive adds (JEP 165 directives print their match patterns). */
    private static final String OURS = "org/springframework/boot/loader/";

    @AfterEach
    void switchBackOn() {
        System.clearProperty(StartupCompilerDirective.SWITCH);
    }

    @Test
    void givenAServerStarting_whenItIsReady_thenTheDirectiveWasInPlaceAndIsRemoved() {
        String before = StartupCompilerDirective.printed();
        SpringApplication server = new SpringApplication(TandemApplication.class);

        StartupCompilerDirective.addUntilReady(server);

        assertThat(StartupCompilerDirective.printed()).contains(OURS).contains("Exclude:true");
        try (ConfigurableApplicationContext ready = server.run("--server.port=0",
                "--tandem.data-dir=" + ModelCacheWarmup.newDataDir("startup-directive"))) {
            assertThat(StartupCompilerDirective.printed()).doesNotContain(OURS).isEqualTo(before);
        }
    }

    @Test
    void givenAStartThatFails_whenTheFailureIsAnnounced_thenTheDirectiveIsRemoved() {
        String before = StartupCompilerDirective.printed();
        SpringApplication server = new SpringApplication(TandemApplication.class);
        StartupCompilerDirective.addUntilReady(server);
        assertThat(StartupCompilerDirective.printed()).contains(OURS);

        announce(server, new ApplicationFailedEvent(server, new String[0], null, new IllegalStateException("port taken")));

        assertThat(StartupCompilerDirective.printed()).isEqualTo(before);
    }

    @Test
    void givenTheSwitchOff_whenTheServerIsPrepared_thenNoDirectiveIsAdded() {
        String before = StartupCompilerDirective.printed();
        System.setProperty(StartupCompilerDirective.SWITCH, "false");
        SpringApplication server = new SpringApplication(TandemApplication.class);

        StartupCompilerDirective.addUntilReady(server);

        assertThat(StartupCompilerDirective.printed()).isEqualTo(before).doesNotContain(OURS);
    }

    @Test
    void givenTheDirective_thenItNamesOnlyStartUpCode_neverTheRequestPath() {
        assertThat(StartupCompilerDirective.START_ONLY_CODE).noneMatch(pattern -> pattern.startsWith("io/netty")
                || pattern.startsWith("reactor/") || pattern.startsWith("org/springframework/web")
                || pattern.startsWith("org/springframework/security") || pattern.startsWith("tools/jackson")
                || pattern.startsWith("org/h2") || pattern.startsWith("dev/tandem") || pattern.startsWith("java/lang")
                || pattern.startsWith("java/util") || pattern.equals("*.*"));
        assertThat(StartupCompilerDirective.json()).startsWith("[{match: [\"jdk/internal/loader/*.*\"")
                .endsWith("], c2: {Exclude: true}}]");
    }

    /** Only to the listener the directive registered: Boot's own would clean up the test JVM's logging. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void announce(SpringApplication application, ApplicationEvent event) {
        for (ApplicationListener listener : application.getListeners()) {
            if (listener.getClass().getName().startsWith(StartupCompilerDirective.class.getName())) {
                listener.onApplicationEvent(event);
            }
        }
    }
}
