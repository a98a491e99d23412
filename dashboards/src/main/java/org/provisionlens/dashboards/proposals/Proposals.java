package org.provisionlens.dashboards.proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
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

    /** Each stored proposal with its central headline (null when it cannot be read or the run has no baseline). */
    List<Entry> list(PublishedRun run) {
        Optional<Baseline> baseline = whatIf.baseline(run);
        return repository.all(run.laCode()).stream()
                .map(stored -> {
                    ProposalText.Parsed parsed = ProposalText.read(stored.fileName(), stored.body());
                    Headline headline = parsed.ok() && baseline.isPresent()
                            ? Headline.of(whatIf.impacts(baseline.get(), parsed.proposal())
                                    .get(Scenario.CENTRAL))
                            : null;
                    return new Entry(stored, parsed, headline);
                })
                .toList();
    }

    /** The proposal evaluated under every scenario, or empty when it is not stored for the LA. */
    Optional<Evaluated> evaluate(PublishedRun run, String id) {
        return repository.find(run.laCode(), id).map(stored -> {
            ProposalText.Parsed parsed = ProposalText.read(stored.fileName(), stored.body());
            Baseline baseline = whatIf.baseline(run).orElse(null);
            Map<Scenario, Impact> impacts =
                    parsed.ok() && baseline != null ? whatIf.impacts(baseline, parsed.proposal()) : Map.of();
            return new Evaluated(stored, parsed, baseline, impacts);
        });
    }

    /** Doing nothing, evaluated like a proposal (its impact is zero by construction). */
    Optional<Evaluated> doNothing(PublishedRun run) {
        return whatIf.baseline(run).map(baseline -> {
            Proposal nothing = Proposal.doNothing(run.laCode(), baseline.reviewDate());
            return new Evaluated(
                    null, new ProposalText.Parsed(nothing, List.of()), baseline, whatIf.impacts(baseline, nothing));
        });
    }

    record Entry(StoredProposal stored, ProposalText.Parsed parsed, Headline headline) {}

    /** A proposal with its impacts (empty when it cannot be read or the run has no baseline). */
    record Evaluated(
            StoredProposal stored, ProposalText.Parsed parsed, Baseline baseline, Map<Scenario, Impact> impacts) {

        boolean evaluated() {
            return !impacts.isEmpty();
        }

        Proposal proposal() {
            return parsed.proposal();
        }

        String name() {
            return parsed.proposal() == null ? stored.name() : parsed.proposal().name();
        }
    }
}
