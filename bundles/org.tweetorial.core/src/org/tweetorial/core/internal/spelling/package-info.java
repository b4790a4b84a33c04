/** The spell checker's implementation: dictionaries, tokenizer and the Lucene Hunspell adapter. */
package org.tweetorial.core.internal.spelling;
