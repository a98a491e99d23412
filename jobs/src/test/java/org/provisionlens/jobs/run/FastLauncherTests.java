package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/bin/provision-lens-jobs}, the README's fast form of the demo run: it runs the jar's command line with
 * the same arguments and exit code, records a class data sharing archive on its first run and maps it on the next.
 */
class FastLauncherTests {

    @TempDir
    Path folder;

    /** A jar laid out as the build's: this module's classes, the dependency jars named in its manifest. */
    private Path jobsJar() throws IOException {
        List<String> dependencies = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                dependencies.add(Path.of(entry).toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.provisionlens.jobs.ProvisionLensJobs");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
        Path jar = folder.resolve("provision-lens-jobs.jar");
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private record Ran(int exit, String output) {}

    private Ran launch(Path jar, Path archives, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", Path.of("bin", "provision-lens-jobs").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PROVISION_LENS_JAR", jar.toString());
        builder.environment().put("PROVISION_LENS_CDS_DIR", archives.toString());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            // nothing to say to it
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(process.waitFor(), output);
    }

    @Test
    void runsTheCommandLineAndKeepsItsClassesForTheNextRun() throws Exception {
        Path jar = jobsJar();
        Path archives = folder.resolve("cds");

        Ran first = launch(jar, archives, "run", "--help");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("Usage: provision-lens-jobs run", "MANIFEST");
        List<Path> recorded;
        try (Stream<Path> files = Files.list(archives)) {
            recorded = files.toList();
        }
        // one archive, named after the jar's size and time, recorded when the first run exited
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getFileName().toString())
                .startsWith("provision-lens-jobs-")
                .endsWith(".jsa");
        assertThat(Files.size(recorded.get(0))).isGreaterThan(1_000_000);

        Ran second = launch(jar, archives, "run", "--help");
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).isEqualTo(first.output());

        // an unknown command fails as the jar does (exit code 2, a usage error)
        Ran wrong = launch(jar, archives, "no-such-command");
        assertThat(wrong.exit()).isEqualTo(2);
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Ran ran = launch(folder.resolve("missing.jar"), folder.resolve("cds"), "--help");
        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.output()).contains("No jar at", "build it first");
    }
}
