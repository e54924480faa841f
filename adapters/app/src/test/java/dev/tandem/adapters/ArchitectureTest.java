package dev.tandem.adapters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon (DESIGN.md, "Modules"): the core and its libraries know no
 * framework, and the adapters use the core through its use cases, ports and values, never its services.
 */
@AnalyzeClasses(packages = "dev.tandem",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * The modules' test fixtures (bot-core's in-memory store, persistence's test databases) reach this class path
     * as {@code *-tests.jar} once the build has packaged them; they are tests, not the product's shape.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String[] FRAMEWORKS = {
        "org.springframework..", "io.r2dbc..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..",
        "io.netty..", "reactor.netty..", "org.h2..", "org.flywaydb..", "tools.jackson..", "com.fasterxml.jackson.."};

    /** The packages of the inbound adapter, the web module. */
    private static final String[] INBOUND = {
        "dev.tandem.adapters.agent..", "dev.tandem.adapters.analytics..", "dev.tandem.adapters.apidocs..",
        "dev.tandem.adapters.backup..", "dev.tandem.adapters.callback..", "dev.tandem.adapters.editor..",
        "dev.tandem.adapters.health..", "dev.tandem.adapters.http..", "dev.tandem.adapters.learning..",
        "dev.tandem.adapters.logging..", "dev.tandem.adapters.privacy..", "dev.tandem.adapters.ratelimit..",
        "dev.tandem.adapters.security..", "dev.tandem.adapters.shopper..", "dev.tandem.adapters.stream..",
        "dev.tandem.adapters.web.."};

    @ArchTest
    static final ArchRule coreAndLibrariesImportNoFramework = noClasses()
            .that().resideInAnyPackage("dev.tandem.intents..", "dev.tandem.kb..", "dev.tandem.bot..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("intents, knowledge-base and bot-core are plain Java, usable and testable without Spring");

    @ArchTest
    static final ArchRule librariesStandAlone = noClasses()
            .that().resideInAnyPackage("dev.tandem.intents..", "dev.tandem.kb..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tandem.bot..", "dev.tandem.adapters..");

    @ArchTest
    static final ArchRule intentsAndKnowledgeBaseAreIndependent = noClasses()
            .that().resideInAPackage("dev.tandem.kb..")
            .should().dependOnClassesThat().resideInAPackage("dev.tandem.intents..");

    @ArchTest
    static final ArchRule coreNeverReachesOutToAdapters = noClasses()
            .that().resideInAPackage("dev.tandem.bot..")
            .should().dependOnClassesThat().resideInAPackage("dev.tandem.adapters..");

    @ArchTest
    static final ArchRule adaptersUseTheCoreOnlyThroughUseCasesPortsAndValues = noClasses()
            .that().resideInAPackage("dev.tandem.adapters..")
            .and().resideOutsideOfPackage("dev.tandem.adapters.wiring..")
            .should().dependOnClassesThat(coreMachinery())
            .because("controllers, streams, channels and stores see use-case interfaces, ports and values; only the "
                    + "composition root (dev.tandem.adapters.wiring) builds the services and the engine behind them");

    /*
     * The adapter modules' poms keep the rooms' direction (web sees none of persistence, orders and channels; the
     * event bus sees no store); the rules below keep what a pom cannot see.
     */

    @ArchTest
    static final ArchRule adapterPackagesAreFreeOfCycles = slices().matching("dev.tandem.adapters.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule storesAreReachedThroughPorts = noClasses()
            .that().resideInAPackage("dev.tandem.adapters..")
            .and().resideOutsideOfPackages("dev.tandem.adapters.persistence..", "dev.tandem.adapters.wiring..")
            .and().haveSimpleNameNotStartingWith("R2dbc")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("R2dbc")
            .because("the other adapters use bot-core's store ports; only the wiring knows which class implements them");

    @ArchTest
    static final ArchRule inboundAdaptersNeverReachOutbound = noClasses()
            .that().resideInAnyPackage(INBOUND)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.tandem.adapters.persistence..", "dev.tandem.adapters.orders..", "dev.tandem.adapters.channels..")
            .because("the API and the pages reach stores, shops and channels through bot-core's ports and events");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("dev.tandem.bot.(*)..").should().beFreeOfCycles();

    /**
     * A bot-core class that does work rather than being a value: a use-case implementation (named
     * {@code *Service}, or implementing a use-case interface) or any other part the composition root builds (the
     * dialogue policy, the order dialogue, the turn recorder, …). Interfaces (use cases and ports), records, enums,
     * exceptions, values built elsewhere (ShopKnowledge, QueueSnapshot) and stateless rules (ChatText, BotTexts)
     * are not.
     */
    private static DescribedPredicate<JavaClass> coreMachinery() {
        return new DescribedPredicate<>("are bot-core services or engine parts, not use cases, ports or values") {
            @Override
            public boolean test(JavaClass javaClass) {
                if (!javaClass.getPackageName().startsWith("dev.tandem.bot") || javaClass.isInterface()
                        || javaClass.isRecord() || javaClass.isEnum() || javaClass.isAssignableTo(Throwable.class)) {
                    return false;
                }
                boolean useCase = javaClass.getAllRawInterfaces().stream().anyMatch(contract ->
                        contract.getPackageName().startsWith("dev.tandem.bot") && !contract.getPackageName().contains(".port"));
                boolean wired = javaClass.getConstructorCallsToSelf().stream()
                        .anyMatch(call -> call.getOriginOwner().getPackageName().startsWith("dev.tandem.adapters.wiring"));
                return javaClass.getSimpleName().endsWith("Service") || useCase || wired;
            }
        };
    }
}
