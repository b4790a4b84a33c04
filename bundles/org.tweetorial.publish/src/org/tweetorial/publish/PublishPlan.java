package org.tweetorial.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.platform.Platform;

/**
 * What a publish sends, checked by the preflight: the posts in order with their images and alt texts, each
 * replying to the one before.
 *
 * @param request  what was asked
 * @param language the thread's language (BCP 47, from the front matter), empty when it sets none
 * @param posts    in thread order
 * @param journal  the journal file of this source, platform and account
 * @param cards    the export folder the cards come from
 */
public record PublishPlan(PublishRequest request, Optional<String> language, List<PlannedPost> posts, Path journal,
        Path cards) {

    public PublishPlan {
        posts = List.copyOf(posts);
    }

    public Platform platform() {
        return request.platform();
    }
}
