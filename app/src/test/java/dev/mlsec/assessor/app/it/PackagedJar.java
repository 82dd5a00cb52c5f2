package dev.mlsec.assessor.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged jar run as a person runs it: a child process with stdin, stdout and an environment. */
final class PackagedJar implements AutoCloseable {

    private final Process process;
    private final Writer stdin;
    private final StringBuilder output = new StringBuilder();
    private final Thread reader;

    private PackagedJar(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                int c;
                while ((c = in.read()) != -1) {
                    synchronized (output) {
                        output.append((char) c);
                        output.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static Path jar() {
        return Path.of(System.getProperty("mlsec.jar", "target/mlsec-assessor.jar"));
    }

    static PackagedJar start(Path dataDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_") || k.startsWith("MLSEC_") || k.equals("MONGODB_URI"));
        builder.environment().put("MLSEC_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        return new PackagedJar(builder.start());
    }

    /** Types a line; a line typed after the program has ended (it finished on the previous one) goes nowhere. */
    void type(String line) throws IOException {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException ended) {
            if (process.isAlive()) {
                throw ended;
            }
        }
    }

    void closeInput() throws IOException {
        stdin.close();
    }

    /** Waits until the output contains {@code text} {@code times} times in all. */
    String awaitOutput(String text, int times, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        synchronized (output) {
            while (count(output.toString(), text) < times) {
                long left = Duration.between(Instant.now(), until).toMillis();
                if (left <= 0 || !process.isAlive() && count(output.toString(), text) < times) {
                    if (left <= 0 || !process.isAlive()) {
                        throw new AssertionError("expected '" + text + "' x" + times + " in:\n" + output);
                    }
                }
                output.wait(Math.max(1, Math.min(left, 200)));
            }
            return output.toString();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the jar did not exit within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        int i = haystack.indexOf(needle);
        while (i >= 0) {
            n++;
            i = haystack.indexOf(needle, i + needle.length());
        }
        return n;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
