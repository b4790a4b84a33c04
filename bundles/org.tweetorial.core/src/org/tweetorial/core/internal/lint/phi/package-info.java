/**
 * Patient identifier (PHI) detection: recognisers per HIPAA Safe Harbor category, combining patterns, word lists
 * and context words, and the scanner that merges their hits for the {@code phi-*} lint rules.
 */
package org.tweetorial.core.internal.lint.phi;
