/** The workbench's infographic views: the Infographic Preview, over the headless infographic renderer. */
package org.tweetorial.ui.internal.infographic;
