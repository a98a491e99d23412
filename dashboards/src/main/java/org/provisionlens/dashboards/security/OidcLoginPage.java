package org.provisionlens.dashboards.security;

import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page's button for the identity provider ({@code oidc}: empty when sign-in through it is off). */
@ControllerAdvice(assignableTypes = LoginController.class)
class OidcLoginPage {

    private final OidcSettings settings;

    OidcLoginPage(OidcSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("oidc")
    Map<String, String> oidc() {
        return OidcSignIn.button(settings);
    }
}
