package org.tweetorial.ui.internal.publish;

import java.net.URI;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;

/**
 * Publishing accounts in Eclipse Secure Storage: one node per platform and account name under
 * {@code /org.tweetorial/publish/}, the server and handle in clear, the app password or token encrypted. Nothing
 * of it is written to the project, the journal or a log; messages never contain the secret.
 */
public final class PublishCredentials {

    static final String ROOT = "org.tweetorial/publish";
    private static final String SERVER = "server";
    private static final String IDENTIFIER = "identifier";
    private static final String SECRET = "secret";

    private final ISecurePreferences storage;

    /** Accounts in the given storage (tests open one on a temporary file). */
    public PublishCredentials(ISecurePreferences storage) {
        this.storage = storage;
    }

    /** Accounts in the user's default secure storage. */
    public static PublishCredentials standard() {
        return new PublishCredentials(SecurePreferencesFactory.getDefault());
    }

    /** The remembered account, empty when there is none or the storage cannot be opened or decrypted. */
    public Optional<Account> load(Platform platform, String name) {
        if (storage == null || !storage.nodeExists(path(platform, name))) {
            return Optional.empty();
        }
        ISecurePreferences node = storage.node(path(platform, name));
        try {
            String server = node.get(SERVER, "");
            String secret = node.get(SECRET, "");
            if (server.isBlank() || secret.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Account(platform, name, URI.create(server), node.get(IDENTIFIER, ""), secret));
        } catch (StorageException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers the account, the secret encrypted, and flushes the storage.
     *
     * @throws StorageException when the storage cannot encrypt (no password) or be written; its message names no
     *                          secret
     */
    public void save(Account account) throws StorageException {
        if (storage == null) {
            throw new StorageException(StorageException.NO_SECURE_MODULE, "Secure storage is not available.");
        }
        ISecurePreferences node = storage.node(path(account.platform(), account.name()));
        node.put(SERVER, account.server().toString(), false);
        node.put(IDENTIFIER, account.identifier(), false);
        node.put(SECRET, account.secret(), true);
        try {
            storage.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, "Secure storage cannot be written.");
        }
    }

    /** Forgets the account. */
    public void remove(Platform platform, String name) {
        if (storage != null && storage.nodeExists(path(platform, name))) {
            storage.node(path(platform, name)).removeNode();
        }
    }

    static String path(Platform platform, String name) {
        return ROOT + "/" + platform.id() + "/" + name;
    }
}
