/** SVG document building, hardened XML parsing and sanitising of untrusted SVG fragments. */
package org.tweetorial.render.internal.svg;
