package org.provisionlens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cleaning rules of optional fields, each with values worked out by hand. */
class OptionalFieldsTests {

    @Test
    void anEmailEndingInAFullStopIsKeptWithoutIt() {
        assertThat(OptionalFields.email("info@mencap.org.uk."))
                .isEqualTo(OptionalValue.cleaned("info@mencap.org.uk", "the full stop after the address was removed"));
        assertThat(OptionalFields.email(" help@example.org.. "))
                .isEqualTo(OptionalValue.cleaned("help@example.org", "the full stop after the address was removed"));
    }

    @Test
    void aMailtoPrefixIsRemoved() {
        assertThat(OptionalFields.email("mailto:team@example.org"))
                .isEqualTo(OptionalValue.cleaned("team@example.org", "the mailto: prefix was removed"));
        assertThat(OptionalFields.email("MAILTO: team@example.org."))
                .isEqualTo(OptionalValue.cleaned(
                        "team@example.org",
                        "the mailto: prefix was removed; the full stop after the address was removed"));
    }

    @Test
    void aGoodEmailIsNoFindingAndWhatCannotBeOneIsLeftEmpty() {
        assertThat(OptionalFields.email("salt@example.org")).isEqualTo(OptionalValue.fine("salt@example.org"));
        assertThat(OptionalFields.email(null)).isEqualTo(OptionalValue.fine(null));
        assertThat(OptionalFields.email("  ")).isEqualTo(OptionalValue.fine(null));
        String notOne = "not an email address: expected one such as name@example.org";
        assertThat(OptionalFields.email("info at mycity.gov.uk")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.email("info@localhost")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.email("a@b@example.org")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.email(".")).isEqualTo(OptionalValue.emptied(notOne));
    }

    @Test
    void aWebAddressWithoutASchemeGetsHttpsWhenTheRestIsAHost() {
        assertThat(OptionalFields.website("https://www.example.org/salt"))
                .isEqualTo(OptionalValue.fine("https://www.example.org/salt"));
        assertThat(OptionalFields.website("HTTP://example.com:8080/a?b=c"))
                .isEqualTo(OptionalValue.fine("HTTP://example.com:8080/a?b=c"));
        String added = "no http:// or https://: https:// was added";
        assertThat(OptionalFields.website("www.trafford.gov.uk/send"))
                .isEqualTo(OptionalValue.cleaned("https://www.trafford.gov.uk/send", added));
        assertThat(OptionalFields.website("mencap.org.uk"))
                .isEqualTo(OptionalValue.cleaned("https://mencap.org.uk", added));
    }

    @Test
    void aWebAddressThatIsNotOneIsLeftEmpty() {
        String notOne = "not a web address: expected one such as https://www.example.org";
        assertThat(OptionalFields.website("see our Facebook page")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.website("n.a")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.website("http://")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.website("https://intranet/page")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.website("ftp://files.example.org"))
                .isEqualTo(OptionalValue.emptied("not a web address: expected http:// or https://"));
        assertThat(OptionalFields.website("mailto:team@example.org"))
                .isEqualTo(OptionalValue.emptied("not a web address: expected http:// or https://"));
    }

    @Test
    void aUkPhoneNumberHas10Or11DigitsOnceSpacesBracketsAnd44AreRemoved() {
        // 0161 912 1234: 11 digits; +44 (0)161 912 1234: 0161 912 1234, 11; +44 7700 900123: 7700900123, 10;
        // 0800 123 456: 10; """0161 496 0101""": quotes removed, 11
        assertThat(OptionalFields.phone("0161 912 1234")).isEqualTo(OptionalValue.fine("0161 912 1234"));
        assertThat(OptionalFields.phone("+44 (0)161 912 1234")).isEqualTo(OptionalValue.fine("+44 (0)161 912 1234"));
        assertThat(OptionalFields.phone("+44 7700 900123")).isEqualTo(OptionalValue.fine("+44 7700 900123"));
        assertThat(OptionalFields.phone("0800 123 456")).isEqualTo(OptionalValue.fine("0800 123 456"));
        assertThat(OptionalFields.phone("0161-912-1234")).isEqualTo(OptionalValue.fine("0161-912-1234"));
        assertThat(OptionalFields.phone("\"\"\"0161 496 0101\"\"\"")).isEqualTo(OptionalValue.fine("0161 496 0101"));
        assertThat(OptionalFields.phoneDigits("+44 (0)161 912 1234")).isEqualTo("01619121234");
        assertThat(OptionalFields.phoneDigits("0044 161 912 1234")).isEqualTo("1619121234");
    }

    @Test
    void whatIsNotAUkPhoneNumberIsLeftEmpty() {
        String notOne = "not a UK phone number: expected 10 or 11 digits, such as 0161 912 1234 or +44 161 912 1234";
        // 999: 3 digits; 0161 912 12345 6: 13 digits; +1 555 0100: "+1" is not +44; letters are not digits
        assertThat(OptionalFields.phone("999")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.phone("0161 912 12345 6")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.phone("+1 555 0100")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.phone("ask at reception")).isEqualTo(OptionalValue.emptied(notOne));
        assertThat(OptionalFields.phone("0161 912 1234 ext 5")).isEqualTo(OptionalValue.emptied(notOne));
    }

    @Test
    void anOptionalFieldOverItsLimitIsLeftEmptyWithTheLimitNamed() {
        String huge = "x".repeat(InputLimits.FIELD_CHARS + 1);
        assertThat(OptionalFields.email(huge + "@example.org"))
                .isEqualTo(
                        OptionalValue.emptied(
                                "the email address is 2,013 characters long; at most 2,000 are accepted (is the file broken?)"));
        assertThat(OptionalFields.limited("description", "y".repeat(100_001), InputLimits.TEXT_CHARS))
                .isEqualTo(OptionalValue.emptied(
                        "description is 100,001 characters long; at most 100,000 are accepted (is the file broken?)"));
        assertThat(OptionalFields.limited("description", "short", InputLimits.TEXT_CHARS))
                .isEqualTo(OptionalValue.fine("short"));
        assertThat(OptionalFields.shown(huge)).isEqualTo("x".repeat(100) + "… (2,001 characters)");
        assertThat(OptionalFields.shown("short")).isEqualTo("short");
    }
}
