package dev.tandem.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers' e-mail addresses, phone numbers and card numbers never reach the log in full: the server's
 * logging configuration ({@code logback-spring.xml}) masks them in every logger's messages and stack traces;
 * order numbers, dates, addresses of machines and ids stay readable.
 */
class LogMaskingTest {

    @Test
    @SuppressWarnings("unchecked")
    void givenTheServersLoggingConfiguration_whenAnyLoggerWritesPersonalData_thenTheConsoleShowsItMasked() throws Exception {
        LoggerContext context = configured(null);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // The console appender as configured, writing into this test instead of the process's stdout.
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        console.setOutputStream(captured);
        try {
            Logger library = context.getLogger("org.example.SomeLibrary");
            library.info("delivering to anna.nowak@example.pl, phone +380 67 123 45 67, card 5500-0000-0000-0004");
            library.warn("lookup failed", new IllegalArgumentException("no customer olek@example.com"));
            library.info("retry for phone:+48601234567 /+380671234567 tel.\u00A0+48\u00A0602\u00A0345\u00A0678 "
                    + "łukasz.wójcik@poczta.pl card 4111.1111.1111.1111 123");
        } finally {
            context.stop();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log)
                .contains("delivering to a***@example.pl, phone +*** ** *** ** 67, card [card •••• 0004]")
                .contains("IllegalArgumentException: no customer o***@example.com")
                .contains("retry for phone:+*********67 /+**********67 tel. +** *** *** *78 ł***@poczta.pl card [card •••• 1111]")
                .doesNotContain("anna.nowak", "123 45", "5500", "olek@", "601234", "671234", "602 345", "wójcik", "4111.1111");
    }

    /** Spring Boot sets LOG_FILE from logging.file.name (or .path); only then does a file appear. */
    @Test
    void givenALogFileIsConfigured_whenALoggerWrites_thenTheFileHasTheLineMaskedAndWithoutItNoFileAppenderExists(
            @TempDir Path logs) throws Exception {
        Path file = logs.resolve("tandem.log");
        LoggerContext withFile = configured(file);
        try {
            withFile.getLogger("org.example.SomeLibrary").info("refund for anna.nowak@example.pl of order 100234");
        } finally {
            withFile.stop();
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("refund for a***@example.pl of order 100234")
                .doesNotContain("anna.nowak");

        LoggerContext consoleOnly = configured(null);
        try {
            assertThat(consoleOnly.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
            assertThat(consoleOnly.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNotNull();
        } finally {
            consoleOnly.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheSwitchToJsonLines_whenARequestLogsPersonalData_thenEachLineIsJsonMaskedAndCarriesTheIds() throws Exception {
        LoggerContext context = configured(null, Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", "ecs"));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        console.setOutputStream(captured);
        try {
            context.getMDCAdapter().put("requestId", "7f3a2c1e-12");
            context.getMDCAdapter().put("conversationId", "c0ffee42");
            Logger library = context.getLogger("org.example.SomeLibrary");
            library.info("delivering to anna.nowak@example.pl, phone +380 67 123 45 67, card 5500-0000-0000-0004");
            library.warn("lookup failed", new IllegalArgumentException("no customer olek@example.com"));
        } finally {
            context.getMDCAdapter().clear();
            context.stop();
        }
        List<JsonNode> lines = captured.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();

        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.path("requestId").asString()).isEqualTo("7f3a2c1e-12");
            assertThat(line.path("conversationId").asString()).isEqualTo("c0ffee42");
            assertThat(line.path("@timestamp").asString()).startsWith("20");
        });
        assertThat(lines.get(0).path("message").asString())
                .isEqualTo("delivering to a***@example.pl, phone +*** ** *** ** 67, card [card •••• 0004]");
        assertThat(lines.get(1).path("error").path("stack_trace").asString())
                .contains("IllegalArgumentException: no customer o***@example.com").doesNotContain("olek@");
        assertThat(lines.get(1).path("error").path("message").asString()).isEqualTo("no customer o***@example.com");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTextLines_whenARequestLogs_thenTheLineCarriesTheIdsAndOtherLinesNoEmptyBrackets() throws Exception {
        LoggerContext context = configured(null, Map.of("LOG_CORRELATION_PATTERN",
                APPLICATION_YML.getProperty("logging.pattern.correlation")));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        console.setOutputStream(captured);
        try {
            Logger logger = context.getLogger("org.example.SomeLibrary");
            context.getMDCAdapter().put("requestId", "7f3a2c1e-12");
            context.getMDCAdapter().put("conversationId", "c0ffee42");
            logger.info("during the request");
            context.getMDCAdapter().remove("conversationId");
            logger.info("a request about no conversation");
            context.getMDCAdapter().clear();
            logger.info("between requests");
        } finally {
            context.stop();
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).contains("[7f3a2c1e-12 c0ffee42] ").contains(": during the request");
        assertThat(lines.get(1)).contains("[7f3a2c1e-12] ").contains(": a request about no conversation");
        assertThat(lines.get(2)).doesNotContain("[]", "[ ]").contains(": between requests");
    }

    /** The server's own application.yml, as Spring Boot hands it to the logging system. */
    private static final StandardEnvironment APPLICATION_YML = applicationYml();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static StandardEnvironment applicationYml() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    private LoggerContext configured(Path logFile) throws Exception {
        return configured(logFile, Map.of());
    }

    private LoggerContext configured(Path logFile, Map<String, String> bootProperties) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), APPLICATION_YML);
        bootProperties.forEach(context::putProperty);
        if (logFile != null) {
            context.putProperty("LOG_FILE", logFile.toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        context.start();
        return context;
    }
}
