package org.provisionlens.dashboards.audit;

import java.util.Arrays;
import org.provisionlens.dashboards.downloads.Table;

/** The audit's tables as downloads. */
enum AuditTables {
    CATEGORIES {
        @Override
        Table table(AuditReport report) {
            Table.Builder table =
                    Table.named(code(), "category", "paragraph", "label", "services", "complete", "score", "rating");
            report.categories()
                    .forEach(c -> table.row(
                            c.category(),
                            c.paragraph(),
                            c.label(),
                            c.services(),
                            c.complete(),
                            c.score(),
                            c.tagText()));
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
    GAPS {
        @Override
        Table table(AuditReport report) {
            Table.Builder table = Table.named(code(), "service_id", "service", "gap");
            report.gaps().forEach(s -> s.gaps().forEach(g -> table.row(s.serviceId(), s.name(), g)));
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
    };

    abstract Table table(AuditReport report);

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static AuditTables named(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElse(null);
    }
}
