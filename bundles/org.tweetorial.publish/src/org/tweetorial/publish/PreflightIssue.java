package org.tweetorial.publish;

/**
 * Something the preflight found that stops the publish.
 *
 * @param post    the post's number, 0 for the whole thread
 * @param where   {@code FILE:LINE} or {@code FILE}
 * @param problem what is wrong
 * @param action  what to do about it
 */
public record PreflightIssue(int post, String where, String problem, String action) {

    /** One line for people: {@code where: post N: problem; action}. */
    public String describe() {
        return where + ": " + (post > 0 ? "post " + post + ": " : "") + problem + "; " + action;
    }
}
