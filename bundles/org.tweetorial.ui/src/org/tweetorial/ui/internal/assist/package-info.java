/** Content assist in the tweetorial editor: hashtags, mentions, card directives, front-matter keys. */
package org.tweetorial.ui.internal.assist;
