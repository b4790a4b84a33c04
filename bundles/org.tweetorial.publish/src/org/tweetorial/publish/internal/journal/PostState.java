package org.tweetorial.publish.internal.journal;

import com.google.gson.annotations.SerializedName;

/** Where a post is on its way to the platform. */
public enum PostState {
    /** Nothing sent yet (some media may be uploaded: see the entry's media). */
    @SerializedName("pending")
    PENDING,
    /** Its key is chosen and written; it may or may not have reached the platform: look it up before resending. */
    @SerializedName("sending")
    SENDING,
    /** It is on the platform; the entry holds its address. */
    @SerializedName("published")
    PUBLISHED
}
