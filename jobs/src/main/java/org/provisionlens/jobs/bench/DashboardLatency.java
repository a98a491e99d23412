package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provisionlens.db.DatabaseSettings;

/**
 * Dashboard latency over HTTP: the dashboards jar started as a child process (demo profile: the demo users) against a
 * run's embedded database, then {@code clients} concurrent clients, each signed in as the commissioner with its own
 * session, going round the main pages for a warm-up and then a fixed time. A request counts when it starts in the
 * measured time; its time is to the last byte of the body; a status other than 200 (a redirect to sign in included) or
 * an exception is an error.
 */
final class DashboardLatency {

    /** The pages measured; the board's PDF pack is the one with chart images (PNG) drawn per request. */
    static final List<String> PAGES = List.of(
            "/",
            "/review",
            "/sufficiency",
            "/services",
            "/comments",
            "/audit",
            "/board",
            "/health",
            "/funding",
            "/proposals",
            "/runs",
            "/board/pack.pdf");

    static final String USER = "commissioner";
    static final String PASSWORD = "trafford-demo";
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** One page's figures in milliseconds. */
    record PageFigures(String page, int requests, int errors, double p50, double p95, double max) {}

    private DashboardLatency() {}

    /** Starts the dashboards, measures, stops them; the figures per page then "all pages". */
    static List<PageFigures> measure(
            Path jar, Path home, int databasePort, int httpPort, int clients, int warmUpSeconds, int seconds, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        ChildRun.javaExecutable(),
                        "-Xmx2g",
                        "-Djava.awt.headless=true",
                        "-Dprovision-lens.home=" + home,
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=demo")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove(DatabaseSettings.URL_VARIABLE);
        builder.environment().put(DatabaseSettings.PORT_VARIABLE, Integer.toString(databasePort));
        builder.environment().put("PROVISION_LENS_PORT", Integer.toString(httpPort));
        Process process = builder.start();
        try {
            String base = "http://localhost:" + httpPort;
            waitUntilUp(process, base, log);
            return load(base, clients, warmUpSeconds, seconds);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void waitUntilUp(Process process, String base, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the dashboards stopped at start (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the dashboards did not answer /login within 180 s; see " + log);
    }

    /** Signs {@code clients} sessions in, then each goes round the pages; figures per page and overall. */
    static List<PageFigures> load(String base, int clients, int warmUpSeconds, int seconds)
            throws InterruptedException {
        Map<String, ConcurrentLinkedQueue<Double>> times = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.atomic.AtomicInteger> errors = new ConcurrentHashMap<>();
        for (String page : PAGES) {
            times.put(page, new ConcurrentLinkedQueue<>());
            errors.put(page, new java.util.concurrent.atomic.AtomicInteger());
        }
        long startNs = System.nanoTime();
        long measureFrom = startNs + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        long until = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread thread = new Thread(
                    () -> {
                        try {
                            HttpClient client = HttpClient.newBuilder()
                                    .cookieHandler(new CookieManager())
                                    .followRedirects(HttpClient.Redirect.NEVER)
                                    .connectTimeout(Duration.ofSeconds(10))
                                    .build();
                            signIn(client, base);
                            for (int i = offset; System.nanoTime() < until; i++) {
                                String page = PAGES.get(i % PAGES.size());
                                long t0 = System.nanoTime();
                                boolean ok;
                                try {
                                    HttpResponse<byte[]> response = client.send(
                                            HttpRequest.newBuilder(URI.create(base + page))
                                                    .timeout(Duration.ofSeconds(60))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofByteArray());
                                    ok = response.statusCode() == 200;
                                } catch (IOException e) {
                                    ok = false;
                                }
                                long t1 = System.nanoTime();
                                if (t0 >= measureFrom) { // started in the measured time (and let finish)
                                    times.get(page).add((t1 - t0) / 1e6);
                                    if (!ok) {
                                        errors.get(page).incrementAndGet();
                                    }
                                }
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-client-" + c);
            thread.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " clients failed: " + failures.peek());
        }
        Map<String, List<Double>> byPage = new LinkedHashMap<>();
        PAGES.forEach(page -> byPage.put(page, new ArrayList<>(times.get(page))));
        List<PageFigures> figures = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        int allErrors = 0;
        for (String page : PAGES) {
            List<Double> ms = byPage.get(page);
            all.addAll(ms);
            allErrors += errors.get(page).get();
            figures.add(figures(page, ms, errors.get(page).get()));
        }
        figures.add(figures("all pages", all, allErrors));
        return figures;
    }

    static PageFigures figures(String page, List<Double> ms, int errors) {
        return new PageFigures(
                page,
                ms.size(),
                errors,
                Percentiles.nearestRank(ms, 50),
                Percentiles.nearestRank(ms, 95),
                Percentiles.max(ms));
    }

    /** GET /login for the CSRF token, POST the form; the session cookie then stays in the client's cookie jar. */
    private static void signIn(HttpClient client, String base) throws IOException, InterruptedException {
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String token = csrfToken(login.body());
        String form =
                "username=" + enc(USER) + "&password=" + enc(PASSWORD) + (token == null ? "" : "&_csrf=" + enc(token));
        HttpResponse<Void> posted = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in as " + USER + " failed: HTTP " + posted.statusCode() + " to " + location);
        }
    }

    static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
