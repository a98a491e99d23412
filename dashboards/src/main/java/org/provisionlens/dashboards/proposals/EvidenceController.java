package org.provisionlens.dashboards.proposals;

import org.provisionlens.core.reorganisation.evidence.EvidencePack;
import org.provisionlens.core.reorganisation.evidence.EvidencePackHtml;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The SEN improvement test evidence pack of a proposal: as a page, and as a tagged PDF. */
@Controller
class EvidenceController {

    private final PublishedRuns runs;
    private final Proposals proposals;

    EvidenceController(PublishedRuns runs, Proposals proposals) {
        this.runs = runs;
        this.proposals = proposals;
    }

    @GetMapping("/proposals/{id}/evidence")
    String page(@PathVariable String id, @RequestParam(name = "la", required = false) String laCode, Model model) {
        PublishedRun run = run(laCode);
        Proposals.Evaluated evaluated = evaluated(run, id);
        model.addAttribute("run", run);
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("pack", body(EvidencePackHtml.render(pack(evaluated))));
        return "proposals/evidence";
    }

    @GetMapping("/proposals/{id}/evidence.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = run(laCode);
        Proposals.Evaluated evaluated = evaluated(run, id);
        byte[] pdf = EvidencePdf.render(EvidencePackHtml.renderForPrint(pack(evaluated)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + run.laCode() + "-" + id + ".pdf\"")
                .body(pdf);
    }

    private Proposals.Evaluated evaluated(PublishedRun run, String id) {
        Proposals.Evaluated evaluated = proposals
                .evaluate(run, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No proposal " + id));
        if (!evaluated.evaluated()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Proposal " + id + " cannot be evaluated: see its page for why");
        }
        return evaluated;
    }

    private static EvidencePack pack(Proposals.Evaluated evaluated) {
        return EvidencePack.of(evaluated.baseline(), evaluated.impacts());
    }

    /** What is inside the document's body element, to sit in the page's layout. */
    static String body(String xhtml) {
        int open = xhtml.indexOf("<body");
        int close = xhtml.lastIndexOf("</body>");
        if (open < 0 || close < 0) {
            return xhtml;
        }
        return xhtml.substring(xhtml.indexOf('>', open) + 1, close);
    }

    private PublishedRun run(String laCode) {
        return runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }
}
