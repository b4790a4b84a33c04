package org.tweetorial.core.internal.lint.phi;

import java.util.List;

/** Finds identifiers of some categories in a post. */
interface Recogniser {

    void find(PhiText text, List<PhiHit> out);
}
