/** Tests of the materialized products and the update site, run as a user would run them. */
package org.tweetorial.product.tests;
