package org.provisionlens.dashboards.reviewcontext;

import java.math.BigDecimal;

/** One verdict threshold a run used, as the manifest names it, and whether the manifest gave it. */
record Threshold(String name, BigDecimal value, String source) {

    boolean fromManifest() {
        return "manifest".equals(source);
    }
}
