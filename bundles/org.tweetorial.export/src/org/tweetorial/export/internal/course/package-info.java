/** A course export: finding the tweetorials, exporting them in parallel, and writing the index page. */
package org.tweetorial.export.internal.course;
