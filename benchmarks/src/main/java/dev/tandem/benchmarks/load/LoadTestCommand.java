package dev.tandem.benchmarks.load;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code loadtest --url http://127.0.0.1:8080 --conversations 200 --messages 20}: realistic shopper conversations
 * against a running Tandem over the public HTTP API and the WebSocket stream, then the same number of requests
 * at the same concurrency against a trivial endpoint of the same server, so the bot's cost can be read against
 * what the web stack alone costs on this machine. Loopback only: it is a measuring tool, not a way to load
 * someone else's server. Progress goes to stderr; the last stdout line is one JSON object with the numbers.
 */
@Command(name = "loadtest.jar", mixinStandardHelpOptions = true,
        description = "Load a running Tandem (loopback only) with multilingual shopper conversations over HTTP and "
                + "WebSocket, then a trivial endpoint the same way; prints turns/s, latency percentiles, errors and "
                + "the ratio. Start the server with --tandem.rate-limit.per-ip=false, or its per-address limits "
                + "answer 429. The last stdout line is a JSON object with the results.")
public final class LoadTestCommand implements Callable<Integer> {

    /** Exit code for wrong arguments (picocli's convention). */
    static final int MISUSE = 2;


    @Spec
    CommandSpec spec;

    /** {@code java -jar benchmarks/target/loadtest.jar --url http://127.0.0.1:8080 …} */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LoadTestCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
            description = "the server, on a loopback address (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--conversations", defaultValue = "200",
            description = "shoppers chatting at the same time (default: ${DEFAULT-VALUE})")
    int conversations;

    @Option(names = "--messages", defaultValue = "20",
            description = "messages per conversation; at most 30, the server's per-conversation limit per minute "
                    + "(default: ${DEFAULT-VALUE})")
    int messages;

    @Option(names = "--rounds", defaultValue = "1",
            description = "conversations each shopper has one after the other (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--duration", defaultValue = "60s",
            description = "stop each phase after this long even if rounds are left, e.g. 30s, 2m (default: ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--warmup", defaultValue = "0s",
            description = "shopper load, then trivial load, each this long and not measured, before the measured phases, e.g. 20s (default: ${DEFAULT-VALUE})")
    String warmup;

    @Option(names = "--ramp-up", defaultValue = "2s",
            description = "the shoppers of a phase arrive spread over this time (default: ${DEFAULT-VALUE})")
    String rampUp;

    @Option(names = "--trivial-path", defaultValue = "/actuator/health",
            description = "the trivial GET the bot is compared with (default: ${DEFAULT-VALUE})")
    String trivialPath;

    @Option(names = "--server-pid", description = "the server's process id, when it runs on this machine: adds the "
            + "server's CPU time per request to the results, a figure that stays comparable on a busy machine")
    Long serverPid;

    @Option(names = "--idle", description = "instead of the load: open this many conversations (one message each, "
            + "stream open), leave them idle and report the server's heap per conversation after a full GC; needs "
            + "--server-pid and the JDK's jcmd")
    Integer idle;

    @Option(names = "--seed", defaultValue = "42", description = "makes the shoppers' scripts repeatable (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LoadTestRun run;
        Duration limit;
        Duration warmupTime;
        Duration ramp;
        try {
            ramp = duration(rampUp, "--ramp-up");
            limit = duration(duration, "--duration");
            warmupTime = duration(warmup, "--warmup");
            if (conversations < 1 || messages < 1 || rounds < 1) {
                throw new IllegalArgumentException("--conversations, --messages and --rounds must be at least 1");
            }
            if (messages > 30) {
                throw new IllegalArgumentException("--messages must be at most 30: the server allows one conversation "
                        + "30 messages a minute, and a load test should not measure its 429s");
            }
            if (!trivialPath.startsWith("/")) {
                throw new IllegalArgumentException("--trivial-path must start with /");
            }
            if (idle != null && (idle < 1 || serverPid == null)) {
                throw new IllegalArgumentException("--idle needs a count of at least 1 and --server-pid");
            }
            run = new LoadTestRun(loopback(url), conversations, LoadTestShoppers.demoShop(), serverPid, message -> {
                err.println(message);
                err.flush();
            });
        } catch (IllegalArgumentException invalid) {
            err.println(invalid.getMessage());
            return MISUSE;
        }
        if (idle != null) {
            try {
                return idleFootprint(run, out, err);
            } finally {
                run.close();
            }
        }
        try {
            if (!warmupTime.isZero()) {
                run.shoppers("warm-up", seed + 1_000_000, messages, Integer.MAX_VALUE, warmupTime, ramp);
                // The trivial endpoint is warmed as long as the bot: measured cold, its slower start flattered the
                // ratio (0.40 on a fresh server, 0.25-0.29 once both were compiled).
                run.trivial("warm-up " + trivialPath, trivialPath, Long.MAX_VALUE / 2, warmupTime);
            }
            LoadTestRun.Result bot = run.shoppers("shoppers", seed, messages, rounds, limit, ramp);
            LoadTestRun.Result trivial = run.trivial("trivial " + trivialPath, trivialPath, bot.requests(), limit);
            double ratio = trivial.perSecond() == 0 ? 0 : bot.perSecond() / trivial.perSecond();
            out.println(table(bot, trivial, ratio));
            out.println(JsonMapper.builder().build().writeValueAsString(json(bot, trivial, ratio)));
            out.flush();
            return bot.errors() == 0 && bot.streamErrors() == 0 && trivial.errors() == 0 ? 0 : 1;
        } finally {
            run.close();
        }
    }

    /** Heap the server retains per idle conversation: used heap after a full GC, before and after opening them. */
    private int idleFootprint(LoadTestRun run, PrintWriter out, PrintWriter err) {
        long before = ServerHeap.usedAfterGc(serverPid);
        LoadTestRun.Result opened = run.idle(idle, seed);
        long after = ServerHeap.usedAfterGc(serverPid);
        double perConversation = opened.conversations() == 0 ? 0 : (after - before) / (double) opened.conversations();
        err.printf(Locale.ROOT, "server heap after GC: %.1f MB before, %.1f MB with %d idle conversations open%n",
                before / 1e6, after / 1e6, opened.conversations());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url);
        result.put("idleConversations", opened.conversations());
        result.put("errors", opened.errors() + opened.streamErrors());
        result.put("heapBeforeBytes", before);
        result.put("heapAfterBytes", after);
        result.put("heapBytesPerConversation", Math.round(perConversation));
        out.printf(Locale.ROOT, "%.1f KB of server heap per idle conversation (%d conversations, stream open)%n",
                perConversation / 1024, opened.conversations());
        out.println(JsonMapper.builder().build().writeValueAsString(result));
        out.flush();
        return opened.errors() + opened.streamErrors() == 0 ? 0 : 1;
    }

    /** The server's address, if every address its host names is this machine's loopback. */
    static URI loopback(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("--url " + url + " is not a URL");
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--url must be http://<loopback host>[:port], e.g. http://127.0.0.1:8080");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("--url host " + uri.getHost() + " is unknown");
        }
        if (!Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            throw new IllegalArgumentException("--url must name this machine's loopback (127.0.0.1, ::1, localhost): "
                    + "the load tool does not load other servers");
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        return URI.create("http://" + (uri.getHost().contains(":") && !uri.getHost().startsWith("[")
                ? "[" + uri.getHost() + "]" : uri.getHost()) + ":" + port);
    }

    static Duration duration(String text, String option) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException bad) {
            throw new IllegalArgumentException(option + " must be like 30s, 2m or 500ms, not " + text);
        }
    }

    private static String table(LoadTestRun.Result bot, LoadTestRun.Result trivial, double ratio) {
        return String.format(Locale.ROOT, "%-26s %9s %10s %8s %8s %8s %8s %7s %12s %10s%n", "phase", "requests",
                "per second", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "server CPU ms", "tool CPU ms")
                + row("bot turns", bot) + row("trivial " + trivial.path(), trivial)
                + String.format(Locale.ROOT, "bot turns/s : trivial req/s = %.2f; %d conversations (%d handed off), "
                        + "%d stream messages, %d stream errors, %d stream reconnects; stream lag after the answer p99 %.1f ms, "
                        + "max %.1f ms", ratio, bot.conversations(), bot.handedOff(),
                bot.streamMessages(), bot.streamErrors(), bot.streamReconnects(), bot.streamLagP99Millis(),
                bot.streamLagMaxMillis());
    }

    private static String row(String phase, LoadTestRun.Result result) {
        return String.format(Locale.ROOT, "%-26s %9d %10.0f %8.2f %8.2f %8.2f %8.2f %7d %12.3f %10.3f%n", phase,
                result.requests(), result.perSecond(), result.p50Millis(), result.p95Millis(), result.p99Millis(),
                result.maxMillis(), result.errors(), result.serverCpuMillisPerRequest(), result.toolCpuMillisPerRequest());
    }

    private Map<String, Object> json(LoadTestRun.Result bot, LoadTestRun.Result trivial, double ratio) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url);
        result.put("concurrency", conversations);
        result.put("messagesPerConversation", messages);
        result.put("conversations", bot.conversations());
        result.put("handedOff", bot.handedOff());
        result.put("turns", bot.requests());
        result.put("turnsPerSecond", round(bot.perSecond()));
        result.put("p50Millis", round(bot.p50Millis()));
        result.put("p95Millis", round(bot.p95Millis()));
        result.put("p99Millis", round(bot.p99Millis()));
        result.put("maxMillis", round(bot.maxMillis()));
        result.put("errors", bot.errors());
        result.put("streamMessages", bot.streamMessages());
        result.put("streamErrors", bot.streamErrors());
        result.put("streamReconnects", bot.streamReconnects());
        result.put("streamLagP99Millis", round(bot.streamLagP99Millis()));
        result.put("streamLagMaxMillis", round(bot.streamLagMaxMillis()));
        result.put("serverCpuMillisPerTurn", round(bot.serverCpuMillisPerRequest()));
        result.put("toolCpuMillisPerTurn", round(bot.toolCpuMillisPerRequest()));
        result.put("seconds", round(bot.seconds()));
        result.put("trivialPath", trivial.path());
        result.put("trivialRequests", trivial.requests());
        result.put("trivialPerSecond", round(trivial.perSecond()));
        result.put("trivialP50Millis", round(trivial.p50Millis()));
        result.put("trivialP99Millis", round(trivial.p99Millis()));
        result.put("trivialErrors", trivial.errors());
        result.put("trivialServerCpuMillisPerRequest", round(trivial.serverCpuMillisPerRequest()));
        result.put("trivialToolCpuMillisPerRequest", round(trivial.toolCpuMillisPerRequest()));
        result.put("ratio", round(ratio));
        return result;
    }

    private static double round(double value) {
        return Double.isNaN(value) ? -1 : Math.round(value * 1000) / 1000.0;
    }
}
