package org.tweetorial.importer.internal.bluesky;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The images (with alt text and blob CID) and the link card of a post's embed: {@code app.bsky.embed.images},
 * {@code app.bsky.embed.external} and {@code app.bsky.embed.recordWithMedia} (whose {@code media} is one of those).
 */
final class Embeds {

    private Embeds() {
    }

    /** One embedded image: its blob and alt text. */
    record Image(Cid blob, String mimeType, String alt) {
    }

    /** What an embed holds; empty lists and link when nothing. */
    record Found(List<Image> images, String externalLink) {
    }

    static Found read(Object embed) {
        if (!(embed instanceof Map<?, ?> map)) {
            return new Found(List.of(), "");
        }
        if (map.get("media") instanceof Map<?, ?> media) {
            return read(media);
        }
        String link = map.get("external") instanceof Map<?, ?> ext && ext.get("uri") instanceof String uri ? uri : "";
        List<Image> images = new ArrayList<>();
        for (Object o : map.get("images") instanceof List<?> list ? list : List.of()) {
            if (o instanceof Map<?, ?> image && image.get("image") instanceof Map<?, ?> blob
                    && blob.get("ref") instanceof Link ref) {
                images.add(new Image(ref.cid(), blob.get("mimeType") instanceof String m ? m : "",
                        image.get("alt") instanceof String alt ? alt : ""));
            }
        }
        return new Found(images, link);
    }
}
