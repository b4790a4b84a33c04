package org.tweetorial.ui.internal.publish;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The top of the preflight and progress pages: a wrapping status line over a table with one row per post. */
final class PostTable {

    private PostTable() {
    }

    /** A status line spanning {@code span} columns of the parent's grid. */
    static Label status(Composite parent, int span) {
        Label status = new Label(parent, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        wide.widthHint = 640;
        status.setLayoutData(wide);
        return status;
    }

    /** The posts' table spanning {@code span} columns of the parent's grid, without columns yet. */
    static Table create(Composite parent, int span) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        tableData.heightHint = 300;
        table.setLayoutData(tableData);
        return table;
    }

    /** Adds a column to the posts' table. */
    static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }
}
