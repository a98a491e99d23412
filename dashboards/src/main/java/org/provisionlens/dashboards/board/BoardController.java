package org.provisionlens.dashboards.board;

import java.util.Locale;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.provisionlens.dashboards.proposals.EvidencePdf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The joint commissioning board's pack: as a page, and as a tagged PDF (PDF/UA) from the same figures. */
@Controller
class BoardController {

    private final PublishedRuns runs;
    private final BoardPacks packs;
    private final ITemplateEngine templates;

    /**
     * The rendered PDF of each published run's pack: the same for every reader (small counts are suppressed for all),
     * and a published run never changes, so it is rendered once per run (a few hundred kB each; 32 kept).
     */
    private final RunCache<byte[]> pdfs = new RunCache<>(32);

    BoardController(PublishedRuns runs, BoardPacks packs, ITemplateEngine templates) {
        this.runs = runs;
        this.packs = packs;
        this.templates = templates;
    }

    @GetMapping("/board")
    String page(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", runs.all());
        runs.published(laCode).ifPresent(run -> model.addAttribute("pack", packs.pack(run)));
        return "board/page";
    }

    @GetMapping("/board/pack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        byte[] pdf = pdfs.get(run.runId(), () -> {
            Context context = new Context(Locale.UK);
            context.setVariable("pack", packs.pack(run));
            return EvidencePdf.render(templates.process("board/print", context));
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"board-pack-" + run.laCode() + ".pdf\"")
                .body(pdf);
    }
}
