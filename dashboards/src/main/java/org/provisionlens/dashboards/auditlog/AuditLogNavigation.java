package org.provisionlens.dashboards.auditlog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the layout shows the audit log's link: to admins only (the only ones who may open it). */
@ControllerAdvice
class AuditLogNavigation {

    @ModelAttribute("opensAuditLog")
    boolean opensAuditLog(HttpServletRequest request) {
        return request.isUserInRole("ADMIN");
    }
}
