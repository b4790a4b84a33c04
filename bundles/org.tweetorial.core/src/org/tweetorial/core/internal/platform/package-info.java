/** The platform rule table and one length counter per counting method. */
package org.tweetorial.core.internal.platform;
