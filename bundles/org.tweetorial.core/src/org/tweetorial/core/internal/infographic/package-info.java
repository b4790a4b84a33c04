/** Reading infographic files: front matter, panels cut at {@code ---}, panel typing and the infographic's checks. */
package org.tweetorial.core.internal.infographic;
