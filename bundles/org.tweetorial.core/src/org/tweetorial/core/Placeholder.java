package org.tweetorial.core; public final class Placeholder {}
