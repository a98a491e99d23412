package org.provisionlens.dashboards.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST of its form and the sign-out. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
