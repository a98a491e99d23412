package org.provisionlens.dashboards.proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalNotApplicable;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.stereotype.Component;

/** The LA's stored proposals read back and evaluated against its published run. */
@Component
class Proposals {

    private final ProposalRepository repository;
    private final WhatIf whatIf;

    Proposals(ProposalRepository repository, WhatIf whatIf) {
        this.repository = repository;
        this.whatIf = whatIf;
    }

    /** Each stored proposal, evaluated (or with the problems that stop it being evaluated). */
    List<Evaluated> list(PublishedRun run) {
        Baseline baseline = whatIf.baseline(run).orElse(null);
        return repository.all(run.laCode()).stream()
                .map(stored -> evaluate(stored, baseline))
                .toList();
    }

    /** The proposal evaluated under every scenario, or empty when it is not stored for the LA. */
    Optional<Evaluated> evaluate(PublishedRun run, String id) {
        return repository
                .find(run.laCode(), id)
                .map(stored -> evaluate(stored, whatIf.baseline(run).orElse(null)));
    }

    /** Doing nothing, evaluated like a proposal (its impact is zero by construction). */
    Optional<Evaluated> doNothing(PublishedRun run) {
        return whatIf.baseline(run).map(baseline -> {
            Proposal nothing = Proposal.doNothing(run.laCode(), baseline.reviewDate());
            return new Evaluated(
                    null, new ProposalText.Parsed(nothing, List.of()), baseline, whatIf.impacts(baseline, nothing));
        });
    }

    private Evaluated evaluate(StoredProposal stored, Baseline baseline) {
        ProposalText.Parsed parsed = ProposalText.read(stored.fileName(), stored.body());
        if (!parsed.ok() || baseline == null) {
            return new Evaluated(stored, parsed, baseline, Map.of());
        }
        try {
            return new Evaluated(stored, parsed, baseline, whatIf.impacts(baseline, parsed.proposal()));
        } catch (ProposalNotApplicable e) {
            ProposalText.Parsed notApplicable = new ProposalText.Parsed(
                    parsed.proposal(),
                    List.of(ProposalText.problem(
                            stored.fileName(),
                            "/changes",
                            e.getMessage(),
                            "changes the published run " + baseline.runId() + " can take")));
            return new Evaluated(stored, notApplicable, baseline, Map.of());
        }
    }

    /** A proposal with its impacts (empty when it cannot be read or evaluated, or the run has no baseline). */
    record Evaluated(
            StoredProposal stored, ProposalText.Parsed parsed, Baseline baseline, Map<Scenario, Impact> impacts) {

        public boolean evaluated() {
            return !impacts.isEmpty();
        }

        public Proposal proposal() {
            return parsed.proposal();
        }

        public String name() {
            return parsed.proposal() == null ? stored.name() : parsed.proposal().name();
        }

        /** Each change in a sentence, naming the run's services by name (with their id) rather than id alone. */
        public List<String> changes() {
            if (proposal() == null) {
                return List.of();
            }
            return proposal().changes().stream()
                    .map(change -> {
                        String text = change.describe();
                        if (baseline != null) {
                            for (var service : baseline.services()) {
                                text = text.replaceAll(
                                        "(?<![\\w-])" + java.util.regex.Pattern.quote(service.id()) + "(?![\\w-])",
                                        java.util.regex.Matcher.quoteReplacement(
                                                service.name() + " (" + service.id() + ")"));
                            }
                        }
                        return text;
                    })
                    .toList();
        }

        /** The central scenario's headline, or null when not evaluated. */
        public Headline headline() {
            return evaluated() ? Headline.of(impacts.get(Scenario.CENTRAL)) : null;
        }
    }
}
