package org.provisionlens.dashboards.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the POST of its form and the sign-out. After a refused sign-in
 * ({@code ?locked}) it shows why and until when ({@link SignInGuard}).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(name = "locked", required = false) String locked, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object message = session == null ? null : session.getAttribute(SignInGuard.MESSAGE);
        if (locked != null && message instanceof String text) {
            model.addAttribute("refusedMessage", text);
        }
        return "login";
    }
}
