package org.tweetorial.ui.internal.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Offers the quick fixes of a tweetorial problem marker (Problems view, ruler). */
public final class TweetorialMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(ProblemMarkers.FIX_LABEL, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String labels = marker.getAttribute(ProblemMarkers.FIX_LABEL, null);
        if (labels == null) {
            return new IMarkerResolution[0];
        }
        String[] each = labels.split("\n");
        IMarkerResolution[] resolutions = new IMarkerResolution[each.length];
        for (int i = 0; i < each.length; i++) {
            resolutions[i] = new FixResolution(each[i], i);
        }
        return resolutions;
    }
}
