package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.findings;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/** The API read against a local server: 3 pages of 2 services, each fetched whole from /services/{id}. */
class OrukApiReaderTests {

    private HttpServer server;
    private String base;
    private final List<String> requests = new ArrayList<>();
    private final ByteArrayOutputStream served = new ByteArrayOutputStream();
    /** How many more times a request (its path and query) answers 500 before it answers normally. */
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    /** Whether the pages carry the full services (no /services/{id} requests needed). */
    private boolean fullPages;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String request = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(exchange.getRequestMethod() + " " + request);
        AtomicInteger failing = failures.get(request);
        if (failing != null && failing.getAndDecrement() > 0) {
            respond(exchange, 500, "{\"error\": \"busy\"}", false);
            return;
        }
        if (uri.getRawPath().equals("/api/services")) {
            int page = Integer.parseInt(uri.getRawQuery().replaceAll(".*\\bpage=(\\d+).*", "$1"));
            respond(exchange, 200, page(page), true);
        } else if (uri.getRawPath().startsWith("/api/services/")) {
            int number = Integer.parseInt(uri.getRawPath().substring("/api/services/s-".length()));
            respond(exchange, 200, fullService(number), true);
        } else {
            respond(exchange, 404, "{}", false);
        }
    }

    private void respond(HttpExchange exchange, int status, String body, boolean countIt) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (countIt) {
            served.write(bytes);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String page(int page) {
        List<String> items = new ArrayList<>();
        for (int number = page * 2 - 1; number <= page * 2; number++) {
            items.add(fullPages ? fullService(number) : listItem(number));
        }
        return """
                {"total_items": 6, "total_pages": 3, "page_number": %d, "size": 2, "first_page": %s,
                 "last_page": %s, "empty": false, "contents": [%s]}""".formatted(page, page == 1, page == 3, String.join(",", items));
    }

    /** What /services lists: the one-to-one fields only. */
    private static String listItem(int number) {
        return """
                {"id": "s-%d", "name": "Service %d", "status": "active",
                 "organization": {"id": "o-1", "name": "MyCity Council"}}""".formatted(number, number);
    }

    private static String fullService(int number) {
        double latitude = number == 2 ? 100 : 53.4 + number / 100.0;
        return """
                {"id": "s-%d", "name": "Service %d", "status": "active", "minimum_age": 0, "maximum_age": 25,
                 "organization": {"id": "o-1", "name": "MyCity Council"},
                 "service_at_locations": [{"id": "sal-%d", "location": {"id": "l-%d", "name": "Centre %d",
                   "latitude": %s, "longitude": -2.3}}],
                 "attributes": [{"id": "a-%d", "taxonomy_term": {"id": "t-1", "name": "Autism"}}]}""".formatted(number, number, number, number, number, latitude, number);
    }

    private ReadResult<Service> read() {
        InputSpec spec = new InputSpec("feed", "oruk-api", null, URI.create(base + "/"), null);
        return OrukApiReader.read(spec, HttpClient.newHttpClient(), Duration.ZERO, 2);
    }

    private static List<String> pages(int... numbers) {
        List<String> pages = new ArrayList<>();
        for (int number : numbers) {
            pages.add("GET /api/services?page=" + number + "&per_page=2");
        }
        return pages;
    }

    @Test
    void readsEveryPageAndFetchesEachListedServiceWhole() throws Exception {
        ReadResult<Service> result = read();

        List<String> expected = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            expected.addAll(pages(page));
            expected.add("GET /api/services/s-" + (page * 2 - 1));
            expected.add("GET /api/services/s-" + page * 2);
        }
        assertThat(requests).containsExactlyElementsOf(expected);
        assertThat(result.rowsRead()).isEqualTo(6);
        // service 2's full object is at latitude 100: kept, its location without coordinates, with a finding
        assertThat(result.accepted())
                .extracting(Service::id)
                .containsExactly("feed:s-1", "feed:s-2", "feed:s-3", "feed:s-4", "feed:s-5", "feed:s-6");
        assertThat(result.rowsQuarantined()).isZero();
        assertThat(result.rowsWithFindings()).isEqualTo(1);
        assertThat(findings(result.findings()))
                .containsExactly("/service_at_locations/0/location/latitude | feed:s-2 | latitude | 100.0 | null"
                        + " | a latitude must be -90 to 90: the location is kept without coordinates");
        assertThat(result.findings().get(0).file()).isEqualTo(base + "/services/s-2");
        assertThat(result.accepted().get(1).locations())
                .containsExactly(new ServiceLocation("Centre 2", null, null, null, null));

        Service first = result.accepted().get(0);
        assertThat(first.organisation()).isEqualTo("MyCity Council");
        assertThat(first.locations()).containsExactly(new ServiceLocation("Centre 1", null, null, 53.41, -2.3));
        assertThat(first.needs()).extracting(Enum::name).containsExactly("ASD");
        assertThat(first.sources())
                .containsExactly(new SourceReference("feed", "oruk-api", base + "/services/s-1", "", "s-1"));
        assertThat(result.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(served.toByteArray())));
    }

    @Test
    void pagesThatCarryWholeServicesNeedNoFurtherRequests() {
        fullPages = true;

        ReadResult<Service> result = read();

        assertThat(requests).containsExactlyElementsOf(pages(1, 2, 3));
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.rowsAccepted()).isEqualTo(6);
        assertThat(result.findings().get(0).file()).isEqualTo(base + "/services?page=1&per_page=2");
        assertThat(result.findings().get(0).pointer())
                .isEqualTo("/contents/1/service_at_locations/0/location/latitude");
        assertThat(result.accepted().get(2).sources().get(0))
                .isEqualTo(new SourceReference(
                        "feed", "oruk-api", base + "/services?page=2&per_page=2", "/contents/0", "s-3"));
    }

    @Test
    void aPageThatFailsTwiceIsRetriedAndTheReadGoesOn() {
        fullPages = true;
        failures.put("/api/services?page=2&per_page=2", new AtomicInteger(2));

        ReadResult<Service> result = read();

        assertThat(requests).containsExactlyElementsOf(pages(1, 2, 2, 2, 3));
        assertThat(result.rowsRead()).isEqualTo(6);
    }

    @Test
    void aPageThatFailsThreeTimesStopsTheRunNamingItsUrlAndStatus() {
        fullPages = true;
        failures.put("/api/services?page=2&per_page=2", new AtomicInteger(3));

        assertThatThrownBy(this::read)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("input 'feed'")
                .hasMessageContaining("GET " + base + "/services?page=2&per_page=2 failed 3 times (last: status 500)");
        assertThat(requests).containsExactlyElementsOf(pages(1, 2, 2, 2));
    }

    @Test
    void aServiceThatCannotBeFetchedWholeStopsTheRunToo() {
        failures.put("/api/services/s-3", new AtomicInteger(3));

        assertThatThrownBy(this::read)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("GET " + base + "/services/s-3 failed 3 times (last: status 500)");
    }

    @Test
    void aServerThatCannotBeReachedStopsTheRunNamingTheUrl() {
        server.stop(0);

        assertThatThrownBy(this::read)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("GET " + base + "/services?page=1&per_page=2 failed 3 times (last: Connect");
    }
}
