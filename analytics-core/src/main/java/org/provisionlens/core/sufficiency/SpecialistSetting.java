package org.provisionlens.core.sufficiency;

import java.util.Objects;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.ProvisionKind;

/** An establishment in its role as one kind of specialist provision, with its places ({@code null} = unknown). */
public record SpecialistSetting(Establishment establishment, ProvisionKind kind, Integer places) {

    public SpecialistSetting {
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(kind, "kind");
    }
}
