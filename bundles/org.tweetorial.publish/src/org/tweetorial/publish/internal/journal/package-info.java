/** The publish journal: each post's state, media, key and address, written atomically after every step. Not API. */
package org.tweetorial.publish.internal.journal;
