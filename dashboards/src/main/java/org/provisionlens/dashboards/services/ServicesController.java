package org.provisionlens.dashboards.services;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.provisionlens.dashboards.downloads.Xlsx;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The services page of a local authority's published run, its CSV download, and the page of each service. */
@Controller
class ServicesController {

    static final int PAGE_SIZE = 100;

    private final ServicesRepository repository;

    ServicesController(ServicesRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/services")
    String services(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "need", required = false) String need,
            @RequestParam(name = "merged", required = false) String merged,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        ServiceFilter filter = filter(domain, tier, need, merged, name, sort);
        model.addAttribute("publishedRuns", repository.publishedRuns());
        model.addAttribute("requestedLa", laCode);
        model.addAttribute("filter", filter);
        repository.published(laCode).ifPresent(run -> {
            DomainTierTable table = repository.domainTier(run);
            Pagination pagination = Pagination.of(repository.count(run, filter), page, PAGE_SIZE);
            model.addAttribute("run", run);
            model.addAttribute("summary", repository.summary(run));
            model.addAttribute("domainTier", table);
            model.addAttribute("domainTierChart", table.svg());
            model.addAttribute("domainTierTitle", DomainTierTable.TITLE);
            model.addAttribute("domainOptions", Option.coded(Labels.DOMAINS));
            model.addAttribute("tierOptions", Option.coded(Labels.TIERS));
            model.addAttribute("needCodes", Option.needs(repository.needCodes(run)));
            model.addAttribute("pagination", pagination);
            model.addAttribute("services", repository.services(run, filter, pagination.offset(), pagination.size()));
            model.addAttribute("links", new ServiceLinks(filter, run.laCode()));
        });
        return "services/list";
    }

    /** The filtered services as CSV, or as XLSX (the same cells) when the path ends in .xlsx. */
    @GetMapping({"/services.csv", "/services.xlsx"})
    ResponseEntity<?> download(
            jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "need", required = false) String need,
            @RequestParam(name = "merged", required = false) String merged,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "sort", required = false) String sort) {
        ServiceFilter filter = filter(domain, tier, need, merged, name, sort);
        PublishedRun run = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        Table table = ServicesCsv.table(repository.services(run, filter, 0, null));
        return request.getRequestURI().endsWith(".xlsx")
                ? Xlsx.attachment(Xlsx.fileName(run.laCode(), run.runId(), "services"), table)
                : Csv.attachment(Csv.fileName(run.laCode(), run.runId(), "services"), table.csv());
    }

    @GetMapping("/services/{serviceId}")
    String service(
            @PathVariable("serviceId") String serviceId,
            @RequestParam(name = "la", required = false) String laCode,
            Model model) {
        PublishedRun run = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        ServiceDetail detail = repository
                .detail(run, serviceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + serviceId));
        model.addAttribute("run", run);
        model.addAttribute("detail", detail);
        model.addAttribute("s", detail.service());
        return "services/detail";
    }

    private static ServiceFilter filter(
            String domain, String tier, String need, String merged, String name, String sort) {
        try {
            return ServiceFilter.of(domain, tier, need, merged, name, sort);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    /** A choice of a filter's select: the code it sends and what it says. */
    record Option(String code, String label) {

        /** Each code by its label, then "Not recorded". */
        static List<Option> coded(List<String> codes) {
            List<Option> options = new ArrayList<>();
            codes.forEach(code -> options.add(new Option(code, Labels.coded(code))));
            options.add(new Option(Labels.NOT_RECORDED_CODE, Labels.NOT_RECORDED));
            return List.copyOf(options);
        }

        /** "ASD (Autistic spectrum disorder)". */
        static List<Option> needs(List<String> codes) {
            return codes.stream()
                    .map(code -> new Option(code, code + " (" + Labels.need(code) + ")"))
                    .toList();
        }
    }
}
