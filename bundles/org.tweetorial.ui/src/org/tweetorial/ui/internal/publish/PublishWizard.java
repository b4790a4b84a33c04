package org.tweetorial.ui.internal.publish;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;

/**
 * "Publish…": account, preflight, publish post by post, links. It adapts {@link org.tweetorial.publish.Publisher};
 * X, which has no free API, gets the guided "post by hand" page instead.
 */
public final class PublishWizard extends Wizard {

    private final IFile file;
    private final PublishCredentials credentials;
    private AccountPage account;
    private PreflightPage preflight;
    private ProgressPage progress;
    private LinksPage links;
    private ByHandPage byHand;

    public PublishWizard(IFile file, PublishCredentials credentials) {
        this.file = file;
        this.credentials = credentials;
        setWindowTitle("Publish " + file.getName());
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        account = new AccountPage(credentials);
        preflight = new PreflightPage();
        progress = new ProgressPage();
        links = new LinksPage();
        byHand = new ByHandPage();
        addPage(account);
        addPage(preflight);
        addPage(progress);
        addPage(links);
        addPage(byHand);
    }

    IWizardPage pageAfterAccount() {
        return account.platform() == Platform.X ? byHand : preflight;
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == account) {
            return pageAfterAccount();
        }
        if (page == preflight) {
            return preflight.plan() == null ? null : progress;
        }
        if (page == progress) {
            return progress.result() == null ? null : links;
        }
        return null;
    }

    @Override
    public IWizardPage getPreviousPage(IWizardPage page) {
        if (progress.running() || page == links) {
            return null;
        }
        return page == byHand ? account : super.getPreviousPage(page);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == links && links.isPageComplete()
                || getContainer().getCurrentPage() == byHand;
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    @Override
    public boolean performCancel() {
        if (progress.running()) {
            progress.stop();
        }
        return true;
    }

    /** The source file on disk. */
    Path source() {
        return file.getLocation().toFile().toPath();
    }

    /** The request for the preflight: this file, platform and account. */
    PublishRequest request() {
        return PublishRequest.of(source(), account.platform()).withAccountName(account.accountName());
    }

    /** The request for a publish: resumes when the journal of an earlier run exists. */
    PublishRequest publishRequest() {
        PublishRequest request = request();
        return request.withResume(Files.exists(org.tweetorial.publish.Publisher.journalFile(request)));
    }

    /** The account entered, remembered in secure storage when asked (a failure to store is said, not fatal). */
    Account account() {
        Account entered = account.account();
        if (account.remember()) {
            try {
                credentials.save(entered);
            } catch (StorageException e) {
                MessageDialog.openWarning(getShell(), "Secure Storage", "The account could not be remembered ("
                        + e.getMessage() + "). It is used for this publish only.");
            }
        }
        return entered;
    }

    PublishPlan plan() {
        return preflight.plan();
    }

    PublishResult result() {
        return progress.result();
    }

    // For tests: the pages as a user would drive them.

    public AccountPage accountPage() {
        return account;
    }

    public PreflightPage preflightPage() {
        return preflight;
    }

    public ProgressPage progressPage() {
        return progress;
    }

    public LinksPage linksPage() {
        return links;
    }

    public ByHandPage byHandPage() {
        return byHand;
    }
}
