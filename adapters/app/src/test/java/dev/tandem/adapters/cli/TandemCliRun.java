package dev.tandem.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** {@code java -jar tandem.jar …} run in the test's process, keeping what it printed on stdout and stderr. */
final class TandemCliRun {

    /** The demo shop's content directory in this checkout, as an argument. */
    static final String DEMO_SHOP = Path.of("..", "..", "content", "demo-shop").toString();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** @return the exit code */
    int run(String... args) {
        return TandemCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed so far, so a second run's output can be read alone. */
    void forgetOut() {
        out.getBuffer().setLength(0);
    }
}
