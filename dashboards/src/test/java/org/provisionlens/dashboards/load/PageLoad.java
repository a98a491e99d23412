package org.provisionlens.dashboards.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load client for a running dashboards (not a test: a tool with a {@code main}). Each of N clients signs in
 * once (form login, keeping its session cookie), then requests the main pages in turn for the given seconds; prints
 * p50, p95 and max per page and the errors (any status but 200, or an exception).
 *
 * <pre>java -cp dashboards/target/test-classes org.provisionlens.dashboards.load.PageLoad http://localhost:18400 32 40</pre>
 *
 * Optional 4th argument: a comma-separated list of LA codes; each client then asks for the pages of one of them.
 */
public final class PageLoad {

    static final List<String> PAGES = List.of(
            "/",
            "/runs",
            "/services",
            "/sufficiency",
            "/review",
            "/review/map",
            "/review/backtest",
            "/review/cell?area={la}&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST",
            "/health",
            "/health/waits",
            "/place-forecast",
            "/audit",
            "/you-said-we-did",
            "/comments",
            "/comments/voices",
            "/consultation",
            "/funding",
            "/proposals",
            "/board");

    /** The demo's LA: the area of its LA-wide cells when no LA is given. */
    private static final String TRAFFORD = "E08000009";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private PageLoad() {}

    /**
     * A page to ask for: its path ({@code {la}} stands for the LA code) and the text every answer must contain (its h1,
     * a CSV's header), or null to check the status only.
     */
    record Page(String path, String mustContain) {}

    /** What a load gave: per page, every request's time in nanoseconds, the errors and the first error. */
    record Result(
            int clients,
            double seconds,
            Map<String, List<Long>> times,
            Map<String, Integer> errors,
            Map<String, String> firstErrors,
            List<String> clientFailures) {

        int requests() {
            return times.values().stream().mapToInt(List::size).sum();
        }

        int totalErrors() {
            return errors.values().stream().mapToInt(Integer::intValue).sum() + clientFailures.size();
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18400";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<String> las = args.length > 3 ? List.of(args[3].split(",")) : List.of("");
        print(run(
                base,
                clients,
                seconds,
                las,
                PAGES.stream().map(page -> new Page(page, null)).toList()));
    }

    /**
     * Signs {@code clients} clients in (each its own session), then has each ask for the pages in turn, from a page of
     * its own, with no pause, for {@code seconds}. An error is an exception (a 30 s timeout included), a status but 200,
     * or an answer without the page's text.
     */
    static Result run(String base, int clients, int seconds, List<String> las, List<Page> pages)
            throws InterruptedException {
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        List<String> clientFailures = Collections.synchronizedList(new ArrayList<>());
        for (Page page : pages) {
            times.put(page.path(), new ConcurrentLinkedQueue<>());
            errors.put(page.path(), new AtomicInteger());
        }
        CountDownLatch signedIn = new CountDownLatch(clients);
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong endAt = new AtomicLong(Long.MAX_VALUE);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    HttpClient http = HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
                    signIn(http, base);
                    signedIn.countDown();
                    signedIn.await();
                    String la = las.get(client % las.size());
                    int i = client; // clients start at different pages
                    while (System.nanoTime() < endAt.get()) {
                        Page page = pages.get(i++ % pages.size());
                        String path = page.path().replace("{la}", la.isEmpty() ? TRAFFORD : la);
                        String uri = base + path + (la.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + "la=" + la);
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(
                                    HttpRequest.newBuilder(URI.create(uri))
                                            .timeout(Duration.ofSeconds(30))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            long elapsed = System.nanoTime() - start;
                            times.get(page.path()).add(elapsed);
                            String wrong = response.statusCode() != 200
                                    ? "HTTP " + response.statusCode()
                                    : page.mustContain() != null
                                                    && !new String(response.body(), StandardCharsets.UTF_8)
                                                            .contains(page.mustContain())
                                            ? "no '" + page.mustContain() + "' in the answer"
                                            : null;
                            if (wrong != null) {
                                errors.get(page.path()).incrementAndGet();
                                firstError.putIfAbsent(page.path(), wrong);
                            }
                        } catch (Exception e) {
                            times.get(page.path()).add(System.nanoTime() - start);
                            errors.get(page.path()).incrementAndGet();
                            firstError.putIfAbsent(page.path(), e.toString());
                        }
                    }
                } catch (Exception e) {
                    clientFailures.add("client " + client + ": " + e);
                    signedIn.countDown();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        signedIn.await();
        long started = System.nanoTime();
        endAt.set(started + seconds * 1_000_000_000L);
        done.await();
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, List<Long>> sorted = new java.util.LinkedHashMap<>();
        Map<String, Integer> counted = new java.util.LinkedHashMap<>();
        for (Page page : pages) {
            List<Long> list = new ArrayList<>(times.get(page.path()));
            Collections.sort(list);
            sorted.put(page.path(), list);
            counted.put(page.path(), errors.get(page.path()).get());
        }
        return new Result(clients, wall, sorted, counted, Map.copyOf(firstError), List.copyOf(clientFailures));
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String body = "username=commissioner&password=trafford-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    static void print(Result result) {
        System.out.printf(Locale.UK, "%d clients, %.1f s%n", result.clients(), result.seconds());
        System.out.printf(
                Locale.UK, "%-72s %7s %8s %8s %8s %7s%n", "page", "n", "p50 ms", "p95 ms", "max ms", "errors");
        List<Long> everything = new ArrayList<>();
        for (Map.Entry<String, List<Long>> page : result.times().entrySet()) {
            List<Long> sorted = page.getValue();
            everything.addAll(sorted);
            System.out.printf(
                    Locale.UK,
                    "%-72s %7d %8.0f %8.0f %8.0f %7d %s%n",
                    page.getKey(),
                    sorted.size(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6,
                    result.errors().get(page.getKey()),
                    result.firstErrors().getOrDefault(page.getKey(), ""));
        }
        Collections.sort(everything);
        System.out.printf(
                Locale.UK,
                "%-72s %7d %8.0f %8.0f %8.0f %7d   (%.0f requests/s)%n",
                "all",
                everything.size(),
                percentile(everything, 50),
                percentile(everything, 95),
                everything.isEmpty() ? 0.0 : everything.get(everything.size() - 1) / 1e6,
                result.totalErrors(),
                everything.size() / result.seconds());
        result.clientFailures().forEach(System.out::println);
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
