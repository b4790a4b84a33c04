/**
 * Spelling as you type: an Eclipse {@code ISpellingEngine} that asks core's
 * {@link org.tweetorial.core.spelling.SpellChecker} about each post, and the quick fixes on a misspelling (the
 * checker's suggestions, "Add to the project dictionary" through {@link org.tweetorial.core.spelling.WordLists},
 * "Ignore in this file" for the editor session).
 */
package org.tweetorial.ui.internal.spelling;
