package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Format {@code oruk-api}: an Open Referral UK API read live from its base URL. {@code GET
 * {base}/services?page=N&per_page=M} from page 1 until a page says {@code "last_page": true}, its number reaches
 * {@code total_pages}, or it is empty. List items that carry none of a service's nested objects (the API's lists
 * hold only its one-to-one fields) are fetched whole from {@code {base}/services/{id}}.
 *
 * <p>Every request has timeouts and is tried three times (a failure is an error status, a timeout or a broken
 * connection); a request that fails three times stops the run with an {@link InputException} naming the URL and the
 * last status. Quarantine entries and source references name the URL each record came from, and a JSON pointer in
 * it. The input's SHA-256 is that of every response body, concatenated in the order they were read.
 */
public final class OrukApiReader {

    public static final int PER_PAGE = 100;
    static final int ATTEMPTS = 3;
    static final int MAX_PAGES = 10_000;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(2);

    /** Fields only a full service object has: an item with none of them is fetched whole. */
    private static final List<String> NESTED = List.of(
            "service_at_locations",
            "attributes",
            "contacts",
            "phones",
            "cost_options",
            "schedules",
            "service_areas",
            "languages",
            "funding");

    private OrukApiReader() {}

    public static ReadResult<Service> read(InputSpec spec) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return read(spec, client);
    }

    public static ReadResult<Service> read(InputSpec spec, HttpClient client) {
        return read(spec, client, RETRY_DELAY, PER_PAGE);
    }

    static ReadResult<Service> read(InputSpec spec, HttpClient client, Duration retryDelay, int perPage) {
        if (spec.url() == null) {
            throw new InputException(spec.describe() + ": format " + spec.format() + " reads a URL, not a file");
        }
        String base = spec.url().toString().replaceAll("/+$", "");
        MessageDigest digest = OrukJsonReader.sha256();
        ServiceCollector services = new ServiceCollector();
        Fetcher fetcher = new Fetcher(spec, client, retryDelay, digest);
        for (int page = 1; ; page++) {
            if (page > MAX_PAGES) {
                throw new InputException(spec.describe() + ": more than " + MAX_PAGES + " pages of " + perPage
                        + " services; expected a page with \"last_page\": true");
            }
            String url = base + "/services?page=" + page + "&per_page=" + perPage;
            JsonNode root = fetcher.get(url);
            if (!root.isObject() || !root.has("contents")) {
                throw new InputException(spec.describe() + ": GET " + url + " did not return a page of services;"
                        + " expected {\"total_pages\": ..., \"contents\": [...]}");
            }
            List<OrukJsonReader.Item> items = OrukJsonReader.items(root, "GET " + url);
            for (OrukJsonReader.Item item : items) {
                String id = HsdsJson.text(item.node(), "id");
                if (id != null && item.node().isObject() && lacksNestedObjects(item.node())) {
                    String detail = base + "/services/"
                            + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
                    OrukJsonReader.add(services, spec, detail, "", fetcher.get(detail));
                } else {
                    OrukJsonReader.add(services, spec, url, item.pointer(), item.node());
                }
            }
            JsonNode totalPages = root.get("total_pages");
            boolean last = root.path("last_page").asBoolean(false)
                    || items.isEmpty()
                    || totalPages != null && totalPages.canConvertToInt() && page >= totalPages.asInt();
            if (last) {
                break;
            }
        }
        return services.result(spec, HexFormat.of().formatHex(digest.digest()));
    }

    private static boolean lacksNestedObjects(JsonNode item) {
        return NESTED.stream().noneMatch(item::has);
    }

    /** GETs JSON with retries, adding every body read to the digest. */
    private record Fetcher(InputSpec spec, HttpClient client, Duration retryDelay, MessageDigest digest) {

        JsonNode get(String url) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            String failure = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                if (attempt > 1) {
                    pause(retryDelay.multipliedBy(attempt - 1));
                }
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() / 100 == 2) {
                        byte[] body = response.body();
                        digest.update(body);
                        String what = spec.describe() + ": GET " + url;
                        return OrukJsonReader.parse(OrukJsonReader.decode(body, spec.encoding(), what), what);
                    }
                    failure = "status " + response.statusCode();
                } catch (IOException e) {
                    failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InputException(spec.describe() + ": interrupted reading " + url, e);
                }
            }
            throw new InputException(spec.describe() + ": GET " + url + " failed " + ATTEMPTS + " times (last: "
                    + failure + "); expected status 200 with a page of services");
        }

        private static void pause(Duration delay) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("interrupted while waiting to retry", e);
            }
        }
    }
}
