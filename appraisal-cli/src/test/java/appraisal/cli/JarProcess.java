package appraisal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code appraisal.jar} as a separate process, as a user or a script would. */
final class JarProcess {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private final Path jar;
    private final Path workDir;

    JarProcess(Path workDir) {
        this.jar = Path.of(System.getProperty("appraisal.jar", "target/appraisal.jar")).toAbsolutePath();
        this.workDir = workDir;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after mvn package");
        }
    }

    Run runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("APPRAISAL_ACTOR");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("appraisal " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    Run run(String... args) throws IOException, InterruptedException {
        return runWithInput("", args);
    }

    /**
     * Starts {@code appraisal serve} on a free port, waits until it says where it serves, hands its
     * base URL to {@code whileServing}, then stops it as an operator would (SIGTERM) and returns
     * what it printed.
     */
    Run serve(String db, ServingAction whileServing) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-jar", jar.toString(), "serve", "--db", db, "--port", "0"));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            java.util.regex.Pattern serving = java.util.regex.Pattern.compile("Serving (http://[^/]+)/");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            java.util.regex.Matcher m = serving.matcher("");
            while (!m.find()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("appraisal serve did not start: " + Files.readString(err, StandardCharsets.UTF_8));
                }
                Thread.sleep(100);
                m = serving.matcher(Files.readString(out, StandardCharsets.UTF_8));
            }
            whileServing.run(m.group(1));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("appraisal serve did not stop within 30 s of SIGTERM");
            }
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What a test does while the server runs, given its base URL. */
    interface ServingAction {
        void run(String baseUrl) throws Exception;
    }
}
