package org.tweetorial.core.internal.lint.phi;

/** The HIPAA Safe Harbor identifier categories that text can express, with the neutral placeholder of each. */
public enum PhiCategory {
    NAME("name", "[name]"),
    GEO("place smaller than a state", "[place]"),
    DATE("date tied to a person", "[date]"),
    AGE("age over 89", "over 90"),
    PHONE("phone or fax number", "[phone]"),
    EMAIL("e-mail address", "[email]"),
    NATIONAL_ID("national id number", "[ID]"),
    MRN("medical record number", "[record number]"),
    HEALTH_PLAN("health plan number", "[plan number]"),
    ACCOUNT("account number", "[account]"),
    LICENCE("certificate or licence number", "[licence]"),
    VEHICLE("vehicle identifier", "[vehicle]"),
    DEVICE("device identifier", "[device]"),
    URL("personal web address or handle", "[link]"),
    IP("IP address", "[IP address]"),
    BIOMETRIC("biometric identifier", "[biometric detail]"),
    PHOTO("photo of the face", "[photo]"),
    OTHER("unique characteristic or combination", "[detail]");

    private final String label;
    private final String placeholder;

    PhiCategory(String label, String placeholder) {
        this.label = label;
        this.placeholder = placeholder;
    }

    /** What the category is, for messages. */
    public String label() {
        return label;
    }

    /** The neutral text a redaction puts in place of an identifier of this category. */
    public String placeholder() {
        return placeholder;
    }
}
