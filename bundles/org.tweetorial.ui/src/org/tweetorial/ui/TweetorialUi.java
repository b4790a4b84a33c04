package org.tweetorial.ui;

/** Identifiers of the workbench contributions, for code and tests that refer to them. */
public final class TweetorialUi {

    public static final String PLUGIN_ID = "org.tweetorial.ui";
    public static final String PERSPECTIVE_ID = "org.tweetorial.ui.perspective";
    /** System property naming a folder to open as a project when the workspace is empty. */
    public static final String OPEN_PROJECT_PROPERTY = "tweetorial.openProject";
    /**
     * System property naming a folder of examples to copy into a new project when the workspace is empty: the
     * installed product's examples, which live in the read-only install folder and so are copied, not linked.
     */
    public static final String COPY_EXAMPLES_PROPERTY = "tweetorial.examples";

    private TweetorialUi() {
    }
}
