package org.tweetorial.core.internal.parse;

import java.util.List;

import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/** Whether a posted text fits every selected platform. */
public record PostFitter(List<Platform> platforms, int mastodonLimit) {

    public static PostFitter of(FrontMatter frontMatter) {
        return new PostFitter(frontMatter.platforms(), frontMatter.mastodonLimit());
    }

    public boolean fits(String postedText) {
        for (Platform p : platforms) {
            if (!Platforms.count(p, postedText, mastodonLimit).fits()) {
                return false;
            }
        }
        return true;
    }
}
