package org.tweetorial.ui;

/** Identifiers of the workbench contributions, for code and tests that refer to them. */
public final class TweetorialUi {

    public static final String PLUGIN_ID = "org.tweetorial.ui";
    public static final String PERSPECTIVE_ID = "org.tweetorial.ui.perspective";
    /** System property naming a folder to open as a project when the workspace is empty. */
    public static final String OPEN_PROJECT_PROPERTY = "tweetorial.openProject";

    private TweetorialUi() {
    }
}
