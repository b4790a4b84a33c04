package org.tweetorial.ui.internal.publish;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PublishRequest;

/**
 * Where and as whom to publish: the platform, an account name, the server, the handle and app password (Bluesky) or
 * the instance and access token (Mastodon), and whether to remember them in Eclipse Secure Storage. X has no free
 * API: choosing it leads to the "post by hand" page.
 */
public final class AccountPage extends WizardPage {

    static final Platform[] PLATFORMS = { Platform.BLUESKY, Platform.MASTODON, Platform.X };

    private final PublishCredentials credentials;
    private Combo platform;
    private Text name;
    private Text server;
    private Text identifier;
    private Text secret;
    private Button remember;
    private Label secretLabel;
    /** What a remembered account filled in, and what the fields held before; null while none did. */
    private Credentials remembered;
    private Credentials beforeRemembered;

    AccountPage(PublishCredentials credentials) {
        super("account");
        this.credentials = credentials;
        setTitle("Account");
        setDescription("Where to publish. Credentials are kept in Eclipse Secure Storage, never in the project.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        label(area, "&Platform:");
        platform = new Combo(area, SWT.READ_ONLY);
        platform.setItems("Bluesky", "Mastodon", "X (post by hand)");
        platform.select(0);
        label(area, "&Account name:");
        name = text(area, SWT.BORDER, PublishRequest.DEFAULT_ACCOUNT);
        label(area, "&Server:");
        server = text(area, SWT.BORDER, Account.BLUESKY_DEFAULT_SERVER.toString());
        label(area, "&Handle:");
        identifier = text(area, SWT.BORDER, "");
        secretLabel = label(area, "App pass&word:");
        secret = text(area, SWT.BORDER | SWT.PASSWORD, "");
        new Label(area, SWT.NONE);
        remember = new Button(area, SWT.CHECK);
        remember.setText("&Remember in Eclipse Secure Storage (encrypted)");
        remember.setSelection(true);
        platform.addListener(SWT.Selection, e -> platformChanged());
        name.addListener(SWT.Modify, e -> {
            loadRemembered();
            validate();
        });
        server.addListener(SWT.Modify, e -> validate());
        identifier.addListener(SWT.Modify, e -> validate());
        secret.addListener(SWT.Modify, e -> validate());
        setControl(area);
        loadRemembered();
        validate();
    }

    private static Label label(Composite area, String text) {
        Label label = new Label(area, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Text text(Composite area, int style, String value) {
        Text text = new Text(area, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    private void platformChanged() {
        boolean bluesky = platform() == Platform.BLUESKY;
        boolean x = platform() == Platform.X;
        secretLabel.setText(bluesky ? "App pass&word:" : "Access to&ken:");
        server.setText(bluesky ? Account.BLUESKY_DEFAULT_SERVER.toString() : x ? "" : "https://");
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { name, server, secret,
                remember }) {
            c.setEnabled(!x);
        }
        identifier.setEnabled(bluesky);
        ((Composite) getControl()).layout(true);
        loadRemembered();
        validate();
    }

    /**
     * Fills in the remembered account of the name typed. When the name (or platform) changes to one with nothing
     * remembered, the fields that still hold what that account filled in get back what they held before, so another
     * account's secret is never kept, while what the user typed stays.
     */
    private void loadRemembered() {
        Optional<Account> known = platform() == Platform.X || !PublishRequest.isAccountName(accountName())
                ? Optional.empty()
                : credentials.load(platform(), accountName());
        if (known.isPresent()) {
            if (remembered == null) {
                beforeRemembered = shown();
            }
            Account account = known.get();
            remembered = new Credentials(account.server().toString(), account.identifier(), account.secret());
            show(remembered);
        } else if (remembered != null) {
            restoreIfUnchanged(server, remembered.server(), beforeRemembered.server());
            restoreIfUnchanged(identifier, remembered.identifier(), beforeRemembered.identifier());
            restoreIfUnchanged(secret, remembered.secret(), beforeRemembered.secret());
            remembered = null;
            beforeRemembered = null;
        }
    }

    private Credentials shown() {
        return new Credentials(server.getText(), identifier.getText(), secret.getText());
    }

    private void show(Credentials values) {
        server.setText(values.server());
        identifier.setText(values.identifier());
        secret.setText(values.secret());
    }

    private static void restoreIfUnchanged(Text field, String filledIn, String before) {
        if (field.getText().equals(filledIn)) {
            field.setText(before);
        }
    }

    private void validate() {
        setErrorMessage(problem());
        setPageComplete(getErrorMessage() == null);
    }

    private String problem() {
        if (platform() == Platform.X) {
            return null;
        }
        if (!PublishRequest.isAccountName(accountName())) {
            return "An account name is letters, digits, '.', '_' and '-'.";
        }
        if (serverUri().isEmpty()) {
            return "Enter the server as an https:// address, e.g. " + (platform() == Platform.BLUESKY
                    ? "https://bsky.social" : "https://mastodon.social") + ".";
        }
        if (platform() == Platform.BLUESKY && identifier.getText().isBlank()) {
            return "Enter your handle (name.bsky.social) or DID.";
        }
        if (secret.getText().isBlank()) {
            return platform() == Platform.BLUESKY
                    ? "Enter an app password (Bluesky: Settings > Privacy and security > App passwords)."
                    : "Enter an access token (your instance: Preferences > Development > New application).";
        }
        return null;
    }

    private Optional<URI> serverUri() {
        try {
            URI uri = URI.create(server.getText().trim());
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Platform platform() {
        return PLATFORMS[Math.max(0, platform.getSelectionIndex())];
    }

    String accountName() {
        return name.getText().trim();
    }

    /** The account as entered (Bluesky or Mastodon). */
    Account account() {
        return new Account(platform(), accountName(), serverUri().orElseThrow(),
                platform() == Platform.BLUESKY ? identifier.getText().trim() : "", secret.getText().trim());
    }

    boolean remember() {
        return remember.getSelection();
    }

    /** Types an account name as a user would; for tests. */
    public void typeAccountName(String accountName) {
        name.setText(accountName);
    }

    /** Chooses a platform as a user would; for tests. */
    public void choosePlatform(Platform choice) {
        platform.select(java.util.Arrays.asList(PLATFORMS).indexOf(choice));
        platformChanged();
    }

    /** The server, handle and secret fields as shown, in that order; for tests. */
    public List<String> credentialFields() {
        return List.of(server.getText(), identifier.getText(), secret.getText());
    }

    /** Fills the page as a user would; for tests. */
    public void fill(Platform choice, String accountName, String serverText, String handle, String secretText,
            boolean rememberIt) {
        choosePlatform(choice);
        name.setText(accountName);
        server.setText(serverText);
        identifier.setText(handle);
        secret.setText(secretText);
        remember.setSelection(rememberIt);
        validate();
    }

    /** The three fields a remembered account fills in. */
    private record Credentials(String server, String identifier, String secret) {
    }
}
