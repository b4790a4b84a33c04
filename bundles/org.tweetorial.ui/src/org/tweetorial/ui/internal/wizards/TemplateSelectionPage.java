package org.tweetorial.ui.internal.wizards;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Lets the author pick a template, showing what each gives. */
final class TemplateSelectionPage extends WizardPage {

    private TweetorialTemplate selected = TweetorialTemplate.EXPLAINER;

    TemplateSelectionPage() {
        super("template");
        setTitle("Choose a template");
        setDescription("Start from a thread shape that fits what you want to teach.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        TableViewer viewer = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((TweetorialTemplate) element).label();
            }
        });
        viewer.setInput(TweetorialTemplate.values());
        Label description = new Label(area, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionData.widthHint = 420;
        descriptionData.heightHint = 48;
        description.setLayoutData(descriptionData);
        viewer.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof TweetorialTemplate template) {
                selected = template;
                description.setText(template.description());
            }
        });
        viewer.setSelection(new StructuredSelection(selected));
        setControl(area);
    }

    TweetorialTemplate selected() {
        return selected;
    }

    /** Chooses a template, as a click in the list does. */
    void select(TweetorialTemplate template) {
        selected = template;
    }
}
