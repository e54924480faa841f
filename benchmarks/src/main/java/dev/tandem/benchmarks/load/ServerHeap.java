package dev.tandem.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a running server's heap through the JDK's jcmd, for the load tool's idle-footprint figure. */
final class ServerHeap {

    private static final Pattern USED_HEAP = Pattern.compile("used (\\d+)K");

    private ServerHeap() {
    }

    /** The server's used heap after two full collections, as the JDK's jcmd reports it (G1 and the others alike). */
    static long usedAfterGc(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        jcmd(jcmd, pid, "GC.run");
        jcmd(jcmd, pid, "GC.run");
        Matcher used = USED_HEAP.matcher(jcmd(jcmd, pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no used heap");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(String jcmd, long pid, String command) {
        try {
            Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
