/** Edits of a tweetorial's source that keep its structure: moving posts. */
package org.tweetorial.core.edit;
