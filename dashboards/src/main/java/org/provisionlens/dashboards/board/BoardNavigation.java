package org.provisionlens.dashboards.board;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the layout shows the board pack's link: to those who may open it (commissioner, board, admin). */
@ControllerAdvice
class BoardNavigation {

    @ModelAttribute("opensBoardPack")
    boolean opensBoardPack(HttpServletRequest request) {
        return request.isUserInRole("BOARD") || request.isUserInRole("COMMISSIONER") || request.isUserInRole("ADMIN");
    }
}
