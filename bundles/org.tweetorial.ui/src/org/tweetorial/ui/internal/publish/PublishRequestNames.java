package org.tweetorial.ui.internal.publish;

import org.tweetorial.publish.PublishRequest;

/** The account names the publisher accepts (they name the journal). */
final class PublishRequestNames {

    static final String DEFAULT = PublishRequest.DEFAULT_ACCOUNT;

    private PublishRequestNames() {
    }

    static boolean valid(String name) {
        return name != null && name.trim().matches("[A-Za-z0-9_.-]+");
    }
}
