package org.provisionlens.dashboards.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every response carries: a Content-Security-Policy that allows scripts, styles, fonts and images from
 * this site only (no inline script; the charts' SVG keeps its inline style attributes), pages never framed by another
 * site, no referrer sent to other sites, and HSTS when the request came over TLS (Spring Security adds it to secure
 * requests only, so a plain-HTTP demo on localhost is not pinned to HTTPS). {@code style-src-attr 'unsafe-inline'} is
 * the one allowance, and only for style attributes (never a style element or an inline script): the charts' SVG, drawn
 * by JFreeSVG, writes its fills and strokes as {@code style="..."} on each shape. Behind a TLS-terminating proxy a
 * request counts as secure through {@code server.forward-headers-strategy: native} (application.yml). The main pages
 * break no part of the policy in a real browser ({@code SecurityHeadersInBrowserTests}).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none';"
            + " base-uri 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
