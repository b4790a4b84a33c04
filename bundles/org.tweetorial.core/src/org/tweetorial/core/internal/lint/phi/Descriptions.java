package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers told in words: biometrics of a person ("his fingerprint", "her voice recording"), photos of a face
 * ("a photo of her face", "full-face photo", "a selfie the patient sent"), and unique characteristics or
 * combinations ("the only blacksmith in our village", "the mayor of a small town", a tattoo with a name, a room or
 * bed number with another locator or with the patient). What a photo itself shows no text rule can see.
 */
final class Descriptions implements Recogniser {

    private static final String WHOSE = "(?:his|her|their|the\\s+patient'?s|(?:our|my)\\s+patient'?s|patient'?s|pt'?s"
            + "|the\\s+(?:child|baby|man|woman|boy|girl)'?s)";
    private static final Pattern BIOMETRIC = Pattern.compile("(?i)\\b" + WHOSE + "\\s+(?:\\w+\\s+)?(?:finger\\s?prints?"
            + "|retina(?:l)?\\s+scans?|iris\\s+scans?|voice\\s?prints?|voice\\s+recordings?|voice|palm\\s?prints?"
            + "|gait\\s+videos?|DNA\\s+profile|genome(?:\\s+sequence)?|dental\\s+records|facial\\s+recognition"
            + "(?:\\s+scan)?|handwriting(?:\\s+sample)?|signature|face\\s?print)\\b");
    private static final Pattern PHOTO = Pattern.compile("(?i)\\bfull[- ]face\\b[^.\\n]{0,20}?\\b(?:photo\\w*|picture"
            + "|image)s?\\b|\\bfull[- ]face\\b|\\bfacial\\s+(?:photo\\w*|pictures?|images?)\\b|\\b(?:photo\\w*"
            + "|pictures?"
            + "|pics?|images?|videos?|clips?|selfies?|headshots?|snapshots?)\\b(?:\\s+\\w+){0,3}?\\s+(?:of\\s+)?"
            + WHOSE + "\\s+face\\b|\\b" + WHOSE + "\\s+face\\s+(?:in|on)\\s+(?:this|the|a)\\s+(?:photo\\w*|picture"
            + "|image"
            + "|video)\\b|\\bselfies?\\b(?:\\s+\\w+){0,2}\\s+(?:the\\s+|my\\s+|our\\s+)?patient\\b|\\b(?:headshot"
            + "|photo\\w*|picture)s?\\s+of\\s+(?:him|her|them|the\\s+patient|our\\s+patient)\\b(?!\\s+(?:rash|skin"
            + "|lesion|wound|hand|foot|leg|arm|chest|back|x-?ray|scan|ecg))");
    private static final Pattern UNIQUE = Pattern.compile("(?i)\\bthe\\s+only\\s+[\\w' -]{2,40}?\\s+(?:in|on|of|from)"
            + "\\s+(?:our|the|this|my|a)?\\s*(?:\\w+\\s+)?(?:village|town|island|valley|county|parish|street"
            + "|school|estate)\\b|\\bthe\\s+(?:mayor|vicar|headteacher|head\\s+teacher|postmistress|postmaster"
            + "|lighthouse\\s+keeper|lollipop\\s+(?:lady|man)|goalkeeper|captain|priest|imam|rabbi)\\s+(?:of|on|at"
            + "|outside)\\b[^.\\n]{0,40}|\\bthe\\s+(?:local|village|famous\\s+local|well[- ]known\\s+local)\\s+"
            + "(?!(?:area|population|community|guidelines?|protocol|policy|hospital|team|anaesthetic|anesthetic"
            + "|lymph|recurrence|spread|reaction|infection)\\b)\\w+\\b|\\btattoo\\s+(?:reading|saying|of|with)\\b"
            + "[^.\\n]{0,30}|\\btattoo\\b[^.\\n]{0,20}\\bname\\b|\\b(?:twins|triplets|baby|babies)\\s+born\\s+on\\s+our"
            + "\\s+(?:unit|ward)\\b[^.\\n]{0,20}");
    private static final Pattern LOCATOR = Pattern.compile("(?i)\\b(?:bed|room|bay|side\\s+room|cubicle|cot|incubator)"
            + "\\s*(?:no\\.?|number|#)?\\s*\\d{1,4}[A-Z]?\\b"
            + "(?!\\s*(?:days?|weeks?|hours?|%|mg|beds?|patients?|-|–))");
    private static final Pattern OTHER_LOCATOR = Pattern.compile("(?i)\\b(?:ward|bay|bed|room|unit|floor)\\s*"
            + "(?:\\d{1,3}[A-Z]?|[A-Z]\\d?)\\b|\\bon\\s+the\\s+\\w+\\s+unit\\b");
    private static final Pattern PATIENT = Pattern.compile("(?i)\\b(?:patient|pt|case|he|she|his|her|man|woman"
            + "|today|tonight|now)\\b");

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        each(BIOMETRIC, s, out, "phi-biometric", PhiCategory.BIOMETRIC,
                "a biometric of a person identifies them (share a description instead)");
        each(PHOTO, s, out, "phi-photo", PhiCategory.PHOTO,
                "a photo of a face identifies the patient even without a name (post it only with consent)");
        each(UNIQUE, s, out, "phi-unique", PhiCategory.OTHER,
                "a unique job, role or mark in a small place points to one person");
        Matcher m = LOCATOR.matcher(s);
        while (m.find()) {
            String sentence = text.sentence(m.start(), m.end());
            String rest = sentence.replace(m.group(), " ");
            boolean combined = OTHER_LOCATOR.matcher(rest).find();
            if (combined || PATIENT.matcher(sentence).find()) {
                out.add(new PhiHit("phi-room-bed", PhiCategory.OTHER, m.start(), m.end(), NORMAL, false,
                        combined ? "a room or bed number with a ward or unit locates one patient"
                                : "a room or bed number locates a patient", PhiCategory.OTHER.placeholder()));
            }
        }
    }

    private static void each(Pattern p, String s, List<PhiHit> out, String rule, PhiCategory category, String why) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new PhiHit(rule, category, m.start(), m.end(), NORMAL, false, why, category.placeholder()));
        }
    }

}
