package org.provisionlens.dashboards.proposals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalException;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /proposals}: the LA's proposals with their headline impact; uploading a proposal file, building one in a
 * form ({@code /proposals/new}) and deleting one (commissioners and admins: SecurityConfiguration).
 */
@Controller
class ProposalsController {

    private final PublishedRuns runs;
    private final Proposals proposals;
    private final ProposalRepository repository;

    ProposalsController(PublishedRuns runs, Proposals proposals, ProposalRepository repository) {
        this.runs = runs;
        this.proposals = proposals;
        this.repository = repository;
    }

    @GetMapping("/proposals")
    String list(
            @RequestParam(name = "la", required = false) String laCode, Authentication authentication, Model model) {
        model.addAttribute("publishedRuns", runs.all());
        model.addAttribute("requestedLa", laCode);
        model.addAttribute("canEdit", Viewer.canEdit(authentication));
        model.addAttribute("viewer", Viewer.of(authentication));
        runs.published(laCode).ifPresent(run -> {
            model.addAttribute("run", run);
            model.addAttribute("entries", proposals.list(run));
        });
        return "proposals/list";
    }

    @PostMapping("/proposals/upload")
    String upload(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam("file") MultipartFile file,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        PublishedRun run = run(laCode);
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String format = format(fileName);
        List<ProposalException.Problem> problems;
        if (file.isEmpty()) {
            problems = List.of(ProposalText.problem(fileName, "", "an empty file", "a proposal (YAML or JSON)"));
        } else if (format == null) {
            problems = List.of(ProposalText.problem(
                    fileName, "", "a file named " + fileName, "a file ending .yaml, .yml or .json"));
        } else {
            String body = new String(file.getBytes(), StandardCharsets.UTF_8);
            ProposalText.Parsed parsed = ProposalText.read(fileName, body);
            problems = parsed.problems();
            if (parsed.ok()) {
                problems = check(run, parsed.proposal(), fileName);
                if (problems.isEmpty()) {
                    save(run, parsed.proposal(), body, format, "upload", authentication);
                    redirect.addFlashAttribute("saved", parsed.proposal().name());
                    return "redirect:/proposals/" + parsed.proposal().id() + "?la=" + run.laCode();
                }
            }
        }
        model.addAttribute("uploadProblems", problems);
        return list(run.laCode(), authentication, model);
    }

    @GetMapping("/proposals/new")
    String form(@RequestParam(name = "la", required = false) String laCode, Model model) {
        return showForm(run(laCode), new ProposalForm(), ProposalForm.newErrors(), model);
    }

    @PostMapping("/proposals/new")
    String build(
            @RequestParam(name = "la", required = false) String laCode,
            @ModelAttribute("form") ProposalForm form,
            Authentication authentication,
            Model model) {
        PublishedRun run = run(laCode);
        Map<String, String> errors = ProposalForm.newErrors();
        Proposal proposal = form.proposal(run.laCode(), errors);
        if (proposal != null && repository.exists(run.laCode(), proposal.id())) {
            errors.put("id", "There is already a proposal " + proposal.id() + ": choose another id");
        }
        if (!errors.isEmpty()) {
            return showForm(run, form, errors, model);
        }
        save(run, proposal, ProposalText.yaml(proposal), "yaml", "form", authentication);
        return "redirect:/proposals/" + proposal.id() + "?la=" + run.laCode();
    }

    @PostMapping("/proposals/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = run(laCode);
        if (!repository.delete(run.laCode(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No proposal " + id);
        }
        return "redirect:/proposals?la=" + run.laCode();
    }

    private String showForm(PublishedRun run, ProposalForm form, Map<String, String> errors, Model model) {
        model.addAttribute("run", run);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("services", repository.services(run.runId()));
        return "proposals/form";
    }

    private List<ProposalException.Problem> check(PublishedRun run, Proposal proposal, String fileName) {
        if (!proposal.laCode().equalsIgnoreCase(run.laCode())) {
            return List.of(ProposalText.problem(
                    fileName, "/localAuthority", proposal.laCode(), "the code of " + run.name() + ", " + run.laCode()));
        }
        if (repository.exists(run.laCode(), proposal.id())) {
            return List.of(ProposalText.problem(
                    fileName, "/id", proposal.id(), "an id no other proposal has (delete the other one first)"));
        }
        return List.of();
    }

    private void save(
            PublishedRun run, Proposal proposal, String body, String format, String origin, Authentication who) {
        repository.save(new StoredProposal(
                run.laCode(), proposal.id(), proposal.name(), body, format, origin, who.getName(), null));
    }

    private PublishedRun run(String laCode) {
        return runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    private static String format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? "yaml" : lower.endsWith(".json") ? "json" : null;
    }
}
