/** The Tweetorial Studio workbench: a thin UI over the headless core, rendering and export bundles. */
package org.tweetorial.ui;
