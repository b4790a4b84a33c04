/** The built-in lint rules, one class each; registered in {@link org.tweetorial.core.internal.lint.BuiltinRules}. */
package org.tweetorial.core.internal.lint.rules;
