package org.provisionlens.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.ProvisionLensJobs;

/**
 * {@code ProvisionLensJobs run <manifest>} in a JVM of its own, on the test classpath, against the test database: a
 * process the test can kill with SIGKILL ({@link Process#destroyForcibly()} on Linux).
 */
final class ChildRun {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildRun(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static ChildRun start(Path manifest, Path folder, String name) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Spark's module openings, as surefire gave them to this JVM
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-opens") || argument.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.addAll(List.of(
                "-Xmx1g",
                "-Djava.awt.headless=true",
                "-Dprovision-lens.home=" + folder,
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ProvisionLensJobs.class.getName(),
                "run",
                manifest.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment()
                .put(DatabaseSettings.URL_VARIABLE, TestDatabases.shared().jdbcUrl());
        builder.environment().put(DatabaseSettings.USER_VARIABLE, "postgres");
        builder.environment().put(DatabaseSettings.PASSWORD_VARIABLE, "");
        Path stdout = folder.resolve(name + ".out");
        Path stderr = folder.resolve(name + ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        try {
            return new ChildRun(builder.start(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finally block, no rollback sent; the database sees the connections drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int exitStatus(int timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the run did not finish in " + timeoutSeconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    String output() {
        return stdout() + "\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
