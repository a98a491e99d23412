package org.provisionlens.core.comments.anonymise;

/** Why an anonymised comment is held for a person to check before it is published. */
public enum UncertaintyReason {
    /** A capitalised word after a person cue ("my son", "Mrs", "called") was taken as a name but is in no gazetteer. */
    UNKNOWN_NAME_AFTER_CUE("a name after a person cue is in no gazetteer"),
    /** Seven or more digits in a row are left in the text. */
    LONG_DIGIT_STRING("a long string of digits remains"),
    /** An "@" is left: an email address or handle the patterns did not match. */
    AT_SIGN_REMAINS("an @ remains"),
    /** "DOB", "date of birth" or "born" is followed by digits that were not replaced. */
    BIRTH_CUE_REMAINS("a birth date cue is followed by digits that remain"),
    /** A web address on a site that is neither a public service nor a known social network was kept. */
    UNKNOWN_URL_KEPT("a web address of unknown kind was kept");

    private final String description;

    UncertaintyReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
