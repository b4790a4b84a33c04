/** Writing an infographic's files: PNG (1x, 2x), SVG, vector PDF poster and the long alt text, atomically. */
package org.tweetorial.export.internal.infographic;
