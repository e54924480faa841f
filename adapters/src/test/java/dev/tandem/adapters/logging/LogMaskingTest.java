package dev.tandem.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

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

    private LoggerContext configured(Path logFile) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
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
