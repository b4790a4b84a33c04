/** Loading and validating themes (built-in and user folders), WCAG contrast computation. */
package org.tweetorial.render.internal.theme;
