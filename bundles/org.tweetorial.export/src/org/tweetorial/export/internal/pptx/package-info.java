/** {@code slides.pptx}: the PowerPoint/Impress deck built with Apache POI XSLF from the export's rendered cards. */
package org.tweetorial.export.internal.pptx;
