package org.provisionlens.dashboards.audit;

import java.util.Arrays;
import java.util.Locale;
import org.provisionlens.dashboards.downloads.Table;

/** The audit's tables as downloads. */
enum AuditTables {
    CATEGORIES {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(
                    code(),
                    "category",
                    "paragraph",
                    "label",
                    "elements",
                    "elements_met",
                    "services",
                    "complete",
                    "score",
                    "rating");
            report.categories()
                    .forEach(c -> table.row(
                            c.category(),
                            c.paragraph(),
                            c.label(),
                            c.elements(),
                            c.elementsMet(),
                            c.services(),
                            c.complete(),
                            c.score(),
                            c.tagText()));
            return table.build();
        }
    },
    ELEMENTS {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(
                    code(),
                    "category",
                    "element",
                    "name",
                    "met",
                    "summary",
                    "rule",
                    "service_id",
                    "service",
                    "evidence");
            for (ElementRow e : report.elements()) {
                if (e.evidence().isEmpty()) {
                    table.row(
                            e.category(), e.element(), e.name(), e.tagText(), e.summary(), e.rule(), null, null, null);
                }
                e.evidence()
                        .forEach(v -> table.row(
                                e.category(),
                                e.element(),
                                e.name(),
                                e.tagText(),
                                e.summary(),
                                e.rule(),
                                v.serviceId(),
                                v.nameText(),
                                v.whereText()));
            }
            return table.build();
        }
    },
    FIXES {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(code(), "priority", "what", "why");
            report.fixes().forEach(f -> table.row(f.priority(), f.what(), f.why()));
            return table.build();
        }
    },
    UNLISTED {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(code(), "setting", "children");
            report.unlisted().forEach(u -> table.row(u.setting(), u.children()));
            return table.build();
        }
    },
    LISTINGS {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(
                    code(), "service_id", "service", "score", "required_missing", "offline_route", "missing");
            report.listings()
                    .forEach(l -> table.row(
                            l.serviceId(),
                            l.nameText(),
                            l.score(),
                            l.requiredMissing(),
                            l.offlineRoute() ? "yes" : "no",
                            l.missingText()));
            return table.build();
        }
    },
    OFFLINE {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(code(), "service_id", "service", "missing");
            report.withoutOfflineRoute().forEach(l -> table.row(l.serviceId(), l.nameText(), l.missingText()));
            return table.build();
        }
    };

    abstract Table table(AuditReport report);

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AuditTables named(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    /** "categories, elements, fixes, unlisted, listings or offline" for the error message. */
    static String codes() {
        String[] codes = Arrays.stream(values()).map(AuditTables::code).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(codes, codes.length - 1)) + " or " + codes[codes.length - 1];
    }
}
