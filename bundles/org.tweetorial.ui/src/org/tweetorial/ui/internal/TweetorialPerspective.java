package org.tweetorial.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The writing layout: projects on the left, the editor in the middle, the thread preview on the right with the
 * outline and cards below it, problems at the bottom.
 */
public final class TweetorialPerspective implements IPerspectiveFactory {

    public static final String PREVIEW_VIEW = "org.tweetorial.ui.preview";
    public static final String CARDS_VIEW = "org.tweetorial.ui.cards";
    public static final String INFOGRAPHIC_PREVIEW_VIEW = "org.tweetorial.ui.infographicPreview";
    public static final String FORMAT_GUIDE_VIEW = "org.tweetorial.ui.formatGuide";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.17f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editorArea);
        right.addView(PREVIEW_VIEW);
        right.addView(INFOGRAPHIC_PREVIEW_VIEW);
        IFolderLayout rightBottom = layout.createFolder("rightBottom", IPageLayout.BOTTOM, 0.68f, "right");
        rightBottom.addView(IPageLayout.ID_OUTLINE);
        rightBottom.addView(CARDS_VIEW);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.76f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        right.addPlaceholder(FORMAT_GUIDE_VIEW);
        right.addPlaceholder(WelcomeView.ID);
        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROBLEM_VIEW, PREVIEW_VIEW, CARDS_VIEW, FORMAT_GUIDE_VIEW,
                INFOGRAPHIC_PREVIEW_VIEW }) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut("org.tweetorial.ui.newProject");
        layout.addNewWizardShortcut("org.tweetorial.ui.newFile");
    }
}
