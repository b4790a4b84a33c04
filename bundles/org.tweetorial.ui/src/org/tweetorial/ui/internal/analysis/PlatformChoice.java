package org.tweetorial.ui.internal.analysis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/** The platform the preview and the editor's length ruler show; shared so that they agree. UI thread only. */
public final class PlatformChoice {

    private static final List<Consumer<Platform>> LISTENERS = new CopyOnWriteArrayList<>();
    private static Platform current;

    private PlatformChoice() {
    }

    public static Platform current() {
        if (current == null) {
            current = TweetorialPreferences.defaultPlatforms().get(0);
        }
        return current;
    }

    public static void choose(Platform platform) {
        if (platform == current) {
            return;
        }
        current = platform;
        LISTENERS.forEach(l -> l.accept(platform));
    }

    public static void addListener(Consumer<Platform> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Platform> listener) {
        LISTENERS.remove(listener);
    }
}
