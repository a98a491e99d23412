package org.provisionlens.core.demand;

import java.time.LocalDate;
import java.util.Objects;
import org.provisionlens.core.provision.NeedCode;

/**
 * One child or young person with SEN, from a pseudonymised case-management export. Never a name, an address or a
 * date of birth: a stable pseudonymous id, a small area, an age.
 *
 * @param pseudonymousId stable across exports, meaningless outside the council
 * @param lsoaCode the LSOA of residence, or {@code null} when only the postcode district is known
 * @param postcodeDistrict the outward code (e.g. M33), or {@code null}
 * @param age age in years at the export date
 * @param setting the current setting or service (URN or service id or name), or {@code null}
 * @param planOrReferralDate when the EHC plan was issued or the referral made, or {@code null}
 * @param waitingSince when the child started waiting for the setting or service, or {@code null} when not waiting
 */
public record ChildRecord(
        String pseudonymousId,
        String lsoaCode,
        String postcodeDistrict,
        int age,
        NeedCode primaryNeed,
        SupportLevel supportLevel,
        String setting,
        LocalDate planOrReferralDate,
        LocalDate waitingSince) {

    public ChildRecord {
        Objects.requireNonNull(pseudonymousId, "pseudonymousId");
        Objects.requireNonNull(primaryNeed, "primaryNeed");
        Objects.requireNonNull(supportLevel, "supportLevel");
        if (lsoaCode == null && postcodeDistrict == null) {
            throw new IllegalArgumentException("a child record needs an LSOA or a postcode district");
        }
        if (age < 0 || age > 25) {
            throw new IllegalArgumentException("the Local Offer covers ages 0-25; age was " + age);
        }
    }
}
