package org.provisionlens.dashboards.comments;

import java.security.Principal;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The check of comments the anonymiser was unsure of (commissioners and admins): each one's anonymised text and why it
 * was held; the original on its own page, audited; and the decision to release it as anonymised, or withhold it.
 */
@Controller
class HeldCommentsController {

    private final CommentsRepository comments;
    private final HeldCommentsRepository held;

    HeldCommentsController(CommentsRepository comments, HeldCommentsRepository held) {
        this.comments = comments;
        this.held = held;
    }

    @GetMapping("/comments/held")
    String list(@RequestParam(name = "la", required = false) String laCode, Model model) {
        PublishedRun run = run(laCode);
        model.addAttribute("run", run);
        model.addAttribute("held", held.held(run.runId()));
        return "comments/held";
    }

    @GetMapping("/comments/held/{commentId}/original")
    String original(
            @PathVariable("commentId") String commentId,
            @RequestParam(name = "la", required = false) String laCode,
            Principal user,
            Model model) {
        PublishedRun run = run(laCode);
        if (!held.isHeld(run.runId(), commentId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No held comment " + commentId);
        }
        model.addAttribute("run", run);
        model.addAttribute("commentId", commentId);
        model.addAttribute(
                "original",
                held.original(run.runId(), commentId, user.getName()).orElse(""));
        return "comments/original";
    }

    @PostMapping("/comments/held/{commentId}")
    String decide(
            @PathVariable("commentId") String commentId,
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam("decision") String decision,
            Principal user) {
        PublishedRun run = run(laCode);
        if (!held.isHeld(run.runId(), commentId) || !(decision.equals("release") || decision.equals("withhold"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision must be release or withhold");
        }
        held.decide(run.runId(), commentId, decision, user.getName());
        return "redirect:/comments/held?la=" + run.laCode();
    }

    private PublishedRun run(String laCode) {
        return comments.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }
}
