package org.provisionlens.dashboards.health;

import java.util.Comparator;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;

/** An area the run holds NHS waits for: its ICB, England, an NHS region or a provider trust. */
record WaitArea(AreaType type, String name) {

    /** The ICB first, then England, the region and the providers by name. */
    static final Comparator<WaitArea> ORDER = Comparator.comparingInt((WaitArea a) -> switch (a.type()) {
                case ICB -> 0;
                case ENGLAND -> 1;
                case REGION -> 2;
                case PROVIDER -> 3;
            })
            .thenComparing(WaitArea::name);

    static WaitArea of(CommunityWait wait) {
        return new WaitArea(wait.areaType(), wait.area());
    }

    boolean holds(CommunityWait wait) {
        return wait.areaType() == type && wait.area().equals(name);
    }

    /** "NHS Greater Manchester ICB", "England", "North West (NHS region)", or the trust's name. */
    public String label() {
        return switch (type) {
            case ICB -> "NHS " + name + " ICB";
            case ENGLAND -> "England";
            case REGION -> name + " (NHS region)";
            case PROVIDER -> name;
        };
    }

    /** "ICB", "England", "NHS region", "Provider trust". */
    public String kind() {
        return switch (type) {
            case ICB -> "ICB";
            case ENGLAND -> "England";
            case REGION -> "NHS region";
            case PROVIDER -> "Provider trust";
        };
    }
}
