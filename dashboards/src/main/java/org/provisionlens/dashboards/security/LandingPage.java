package org.provisionlens.dashboards.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a user lands after signing in when no page was asked for: the review panel's own page is the proposals (what
 * they are asked to decide on), the joint commissioning board's is its board pack; everyone else starts at sufficiency.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        // roles only: Spring Security also grants authorities for how one signed in (FACTOR_PASSWORD)
        java.util.Set<String> roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .collect(java.util.stream.Collectors.toSet());
        if (roles.equals(java.util.Set.of("ROLE_" + Role.PANEL.name()))) {
            return "/proposals";
        }
        return roles.equals(java.util.Set.of("ROLE_" + Role.BOARD.name())) ? "/board" : "/sufficiency";
    }
}
