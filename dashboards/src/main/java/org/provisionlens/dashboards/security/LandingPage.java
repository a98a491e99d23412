package org.provisionlens.dashboards.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a user lands after signing in when no page was asked for: the review panel's own page is the proposals (what
 * they are asked to decide on); everyone else starts at sufficiency.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean panelOnly = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .allMatch(a -> a.equals("ROLE_" + Role.PANEL.name()));
        return panelOnly ? "/proposals" : "/sufficiency";
    }
}
