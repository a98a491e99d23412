package org.provisionlens.dashboards;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered HTML of the pages that show only what published runs hold, kept and served again. Published runs never
 * change after publishing, so a page rendered from them stays right while the same runs are published: the key is the
 * address (path and query), who asks (user and roles: the panel sees other counts than a commissioner) and every
 * published run (LA and run id), so publishing a run makes new keys. Pages that show what changes under a run
 * (the runs list, proposals, held comments, responses and the "You said, we did" report that carries them) are not
 * kept. The session's CSRF token in a page (the sign-out form) is cut out when the page is kept, and the
 * asking request's token written in its place. Bounded by size: the least recently used pages go first.
 *
 * <p>Runs after Spring Security's filters (it is a plain filter bean), so only requests that are allowed reach it.
 */
@Component
class PageCache extends OncePerRequestFilter {

    /** The pages kept: each reads only published runs (tables, charts and text derived from them). */
    static final Set<String> PAGES = Set.of(
            "/review",
            "/review/map",
            "/review/backtest",
            "/review/cell",
            "/services",
            "/sufficiency",
            "/audit",
            "/health",
            "/health/waits",
            "/place-forecast",
            "/board",
            "/funding",
            "/consultation",
            "/comments/voices");

    private static final long MAXIMUM_BYTES = 64L * 1024 * 1024;

    private final PublishedRuns runs;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PageCache(PublishedRuns runs) {
        this.runs = runs;
    }

    /** The page as UTF-8 bytes, split where the CSRF token goes. */
    private record Page(String contentType, List<byte[]> parts, long size) {

        static Page of(String contentType, String html, String token) {
            List<byte[]> parts = new ArrayList<>();
            if (token == null) {
                parts.add(html.getBytes(StandardCharsets.UTF_8));
            } else {
                int from = 0;
                for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, from)) {
                    parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                    from = at + token.length();
                }
                parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            }
            return new Page(
                    contentType,
                    List.copyOf(parts),
                    parts.stream().mapToLong(b -> b.length).sum());
        }

        void write(HttpServletResponse response, String token) throws IOException {
            byte[] tokenBytes = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
            response.setContentType(contentType);
            response.setContentLengthLong(size + (long) tokenBytes.length * (parts.size() - 1));
            ServletOutputStream out = response.getOutputStream();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.write(tokenBytes);
                }
                out.write(parts.get(i));
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !PAGES.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String token = csrf == null ? null : csrf.getToken();
        String key = key(request, user);
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null) {
            page.write(response, token);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && contentType != null
                && contentType.startsWith("text/html")
                && !wrapper.containsHeader("Refresh")) {
            String html = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            store(key, Page.of(contentType, html, token));
        }
        wrapper.copyBodyToResponse();
    }

    private String key(HttpServletRequest request, Authentication user) {
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : user.getAuthorities()) {
            roles.add(authority.getAuthority());
        }
        List<String> published =
                runs.all().stream().map(run -> run.laCode() + ":" + run.runId()).toList();
        return request.getRequestURI() + "?" + request.getQueryString() + "|" + user.getName() + "|" + roles + "|"
                + published;
    }

    private void store(String key, Page page) {
        if (page.size() > MAXIMUM_BYTES / 8) {
            return;
        }
        synchronized (pages) {
            Page previous = pages.put(key, page);
            bytes += page.size() - (previous == null ? 0 : previous.size());
            var eldest = pages.entrySet().iterator();
            while (bytes > MAXIMUM_BYTES && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }
}
