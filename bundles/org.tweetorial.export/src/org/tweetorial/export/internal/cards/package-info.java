/** Turning posts into cards and rendering them once for every output that shows them. */
package org.tweetorial.export.internal.cards;
