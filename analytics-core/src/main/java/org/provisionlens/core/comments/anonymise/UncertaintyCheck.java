package org.provisionlens.core.comments.anonymise;

import java.util.Set;
import java.util.regex.Pattern;

/** Looks at an anonymised text for what should not be left in it. */
final class UncertaintyCheck {

    private static final Pattern LONG_DIGITS = Pattern.compile("\\d(?:[ ]?\\d){6,}");
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)\\b(?:DOB|D\\.O\\.B|date of birth|born)\\b[^\\[\\n]{0,20}?(?:\\d{1,2}[/.-]\\d{1,2}|\\b(?:19|20)\\d{2}\\b)");

    private UncertaintyCheck() {}

    static void check(String anonymised, Set<UncertaintyReason> doubts) {
        if (LONG_DIGITS.matcher(anonymised).find()) {
            doubts.add(UncertaintyReason.LONG_DIGIT_STRING);
        }
        if (anonymised.indexOf('@') >= 0) {
            doubts.add(UncertaintyReason.AT_SIGN_REMAINS);
        }
        if (BIRTH_CUE.matcher(anonymised).find()) {
            doubts.add(UncertaintyReason.BIRTH_CUE_REMAINS);
        }
    }
}
