/** Tweetorial Studio preferences: author profile, platforms, cards, checks. */
package org.tweetorial.ui.internal.preferences;
