package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a proposal (for example one built in the dashboards' form) as YAML in the format {@link ProposalReader} reads,
 * so that reading it back gives an equal proposal. Keys come in the guide's order; unset optional keys are left out.
 */
public final class ProposalWriter {

    private ProposalWriter() {}

    public static String yaml(Proposal proposal) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(116);
        return new Yaml(new ExactNumbers(options), options).dump(document(proposal));
    }

    private static Map<String, Object> document(Proposal proposal) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", proposal.id());
        document.put("name", proposal.name());
        put(document, "description", proposal.description().isEmpty() ? null : proposal.description());
        document.put("effectiveDate", proposal.effectiveDate());
        document.put("localAuthority", proposal.laCode());
        List<Map<String, Object>> changes = new ArrayList<>();
        proposal.changes().forEach(change -> changes.add(change(change)));
        document.put("changes", changes);
        return document;
    }

    private static Map<String, Object> change(Change change) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (change instanceof Change.CloseService close) {
            map.put("type", "close");
            map.put("serviceId", close.serviceId());
        } else if (change instanceof Change.ChangeCapacity capacity) {
            map.put("type", "capacity");
            map.put("serviceId", capacity.serviceId());
            put(map, "capacity", capacity.capacity());
            put(map, "percent", capacity.percent());
        } else if (change instanceof Change.MergeServices merge) {
            map.put("type", "merge");
            map.put("serviceIds", merge.serviceIds());
            map.put("into", merge.intoServiceId());
            put(map, "name", merge.name());
            put(map, "capacity", merge.capacity());
        } else if (change instanceof Change.OpenService open) {
            open(map, open);
        } else if (change instanceof Change.ChangeNeedsOrAges needsOrAges) {
            map.put("type", "needsOrAges");
            map.put("serviceId", needsOrAges.serviceId());
            put(map, "needs", needsOrAges.needs() == null ? null : words(needsOrAges.needs(), false));
            put(map, "minAge", needsOrAges.minAge());
            put(map, "maxAge", needsOrAges.maxAge());
        } else if (change instanceof Change.ChangeEligibility eligibility) {
            map.put("type", "eligibility");
            map.put("serviceId", eligibility.serviceId());
            map.put("supportLevels", words(eligibility.supportLevels(), true));
            put(map, "eligibility", eligibility.eligibility());
        } else if (change instanceof Change.ChangeTransportPolicy transport) {
            map.put("type", "transport");
            put(map, "maxMiles", transport.maxMiles());
            put(map, "costPerMile", transport.costPerMile());
        } else if (change instanceof Change.ChangeUnitCost unitCost) {
            map.put("type", "unitCost");
            map.put("serviceId", unitCost.serviceId());
            map.put("costPerUnit", unitCost.costPerUnit());
        }
        return map;
    }

    private static void open(Map<String, Object> map, Change.OpenService open) {
        map.put("type", "open");
        map.put("id", open.serviceId());
        map.put("name", open.name());
        map.put("domain", word(open.domain()));
        map.put("tier", word(open.tier()));
        map.put("needs", words(open.needs(), false));
        map.put("minAge", open.minAge());
        map.put("maxAge", open.maxAge());
        map.put("capacity", open.capacity());
        map.put("unit", word(open.unit()));
        put(map, "costPerUnit", open.costPerUnit());
        put(map, "costSource", open.costPerUnit() == null ? null : open.costSource());
        map.put("latitude", open.latitude());
        map.put("longitude", open.longitude());
        put(map, "postcode", open.postcode());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** {@code PREPARATION_FOR_ADULTHOOD} as {@code preparation for adulthood}, which the coded parsing reads back. */
    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Codes in their enum order; need codes as DfE writes them (ASD), other codes as words. */
    private static List<String> words(Collection<? extends Enum<?>> values, boolean asWords) {
        return values.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(value -> asWords ? word(value) : value.name())
                .toList();
    }

    /**
     * Decimals written as their exact digits (14000.50 stays 14000.50), which the reader reads exactly; dates plain
     * (2027-09-01), as people write them.
     */
    private static final class ExactNumbers extends Representer {
        ExactNumbers(DumperOptions options) {
            super(options);
            representers.put(LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
            representers.put(BigDecimal.class, data -> {
                BigDecimal decimal = (BigDecimal) data;
                return representScalar(decimal.scale() > 0 ? Tag.FLOAT : Tag.INT, decimal.toPlainString());
            });
        }
    }
}
