/** The parsed tweetorial: immutable records, no behaviour beyond small conveniences. */
package org.tweetorial.core.model;
