/**
 * The "Publish…" wizard: adapts the headless publisher ({@code org.tweetorial.publish}) to the workbench: accounts
 * in Eclipse Secure Storage, the publisher's preflight, a cancelable and resumable publish job, and the links to the
 * published posts.
 */
package org.tweetorial.ui.internal.publish;
