package io.tqc.servetests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server running as its own process: started with a command, ready once it prints a line
 * matching a pattern, stopped (and waited for) on close. Its output is kept, the last part of
 * it, for the message of a failed start or assertion.
 */
final class ServerProcess implements AutoCloseable {
  private static final int KEPT_OUTPUT_CHARS = 64 * 1024;

  private final Process process;
  private final URI api;
  private final StringBuffer output;

  private ServerProcess(Process process, URI api, StringBuffer output) {
    this.process = process;
    this.api = api;
    this.output = output;
  }

  /**
   * Starts {@code command} in {@code workingDirectory} and waits until a line of its output
   * (stdout and stderr) matches {@code ready}; {@code api} turns that match into the address of
   * the server's /v2 API.
   */
  static ServerProcess start(List<String> command, Path workingDirectory, Pattern ready,
      Function<Matcher, URI> api, Duration timeout) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
        .redirectErrorStream(true).start();
    StringBuffer output = new StringBuffer();
    CompletableFuture<URI> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> readOutput(process, ready, api, output, started),
        "output of " + command.get(command.size() - 1));
    reader.setDaemon(true);
    reader.start();
    try {
      return new ServerProcess(process, started.get(timeout.toMillis(), TimeUnit.MILLISECONDS),
          output);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw new IllegalStateException("the server did not start within " + timeout + " ("
          + e.getMessage() + "): " + String.join(" ", command) + "\n" + output, e);
    }
  }

  private static void readOutput(Process process, Pattern ready, Function<Matcher, URI> api,
      StringBuffer output, CompletableFuture<URI> started) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.append(line).append('\n');
        if (output.length() > KEPT_OUTPUT_CHARS) {
          output.delete(0, output.length() - KEPT_OUTPUT_CHARS);
        }
        Matcher matcher = ready.matcher(line);
        if (!started.isDone() && matcher.find()) {
          started.complete(api.apply(matcher));
        }
      }
      started.completeExceptionally(new IllegalStateException("it exited with "
          + process.waitFor()));
    } catch (IOException e) {
      started.completeExceptionally(new UncheckedIOException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started.completeExceptionally(e);
    }
  }

  /** The API's base address, ending in {@code /v2}. */
  URI api() {
    return api;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the server has printed so far (its last 64 KB). */
  String output() {
    return output.toString();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
