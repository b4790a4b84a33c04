/** Loading project images safely (project folder only, no escapes, no remote URLs unless allowed) as data URIs. */
package org.tweetorial.render.internal.image;
