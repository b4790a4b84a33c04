/** Platform rules as data and the length counters that apply them. Entry point: {@link Platforms}. */
package org.tweetorial.core.platform;
