/** What the platforms make of a post's text: links, mentions and hashtags ({@link org.tweetorial.core.text.Entities}). */
package org.tweetorial.core.text;
