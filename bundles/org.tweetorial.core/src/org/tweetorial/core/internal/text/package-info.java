/** Text utilities: graphemes, line maps, UTF-8. */
package org.tweetorial.core.internal.text;
