package org.provisionlens.dashboards.review;

import java.util.Arrays;
import java.util.List;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map of the local authority's localities, coloured by the gap or the travel access of their cells. */
@Controller
class MapController {

    private final Reviews reviews;

    MapController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review/map")
    String map(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "measure", required = false) String measure,
            @RequestParam(name = "need", required = false) String need,
            @RequestParam(name = "age", required = false) String age,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            Model model) {
        ReviewFilter filter = ReviewFilter.of(age, domain, tier, null);
        String needCode = needCode(need);
        ReviewPageModel.common(model, reviews.publishedRuns(), laCode, filter);
        model.addAttribute("need", needCode);
        model.addAttribute("needOptions", needOptions());
        model.addAttribute("measure", MapMeasure.of(measure));
        reviews.published(laCode).ifPresent(run -> {
            model.addAttribute("run", run);
            model.addAttribute("map", reviews.map(run, MapMeasure.of(measure), ref(run, needCode, filter)));
        });
        return "review/map";
    }

    static String needCode(String need) {
        return need == null || need.isBlank() || ReviewLabels.ALL.equalsIgnoreCase(need)
                ? ReviewLabels.ALL
                : NeedCode.fromCode(need).map(Enum::name).orElse(ReviewLabels.ALL);
    }

    static CellRef ref(PublishedRun run, String need, ReviewFilter filter) {
        return new CellRef(run.laCode(), need, filter.age(), filter.domain(), filter.tier());
    }

    static List<ReviewFilter.Option> needOptions() {
        List<ReviewFilter.Option> options = new java.util.ArrayList<>();
        options.add(new ReviewFilter.Option(ReviewLabels.ALL, ReviewLabels.need(ReviewLabels.ALL)));
        Arrays.stream(NeedCode.values())
                .forEach(n -> options.add(new ReviewFilter.Option(n.name(), n.label() + " (" + n.name() + ")")));
        return options;
    }
}
