package org.provisionlens.dashboards.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the services table is filtered and sorted by, read from the query string: domain and tier (a code, or
 * {@value Labels#NOT_RECORDED_CODE}), a need code the service lists, merged services only, and a case-insensitive part
 * of the name. {@code null} means no filter. The same filter gives the page, its links and the CSV download.
 */
record ServiceFilter(String domain, String tier, String need, boolean mergedOnly, String name, boolean descending) {

    static final String SORT_NAME = "name";
    static final String SORT_NAME_DESCENDING = "-name";

    ServiceFilter {
        domain = code(domain, Labels.DOMAINS, "domain");
        tier = code(tier, Labels.TIERS, "tier");
        need = need == null || need.isBlank() ? null : need.trim().toUpperCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.trim();
    }

    static ServiceFilter of(String domain, String tier, String need, String merged, String name, String sort) {
        if (sort != null && !sort.isBlank() && !SORT_NAME.equals(sort) && !SORT_NAME_DESCENDING.equals(sort)) {
            throw new IllegalArgumentException("sort must be " + SORT_NAME + " or " + SORT_NAME_DESCENDING);
        }
        boolean mergedOnly = merged != null && !merged.isBlank() && !"false".equalsIgnoreCase(merged);
        return new ServiceFilter(domain, tier, need, mergedOnly, name, SORT_NAME_DESCENDING.equals(sort));
    }

    /** SQL conditions on the service table aliased {@code v}, each starting with AND, and their arguments. */
    record Where(String sql, List<Object> args) {}

    Where where() {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        coded(sql, args, "v.domain", domain);
        coded(sql, args, "v.tier", tier);
        if (need != null) {
            sql.append(" AND ? = ANY (v.needs)");
            args.add(need);
        }
        if (mergedOnly) {
            sql.append(" AND v.merged_from > 1");
        }
        if (name != null) {
            sql.append(" AND strpos(lower(v.name), lower(?)) > 0");
            args.add(name);
        }
        return new Where(sql.toString(), List.copyOf(args));
    }

    public boolean any() {
        return domain != null || tier != null || need != null || mergedOnly || name != null;
    }

    /** {@code path} with this filter, the local authority, a page (1 leaves it out) and a sort order. */
    String link(String path, String laCode, int page, boolean descendingOrder) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("la", Optional.ofNullable(laCode))
                .queryParamIfPresent("domain", Optional.ofNullable(domain))
                .queryParamIfPresent("tier", Optional.ofNullable(tier))
                .queryParamIfPresent("need", Optional.ofNullable(need))
                .queryParamIfPresent("merged", Optional.ofNullable(mergedOnly ? "true" : null))
                .queryParamIfPresent("name", Optional.ofNullable(name))
                .queryParamIfPresent("sort", Optional.ofNullable(descendingOrder ? SORT_NAME_DESCENDING : null))
                .queryParamIfPresent("page", Optional.ofNullable(page > 1 ? page : null))
                .encode()
                .build()
                .toUriString();
    }

    private static void coded(StringBuilder sql, List<Object> args, String column, String code) {
        if (Labels.NOT_RECORDED_CODE.equals(code)) {
            sql.append(" AND ").append(column).append(" IS NULL");
        } else if (code != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(code);
        }
    }

    private static String code(String value, List<String> codes, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!codes.contains(code) && !Labels.NOT_RECORDED_CODE.equals(code)) {
            throw new IllegalArgumentException(
                    what + " must be one of " + codes + " or " + Labels.NOT_RECORDED_CODE + ", was " + value);
        }
        return code;
    }
}
