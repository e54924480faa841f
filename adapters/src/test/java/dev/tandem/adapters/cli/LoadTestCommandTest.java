package dev.tandem.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load tool against a running server, with small numbers: it talks the real API and stream without a
 * single error and reports in the agreed shape. Speed is measured with the tool, never asserted in a test.
 */
class LoadTestCommandTest extends RunningServerTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void givenARunningServer_whenLoaded_thenEveryTurnIsAnsweredAndTheLastLineIsTheResultJson() {
        int exit = run("loadtest", "--url", "http://127.0.0.1:" + port, "--conversations", "4", "--messages", "6",
                "--rounds", "2", "--duration", "60s", "--server-pid", String.valueOf(ProcessHandle.current().pid()));

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = JsonMapper.builder().build().readValue(lines.get(lines.size() - 1), Map.class);
        assertThat(result.get("conversations")).isEqualTo(8);
        assertThat(result.get("turns")).isEqualTo(48);
        assertThat(result.get("errors")).isEqualTo(0);
        assertThat(result.get("streamErrors")).isEqualTo(0);
        assertThat(((Number) result.get("streamMessages")).intValue()).as("every message reached the stream")
                .isGreaterThanOrEqualTo(48);
        assertThat(result.get("trivialRequests")).isEqualTo(48);
        assertThat(result.get("trivialErrors")).isEqualTo(0);
        assertThat(result).containsKeys("turnsPerSecond", "p50Millis", "p95Millis", "p99Millis", "trivialPerSecond",
                "ratio", "serverCpuMillisPerTurn", "streamLagP99Millis", "streamLagMaxMillis");
        assertThat(((Number) result.get("toolCpuMillisPerTurn")).doubleValue())
                .as("the tool's own CPU per turn is measured").isPositive();
        assertThat(((Number) result.get("p99Millis")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) result.get("p50Millis")).doubleValue()).isPositive();
        assertThat(err.toString()).contains("[shoppers]").contains("[trivial /actuator/health]");
    }

    @Test
    void givenAnAddressThatIsNotThisMachine_whenLoaded_thenItRefusesBeforeSendingAnything() {
        int exit = run("loadtest", "--url", "http://192.0.2.10:8080", "--conversations", "1", "--messages", "1");

        assertThat(exit).isEqualTo(KbCommand.MISUSE);
        assertThat(err.toString()).contains("loopback");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenMoreMessagesThanTheConversationLimit_whenLoaded_thenItRefuses() {
        int exit = run("loadtest", "--url", "http://127.0.0.1:" + port, "--messages", "31");

        assertThat(exit).isEqualTo(KbCommand.MISUSE);
        assertThat(err.toString()).contains("at most 30");
    }

    private int run(String... args) {
        return TandemCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
