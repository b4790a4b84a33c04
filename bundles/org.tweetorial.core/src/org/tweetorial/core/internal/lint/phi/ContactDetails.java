package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;
import static org.tweetorial.core.lint.PhiStrictness.RELAXED;
import static org.tweetorial.core.lint.PhiStrictness.STRICT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and fax numbers (international, UK, French, German, Australian and US groupings, whole number with every
 * group), e-mail addresses (not role addresses like education@), IP addresses, and personal links and handles:
 * fundraising and memorial pages, or a blog, page or handle said to be the patient's or their family's.
 */
final class ContactDetails implements Recogniser {

    private static final Pattern PHONE = Pattern.compile("(?<![\\w.+/:;#-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)"
            + "[\\s.-]?)?\\d{1,5}(?:[\\s.-]\\d{2,6}){1,5}(?![\\w/-]|[.,]\\d)");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?i)\\b(?:tel|phone|telephone|call|ring|cell|mobile"
            + "|landline|pager|fax|ext|contact|number|num[ée]ro|appeler|erreichbar|unter|reach|text|whatsapp)\\b"
            + "[^\\n\\d]{0,25}$");
    private static final Pattern US = Pattern.compile("(?:\\+1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]"
            + "\\d{4}|555[\\s.-]01\\d\\d");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![@\\w.+-])([\\w.+-]+)@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    private static final Pattern ROLE_ADDRESS = Pattern.compile("(?i)info|contact|education|team|admin|office"
            + "|enquiries|hello|support|meded|press|media|editor|editorial|journal|secretary|noreply|no-reply"
            + "|webmaster|help|feedback");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\w]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![\\w:])(?=[0-9a-f:]*[a-f][0-9a-f:]*|[0-9a-f:]*::)"
            + "(?:[0-9a-f]{1,4}:){2,7}:?(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\\w:])");
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>()\\]]+"
            + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]"
            + "+)*\\.(?:com|org|net|co\\.uk|org\\.uk|ie|fr|de|it|example)/[^\\s<>()\\]]*"
            + "|\\b[a-z0-9-]+\\.example\\.(?:com"
            + "|org|net)\\b");
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\w@/.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?:@[\\w.-]+)?");
    private static final Pattern FUNDRAISING = Pattern.compile("(?i)gofundme|justgiving|caringbridge|forevermissed"
            + "|crowdfunder|gogetfunding|givealittle|leetchi|fundrazr|donate|fundrais|memorial");
    private static final Pattern PERSONAL_LINK = Pattern.compile("(?i)\\b(?:(?:his|her|their|(?:the\\s+)?(?:family"
            + "|patient|pt|mum|mother|dad|father|wife"
            + "|husband|daughter|son|brother|sister|partner|baby|child)(?:['’]s)?)\\s+(?:own\\s+)?(?:blog|page"
            + "|instagram|tiktok|channel|account|site|website|handle|youtube|facebook|journey|story|recovery"
            + "|progress|updates?|crowdfunding|fundraiser)|fundrais\\w*|crowdfund\\w*|donat\\w+|memorial|blogging"
            + "|(?:posts?|tweets?|writes?|blogs?)\\s+(?:updates\\s+)?as|shares?\\s+(?:his|her|their)"
            + "|runs\\s+the\\s+page|follow\\s+(?:his|her"
            + "|their|the\\s+baby'?s)|patient'?s\\s+(?:own\\s+)?\\w+|documents\\s+every)\\b");

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        phones(text, out);
        emails(text, out);
        ips(text, out);
        links(text, out);
    }

    private static void phones(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        Matcher m = PHONE.matcher(s);
        while (m.find()) {
            String number = m.group();
            int digits = number.replaceAll("\\D", "").length();
            boolean labelled = PHONE_LABEL.matcher(text.before(m.start(), 40)).find();
            boolean shaped = number.startsWith("+") && digits >= 8 || number.startsWith("0") && digits >= 10
                    || US.matcher(number).matches();
            if (digits < 7 || digits > 15 || !labelled && !shaped || looksLikeRange(number)) {
                continue;
            }
            boolean fax = text.before(m.start(), 30).toLowerCase(Locale.ROOT).contains("fax");
            out.add(new PhiHit("phi-phone", PhiCategory.PHONE, m.start(), m.end(), labelled ? RELAXED : NORMAL, false,
                    (fax ? "a fax number" : labelled ? "a phone number after a phone label"
                            : "digits grouped like a phone number"), PhiCategory.PHONE.placeholder()));
        }
    }

    /** "1413-1424", "2019-2023": two groups of equal length with the second not smaller, without a leading 0. */
    private static boolean looksLikeRange(String number) {
        String[] groups = number.split("[\\s.-]");
        if (groups.length != 2 || number.startsWith("0") || number.startsWith("+")
                || groups[0].length() != groups[1].length()) {
            return false;
        }
        return Long.parseLong(groups[1]) >= Long.parseLong(groups[0]);
    }

    private static void emails(PhiText text, List<PhiHit> out) {
        String s = text.raw();
        if (s.indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(s);
        while (m.find()) {
            if (ROLE_ADDRESS.matcher(m.group(1)).matches()) {
                continue;
            }
            out.add(new PhiHit("phi-email", PhiCategory.EMAIL, m.start(), m.end(), RELAXED, false,
                    "an e-mail address identifies a person", PhiCategory.EMAIL.placeholder()));
        }
    }

    private static void ips(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        Matcher m = IPV4.matcher(s);
        while (m.find()) {
            if (!text.before(m.start(), 12).matches("(?is).*\\b(?:v|version|ver\\.?)\\s*$")) {
                out.add(new PhiHit("phi-ip", PhiCategory.IP, m.start(), m.end(), NORMAL, false,
                        "an IP address can locate a person's device", PhiCategory.IP.placeholder()));
            }
        }
        m = IPV6.matcher(s);
        while (m.find()) {
            if (m.group().chars().filter(c -> c == ':').count() >= 3) {
                out.add(new PhiHit("phi-ip", PhiCategory.IP, m.start(), m.end(), NORMAL, false,
                        "an IPv6 address can locate a person's device", PhiCategory.IP.placeholder()));
            }
        }
    }

    private static void links(PhiText text, List<PhiHit> out) {
        String s = text.raw();
        Matcher m = LINK.matcher(s);
        while (m.find()) {
            int end = trimPunctuation(s, m.start(), m.end());
            link(text, m.start(), end, out);
        }
        m = HANDLE.matcher(s);
        while (m.find()) {
            if (!text.isOwn(m.group()) && PERSONAL_LINK.matcher(text.sentence(m.start(), m.end())).find()) {
                out.add(new PhiHit("phi-url", PhiCategory.URL, m.start(), m.end(), NORMAL, false,
                        "a social media handle said to be the patient's or their family's",
                        PhiCategory.URL.placeholder()));
            }
        }
    }

    private static void link(PhiText text, int start, int end, List<PhiHit> out) {
        String url = text.raw().substring(start, end);
        if (FUNDRAISING.matcher(url).find()) {
            out.add(new PhiHit("phi-url", PhiCategory.URL, start, end, NORMAL, false,
                    "a fundraising or memorial page names the patient", PhiCategory.URL.placeholder()));
        } else if (PERSONAL_LINK.matcher(text.raw().substring(text.sentenceStart(start),
                Math.max(end, text.sentenceEnd(end)))).find()) {
            out.add(new PhiHit("phi-url", PhiCategory.URL, start, end, NORMAL, false,
                    "a web page said to be the patient's or their family's", PhiCategory.URL.placeholder()));
        } else if (url.matches("(?i).*/(?:@|~)?[a-z]+[-_.][a-z]+[-_.]?[a-z]*/?$") && text.personalNear(start, end)) {
            out.add(new PhiHit("phi-url", PhiCategory.URL, start, end, STRICT, false,
                    "a link whose path looks like a person's name (strict mode)", PhiCategory.URL.placeholder()));
        }
    }

    private static int trimPunctuation(String s, int start, int end) {
        while (end > start && ".,;:!?'\"".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
