package org.provisionlens.dashboards;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: who is signed in, which page is showing, and the local authority asked
 * for ({@code la}), which the navigation keeps so that moving between pages stays on the chosen LA.
 */
@ControllerAdvice
class PageModel {

    @ModelAttribute("currentUser")
    String currentUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** An LA code as GSS codes are written (letters and digits); anything else is not carried on. */
    private static final Pattern LA_CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

    /** {@code "?la=E08000002"} when the page was asked for an LA, else empty: appended to the navigation's links. */
    @ModelAttribute("laQuery")
    String laQuery(HttpServletRequest request) {
        String la = request.getParameter("la");
        return la != null && LA_CODE.matcher(la.trim()).matches() ? "?la=" + la.trim() : "";
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
