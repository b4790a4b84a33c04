package org.tweetorial.ui.internal.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Offers the quick fix of a tweetorial problem marker (Problems view, ruler, Ctrl+1). */
public final class TweetorialMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(ProblemMarkers.FIX_LABEL, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String label = marker.getAttribute(ProblemMarkers.FIX_LABEL, null);
        return label == null ? new IMarkerResolution[0] : new IMarkerResolution[] { new FixResolution(label) };
    }
}
