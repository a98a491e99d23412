package org.provisionlens.core.comments.anonymise;

/** The kinds of identifier the anonymiser replaces, each with the label its placeholders carry. */
public enum EntityType {
    CHILD("CHILD", Family.PERSON),
    NAME("NAME", Family.PERSON),
    PHONE("PHONE", Family.PHONE),
    EMAIL("EMAIL", Family.EMAIL),
    POSTCODE("POSTCODE", Family.POSTCODE),
    NHS_NUMBER("NHS NUMBER", Family.NHS_NUMBER),
    NI_NUMBER("NI NUMBER", Family.NI_NUMBER),
    DATE_OF_BIRTH("DATE OF BIRTH", Family.DATE_OF_BIRTH),
    AGE("AGE", Family.AGE),
    ADDRESS("ADDRESS", Family.ADDRESS),
    SCHOOL("SCHOOL", Family.SCHOOL),
    CASE_REF("CASE REF", Family.CASE_REF),
    HANDLE("HANDLE", Family.HANDLE),
    URL("URL", Family.URL);

    /** Types that count as the same finding: a child named as any person is still found. */
    public enum Family {
        PERSON,
        PHONE,
        EMAIL,
        POSTCODE,
        NHS_NUMBER,
        NI_NUMBER,
        DATE_OF_BIRTH,
        AGE,
        ADDRESS,
        SCHOOL,
        CASE_REF,
        HANDLE,
        URL
    }

    private final String label;
    private final Family family;

    EntityType(String label, Family family) {
        this.label = label;
        this.family = family;
    }

    /** The words in the placeholder: {@code [NHS NUMBER 1]}. */
    public String label() {
        return label;
    }

    public Family family() {
        return family;
    }

    public String placeholder(int number) {
        return "[" + label + " " + number + "]";
    }
}
