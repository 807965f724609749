package org.goodpractice.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A class of the test classpath run in a JVM of its own, so that a test can hold a store from
 * another process or kill a process with SIGKILL in the middle of its work.
 *
 * <pre>
 * try (JavaProcess p = JavaProcess.start(StoreHolder.class, dir.toString())) {
 *     p.awaitLine(l -> l.equals("holding"), Duration.ofSeconds(30));
 * }
 * </pre>
 */
public final class JavaProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private JavaProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    }

    public static JavaProcess start(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads output until a line matches, failing when the process ends or {@code deadline} passes first. */
    public String awaitLine(Predicate<String> wanted, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        StringBuilder seen = new StringBuilder();
        while (true) {
            CompletableFuture<String> next = CompletableFuture.supplyAsync(this::readLine);
            try {
                String line = next.get(Math.max(1, Duration.between(Instant.now(), end).toMillis()), TimeUnit.MILLISECONDS);
                if (line == null) {
                    throw new AssertionError("process ended before the expected line; it printed:\n" + seen);
                }
                seen.append(line).append('\n');
                if (wanted.test(line)) {
                    return line;
                }
            } catch (TimeoutException e) {
                throw new AssertionError("no expected line within " + deadline + "; the process printed:\n" + seen);
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
    }

    private String readLine() {
        try {
            return out.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rest of the output and waits for the process to end; returns its exit code. */
    public int awaitExit(Duration deadline) throws InterruptedException {
        CompletableFuture.runAsync(() -> {
            while (readLine() != null) {
                // the output is read only so that a full pipe cannot block the process
            }
        });
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the process did not end within " + deadline);
        }
        return process.exitValue();
    }

    /** SIGKILL: the process gets no chance to finish a write or close the store. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
