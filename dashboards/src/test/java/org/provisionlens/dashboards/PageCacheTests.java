package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * {@link PageCache} on its own: a kept page is served without rendering again, with the asking request's CSRF token
 * written where the keeping request's was; a page over an eighth of the 64 MB cap (8,388,608 bytes) is not kept; past
 * 64 MB in all the least recently used page goes.
 */
class PageCacheTests {

    private static final OffsetDateTime FINISHED = OffsetDateTime.of(2025, 6, 2, 9, 2, 0, 0, ZoneOffset.UTC);

    private final List<PublishedRun> published =
            new ArrayList<>(List.of(new PublishedRun("E08000009", "Trafford", 11, FINISHED)));

    private final PageCache cache = new PageCache(new PublishedRuns(null) {
        @Override
        public List<PublishedRun> all() {
            return List.copyOf(published);
        }
    });

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A page that counts its renderings and writes its request's CSRF token twice (two forms). */
    private static final class Page implements FilterChain {
        final AtomicInteger renders = new AtomicInteger();
        final String text;

        Page(String text) {
            this.text = text;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                throws java.io.IOException {
            int render = renders.incrementAndGet();
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            String token = csrf == null ? "" : csrf.getToken();
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream()
                    .write(("<p>render " + render + ": " + text + "</p>"
                                    + "<form><input name=\"_csrf\" value=\"" + token + "\"></form>"
                                    + "<form><input name=\"_csrf\" value=\"" + token + "\"></form>")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    private MockHttpServletResponse get(String path, String user, String role, String token, FilterChain page)
            throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (token != null) {
            request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, page);
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        return response;
    }

    private static String form(String token) {
        return "<form><input name=\"_csrf\" value=\"" + token + "\"></form>";
    }

    @Test
    void aKeptPageCarriesTheAskingRequestsTokenInEveryForm() throws Exception {
        Page page = new Page("Trafford services");

        String first = get("/services", "commissioner", "COMMISSIONER", "token-of-session-a", page)
                .getContentAsString();
        MockHttpServletResponse second = get("/services", "commissioner", "COMMISSIONER", "token-of-session-b", page);

        assertThat(page.renders).hasValue(1);
        assertThat(first)
                .isEqualTo(
                        "<p>render 1: Trafford services</p>" + form("token-of-session-a") + form("token-of-session-a"));
        assertThat(second.getContentAsString())
                .isEqualTo(
                        "<p>render 1: Trafford services</p>" + form("token-of-session-b") + form("token-of-session-b"));
        // 34 bytes of paragraph, 2 forms of 42 bytes without their token, 2 tokens of 18 bytes
        assertThat(second.getContentLengthLong()).isEqualTo(154);
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void theKeyHasTheUserTheRolesTheAddressAndThePublishedRuns() throws Exception {
        Page page = new Page("a page");

        get("/services", "commissioner", "COMMISSIONER", "t1", page);
        get("/services", "commissioner", "COMMISSIONER", "t2", page);
        assertThat(page.renders).hasValue(1);
        // the same user name with another role
        assertThat(get("/services", "commissioner", "PANEL", "t2", page).getContentAsString())
                .startsWith("<p>render 2:");
        // another user with another role, another address, another query
        assertThat(get("/services", "panel", "PANEL", "t3", page).getContentAsString())
                .startsWith("<p>render 3:");
        assertThat(get("/sufficiency", "commissioner", "COMMISSIONER", "t4", page)
                        .getContentAsString())
                .startsWith("<p>render 4:");
        MockHttpServletRequest withQuery = new MockHttpServletRequest("GET", "/services");
        withQuery.setQueryString("la=E08000002");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "commissioner", "n/a", AuthorityUtils.createAuthorityList("ROLE_COMMISSIONER")));
        MockHttpServletResponse queried = new MockHttpServletResponse();
        cache.doFilter(withQuery, queried, page);
        assertThat(queried.getContentAsString()).startsWith("<p>render 5:");
        // a new run published for the LA: the same address renders again
        published.set(0, new PublishedRun("E08000009", "Trafford", 12, FINISHED.plusDays(1)));
        assertThat(get("/services", "commissioner", "COMMISSIONER", "t5", page).getContentAsString())
                .startsWith("<p>render 6:");
        assertThat(get("/services", "commissioner", "COMMISSIONER", "t6", page).getContentAsString())
                .startsWith("<p>render 6:");
        assertThat(page.renders).hasValue(6);
    }

    @Test
    void pagesNotListedAndPostsAreNeverKept() throws Exception {
        Page page = new Page("runs");
        get("/runs", "commissioner", "COMMISSIONER", "t1", page);
        get("/runs", "commissioner", "COMMISSIONER", "t2", page);
        assertThat(page.renders).hasValue(2);
    }

    @Test
    void aPageOverAnEighthOfTheCapIsNotKept() throws Exception {
        // 8,388,608 bytes in all (no token): exactly an eighth of 64 MB, kept
        Page eighth = new Page("x".repeat(8 * 1024 * 1024 - "<p>render 1: </p>".length() - 2 * form("").length()));
        assertThat(get("/audit", "commissioner", "COMMISSIONER", null, eighth).getContentAsByteArray())
                .hasSize(8 * 1024 * 1024);
        get("/audit", "commissioner", "COMMISSIONER", null, eighth);
        assertThat(eighth.renders).hasValue(1);

        // one byte more: rendered every time
        Page over = new Page("x".repeat(8 * 1024 * 1024 - "<p>render 1: </p>".length() - 2 * form("").length() + 1));
        assertThat(get("/health", "commissioner", "COMMISSIONER", null, over).getContentAsByteArray())
                .hasSize(8 * 1024 * 1024 + 1);
        assertThat(get("/health", "commissioner", "COMMISSIONER", null, over).getContentAsByteArray())
                .hasSize(8 * 1024 * 1024 + 1);
        assertThat(over.renders).hasValue(2);
    }

    @Test
    void past64MbTheLeastRecentlyUsedPageGoes() throws Exception {
        // eight pages of exactly 8 MB fill the 64 MB (kept); a ninth pushes out the least recently used
        int text = 8 * 1024 * 1024 - "<p>render 1: </p>".length() - 2 * form("").length();
        List<Page> pages = new ArrayList<>();
        List<String> addresses = List.copyOf(PageCache.PAGES).subList(0, 9);
        for (String address : addresses) {
            Page page = new Page("y".repeat(text));
            pages.add(page);
            get(address, "commissioner", "COMMISSIONER", null, page);
        }
        // the first page went when the ninth came; the other eight are served again without rendering
        for (int i = 1; i < 9; i++) {
            get(addresses.get(i), "commissioner", "COMMISSIONER", null, pages.get(i));
            assertThat(pages.get(i).renders).as(addresses.get(i)).hasValue(1);
        }
        get(addresses.get(0), "commissioner", "COMMISSIONER", null, pages.get(0));
        assertThat(pages.get(0).renders).hasValue(2);
    }
}
