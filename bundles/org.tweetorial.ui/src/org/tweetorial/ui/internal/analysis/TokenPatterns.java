package org.tweetorial.ui.internal.analysis;

/** Regular expressions for the parts of a post the platforms turn into links. */
public final class TokenPatterns {

    /** A hashtag as the platforms recognise it: letters, digits and underscores, at least one letter. */
    public static final String HASHTAG = "(?<![\\p{L}\\p{N}_#&/])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*";
    /** A mention, {@code @user} or {@code @user@instance.social}. */
    public static final String MENTION = "(?<![\\p{L}\\p{N}_@/.])@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+\\.[A-Za-z]+)?";
    /** A web address. */
    public static final String URL = "\\bhttps?://[^\\s)>\\]\"]+";

    private TokenPatterns() {
    }
}
