/** What the platforms make of a post's text: links, mentions and hashtags ({@link org.tweetorial.core.text.Entities}). */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.tweetorial.core.text;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
