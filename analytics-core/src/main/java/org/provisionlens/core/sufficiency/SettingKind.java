package org.provisionlens.core.sufficiency;

/** What kind of setting a child's record names: the fact each tier's demand definition reads. */
public enum SettingKind {
    /**
     * A specialist education setting: special school (state, independent or non-maintained), SEN unit, resourced
     * provision, specialist post-16 institution, alternative provision.
     */
    SPECIALIST_SETTING,
    /** A mainstream setting: school, college, early years setting, training provider. */
    MAINSTREAM,
    /** A service that is not an education setting (a therapy, a short break): the record is a referral to it. */
    SERVICE,
    /** In no setting (NEET, elective home education, educated elsewhere), none recorded, or a setting not recognised. */
    NOT_PLACED
}
