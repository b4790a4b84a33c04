package org.tweetorial.core.lint;

/**
 * How eagerly the patient identifier (PHI) rules fire. RELAXED reports only strong patterns (checksummed ids,
 * labelled MRNs/DOBs, e-mail, phone numbers with a label), NORMAL adds the unlabelled but specific patterns,
 * STRICT also reports weaker hints (any full date, bare long numbers, initials with an age).
 */
public enum PhiStrictness {
    RELAXED, NORMAL, STRICT
}
