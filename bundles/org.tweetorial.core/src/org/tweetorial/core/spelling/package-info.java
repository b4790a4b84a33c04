/**
 * Spell checking of posts: a headless Hunspell checker ({@link org.tweetorial.core.spelling.SpellChecker}) with a
 * medical vocabulary, and the project's and user's word lists ({@link org.tweetorial.core.spelling.WordLists}).
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.tweetorial.core.spelling;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
