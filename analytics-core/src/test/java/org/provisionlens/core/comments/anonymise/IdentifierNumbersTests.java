package org.provisionlens.core.comments.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierNumbersTests {

    @Test
    void nhsCheckDigitIsModulus11WithWeightsTenToTwo() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9.
        assertThat(NhsNumbers.checkDigit("943476591")).isEqualTo(9);
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        assertThat(NhsNumbers.isValid("9434765918")).isFalse();
    }

    @Test
    void nhsCheckDigitElevenBecomesZeroAndTenIsNeverIssued() {
        // 4*10 = 40; 40 mod 11 = 7; 11 - 7 = 4.
        assertThat(NhsNumbers.checkDigit("400000000")).isEqualTo(4);
        // 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no NHS number starts with these nine digits.
        assertThat(NhsNumbers.checkDigit("100000001")).isEqualTo(-1);
        assertThat(NhsNumbers.isValid("1000000010")).isFalse();
        // 0; 0 mod 11 = 0; 11 - 0 = 11, written 0.
        assertThat(NhsNumbers.checkDigit("000000000")).isEqualTo(0);
        assertThat(NhsNumbers.isValid("0000000000")).isTrue();
    }

    @Test
    void nhsNumberMustBeTenDigits() {
        assertThat(NhsNumbers.isValid("943476591")).isFalse();
        assertThat(NhsNumbers.isValid("94347659190")).isFalse();
        assertThat(NhsNumbers.isValid("94347a5919")).isFalse();
    }

    @Test
    void niPrefixesFollowTheOfficialExclusions() {
        assertThat(NiNumbers.isAllowedPrefix("AB")).isTrue();
        assertThat(NiNumbers.isAllowedPrefix("jg")).isTrue();
        assertThat(NiNumbers.isAllowedPrefix("DA")).isFalse(); // D never first
        assertThat(NiNumbers.isAllowedPrefix("QA")).isFalse(); // Q never first
        assertThat(NiNumbers.isAllowedPrefix("AO")).isFalse(); // O never second
        assertThat(NiNumbers.isAllowedPrefix("AV")).isFalse(); // V never second
        assertThat(NiNumbers.isAllowedPrefix("OA")).isTrue(); // O may be first
        for (String unallocated : new String[] {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
            assertThat(NiNumbers.isAllowedPrefix(unallocated)).as(unallocated).isFalse();
        }
    }
}
