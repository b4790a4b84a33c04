package org.tweetorial.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Tweetorial views (e4 parts) that are open, so that commands and tests can reach the part objects behind the
 * compatibility wrappers.
 */
public final class OpenViews {

    private static final List<Object> VIEWS = new CopyOnWriteArrayList<>();

    private OpenViews() {
    }

    public static void opened(Object view) {
        VIEWS.add(view);
    }

    public static void closed(Object view) {
        VIEWS.remove(view);
    }

    public static <T> Optional<T> find(Class<T> type) {
        return VIEWS.stream().filter(type::isInstance).map(type::cast).reduce((first, last) -> last);
    }
}
