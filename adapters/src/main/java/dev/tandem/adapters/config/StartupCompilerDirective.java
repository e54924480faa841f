package dev.tandem.adapters.config;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * Keeps the JIT's optimising compiler (C2) off code that only the start-up runs hot, until the server is ready.
 * On 2 cores a plain {@code java -jar} start is CPU-bound, and C2 was its largest consumer: about half of its
 * compile time went to the fat jar's class loader walking {@code BOOT-INF/lib} for each of ~8,000 classes
 * (the JDK's {@code URLClassPath}, Spring Boot's nested-jar URL handler), the JDK's and Spring's ASM and
 * SnakeYAML — code that is done before C2's code would pay for itself (docs/performance.md, change 16). These
 * methods run C1-compiled instead.
 *
 * <p>How: a compiler directive (JEP 165) added through the JVM's documented {@code DiagnosticCommand} MBean
 * ({@code jcmd <pid> Compiler.directives_add}), the only way a running JVM takes compiler options. The JVM marks
 * a method it refused to C2 for a directive as never to be C2-compiled, so the directive lists only start-up
 * code (class loading, configuration parsing), and it is removed once the application is ready (or failed):
 * from then on any method of those packages that becomes hot is compiled by C2 as usual. Request-path code (Netty,
 * Reactor, Spring's web and security, Jackson, H2, the bot) is never listed.
 *
 * <p>Off with the JVM system property {@code -Dtandem.startup-compiler-directive=false} (it acts before Spring
 * reads any configuration). A JVM without the command (not HotSpot) starts as before, without it.
 */
public final class StartupCompilerDirective {

    /** JVM system property; {@code false} turns the directive off. */
    public static final String SWITCH = "tandem.startup-compiler-directive";

    /** Class patterns ({@code package/Class.method}, JEP 165) of code that runs hot only while starting. */
    static final List<String> START_ONLY_CODE = List.of(
            "jdk/internal/loader/*.*",                      // the class path walk of every class loader
            "org/springframework/boot/loader/*.*",          // the fat jar's nested-jar URLs and zip reading
            "java/net/URL.*",                               // one URL per jar asked for each class
            "jdk/internal/org/objectweb/asm/*.*",           // lambda and proxy classes spun at start
            "org/springframework/asm/*.*",                  // Spring reading configuration class files
            "org/springframework/core/type/classreading/*.*",
            "org/yaml/snakeyaml/*.*");                      // application.yml and the intent files

    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    private static final String[] STRING_ARRAY = {String[].class.getName()};

    private final MBeanServer server;
    private final ObjectName diagnosticCommand;
    private final AtomicBoolean added = new AtomicBoolean();

    private StartupCompilerDirective(MBeanServer server, ObjectName diagnosticCommand) {
        this.server = server;
        this.diagnosticCommand = diagnosticCommand;
    }

    /**
     * Adds the directive now (unless switched off) and removes it when {@code application} is ready or has failed
     * to start.
     */
    public static void addUntilReady(SpringApplication application) {
        if ("false".equalsIgnoreCase(System.getProperty(SWITCH))) {
            return;
        }
        StartupCompilerDirective directive = add();
        if (directive.isAdded()) {
            application.addListeners(event -> {
                if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
                    directive.remove();
                }
            });
        }
    }

    /** Adds the directive; the result says whether the JVM took it. */
    static StartupCompilerDirective add() {
        StartupCompilerDirective directive;
        try {
            directive = new StartupCompilerDirective(ManagementFactory.getPlatformMBeanServer(),
                    new ObjectName(DIAGNOSTIC_COMMAND));
        } catch (JMException | RuntimeException unavailable) {
            // Not logged: this runs before Spring Boot configures logging (the JVM simply starts without it).
            return new StartupCompilerDirective(null, null);
        }
        directive.addToJvm();
        return directive;
    }

    boolean isAdded() {
        return added.get();
    }

    /** Removes the directive (the latest one added, as {@code Compiler.directives_remove} does), once. */
    void remove() {
        if (!added.compareAndSet(true, false)) {
            return;
        }
        try {
            invoke("compilerDirectivesRemove");
        } catch (JMException | RuntimeException failed) {
            LoggerFactory.getLogger(StartupCompilerDirective.class)
                    .warn("Could not remove the start-up compiler directive: {}", failed.toString());
        }
    }

    /** The JVM's directive stack as {@code jcmd <pid> Compiler.directives_print} shows it. */
    static String printed() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND),
                    "compilerDirectivesPrint", new Object[] {new String[0]}, STRING_ARRAY);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directive as JSON: C2 excluded for the start-only code, C1 untouched. */
    static String json() {
        return START_ONLY_CODE.stream().map(pattern -> "\"" + pattern + "\"")
                .collect(Collectors.joining(", ", "[{match: [", "], c2: {Exclude: true}}]"));
    }

    private void addToJvm() {
        Path file = null;
        try {
            // The command reads a file; the JVM parses it at once, so it is deleted right after.
            file = Files.createTempFile("tandem-startup-directive", ".json");
            Files.writeString(file, json());
            String answer = invoke("compilerDirectivesAdd", file.toString());
            added.set(answer != null && answer.contains("1 compiler directives added"));
        } catch (IOException | JMException | RuntimeException failed) {
            // As above: the start goes on without the directive, only slower.
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a file of a few hundred bytes in the temporary directory
                }
            }
        }
    }

    private String invoke(String operation, String... arguments) throws JMException {
        return (String) server.invoke(diagnosticCommand, operation, new Object[] {arguments}, STRING_ARRAY);
    }
}
