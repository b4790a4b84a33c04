package org.tweetorial.render.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tweetorial.render.RenderedCard;

/** Bounded LRU cache of rendered cards keyed by content hash; limited by entries and by total bytes. */
final class RenderCache {

    private static final long MAX_BYTES = 96L * 1024 * 1024;

    private final int maxEntries;
    private long bytes;
    private final LinkedHashMap<String, RenderedCard> map = new LinkedHashMap<>(64, 0.75f, true);

    RenderCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    synchronized RenderedCard get(String key) {
        return map.get(key);
    }

    synchronized void put(String key, RenderedCard card) {
        if (maxEntries <= 0) {
            return;
        }
        RenderedCard old = map.put(key, card);
        if (old != null) {
            bytes -= old.bytes().length;
        }
        bytes += card.bytes().length;
        var it = map.entrySet().iterator();
        while ((map.size() > maxEntries || bytes > MAX_BYTES) && it.hasNext()) {
            Map.Entry<String, RenderedCard> e = it.next();
            bytes -= e.getValue().bytes().length;
            it.remove();
        }
    }
}
