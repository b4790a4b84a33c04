package org.tweetorial.ui.internal.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;

/** A marker's quick fix shown in the Ctrl+1 list. */
final class MarkerResolutionProposal implements ICompletionProposal {

    private final IMarker marker;
    private final IMarkerResolution resolution;

    MarkerResolutionProposal(IMarker marker, IMarkerResolution resolution) {
        this.marker = marker;
        this.resolution = resolution;
    }

    @Override
    public void apply(IDocument document) {
        resolution.run(marker);
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return resolution instanceof IMarkerResolution2 described ? described.getDescription() : null;
    }

    @Override
    public String getDisplayString() {
        return resolution.getLabel();
    }

    @Override
    public Image getImage() {
        return resolution instanceof IMarkerResolution2 described ? described.getImage() : null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
