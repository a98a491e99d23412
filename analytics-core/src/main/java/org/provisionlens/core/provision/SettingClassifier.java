package org.provisionlens.core.provision;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which kinds of specialist provision an establishment holds. The rules, in order:
 *
 * <ol>
 *   <li>An independent school (establishment number 6000-6999) listed as a special school is an independent special
 *       school.
 *   <li>A school numbered 7000-7999 (DfE's special school range, whatever its governance: LA maintained, academy or
 *       free school) is a state-funded special school, or a specialist post-16 institution when it admits no one
 *       under 16.
 *   <li>Any other school listed as a special school is a state-funded special school.
 *   <li>A mainstream school may hold an SEN unit, resourced provision, or both.
 * </ol>
 *
 * Non-maintained special schools carry their own GIAS type; a listing that names one is classified as such.
 */
public final class SettingClassifier {

    private SettingClassifier() {}

    public static Set<ProvisionKind> classify(Establishment establishment) {
        String type = establishment.establishmentType().trim().toLowerCase(Locale.ROOT);
        Integer number = establishment.establishmentNumber();
        boolean independentRange = number != null && number >= 6000 && number <= 6999;
        boolean specialRange = number != null && number >= 7000 && number <= 7999;
        if (type.contains("non-maintained special")) {
            return EnumSet.of(ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL);
        }
        if (type.contains("special") && independentRange) {
            return EnumSet.of(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL);
        }
        if (specialRange) {
            Integer lowAge = establishment.lowAge();
            return EnumSet.of(
                    lowAge != null && lowAge >= 16
                            ? ProvisionKind.SPECIALIST_POST_16
                            : ProvisionKind.STATE_SPECIAL_SCHOOL);
        }
        if (type.contains("special")) {
            return EnumSet.of(ProvisionKind.STATE_SPECIAL_SCHOOL);
        }
        return mainstreamProvision(establishment.resourceProvision());
    }

    private static Set<ProvisionKind> mainstreamProvision(String resourceProvision) {
        Set<ProvisionKind> kinds = EnumSet.noneOf(ProvisionKind.class);
        if (resourceProvision == null) {
            return kinds;
        }
        String value = resourceProvision.trim().toLowerCase(Locale.ROOT);
        if (value.contains("sen unit")) {
            kinds.add(ProvisionKind.SEN_UNIT);
        }
        if (value.contains("resourced provision")) {
            kinds.add(ProvisionKind.RESOURCED_PROVISION);
        }
        return kinds;
    }
}
