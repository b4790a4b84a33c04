package org.tweetorial.publish;

import java.nio.file.Path;
import java.util.Objects;

import org.tweetorial.core.platform.Platform;

/**
 * What to publish, where, and how.
 *
 * @param source                  the tweetorial Markdown file
 * @param platform                Bluesky or Mastodon
 * @param accountName             names the journal ({@code NAME-PLATFORM.json}, or {@code NAME-PLATFORM-ACCOUNT.json}
 *                                for another account than {@code default})
 * @param resume                  continue a publish that stopped part-way (the journal exists); without it an
 *                                existing unfinished journal stops the run
 * @param acceptChanges           continue although the source changed since the posts already published
 * @param allowPatientIdentifiers possible patient identifiers do not block (an explicit decision)
 * @param visibility              Mastodon's {@code public}, {@code unlisted}, {@code private} (Bluesky ignores it)
 */
public record PublishRequest(Path source, Platform platform, String accountName, boolean resume,
        boolean acceptChanges, boolean allowPatientIdentifiers, String visibility) {

    /** The account name without {@code --account}. */
    public static final String DEFAULT_ACCOUNT = "default";

    public PublishRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(visibility, "visibility");
        if (platform != Platform.BLUESKY && platform != Platform.MASTODON) {
            throw new IllegalArgumentException("publishing supports bluesky and mastodon, not " + platform.id());
        }
        if (!isAccountName(accountName)) {
            throw new IllegalArgumentException("an account name is letters, digits, '.', '_' and '-', not '"
                    + accountName + "'");
        }
    }

    /** Whether a name can name an account (and its journal): letters, digits, '.', '_' and '-'. */
    public static boolean isAccountName(String name) {
        return name != null && name.matches("[A-Za-z0-9_.-]+");
    }

    /** A first publish with the default account, public. */
    public static PublishRequest of(Path source, Platform platform) {
        return new PublishRequest(source, platform, DEFAULT_ACCOUNT, false, false, false, "public");
    }

    public PublishRequest withAccountName(String value) {
        return new PublishRequest(source, platform, value, resume, acceptChanges, allowPatientIdentifiers,
                visibility);
    }

    public PublishRequest withResume(boolean value) {
        return new PublishRequest(source, platform, accountName, value, acceptChanges, allowPatientIdentifiers,
                visibility);
    }

    public PublishRequest withAcceptChanges(boolean value) {
        return new PublishRequest(source, platform, accountName, resume, value, allowPatientIdentifiers,
                visibility);
    }

    public PublishRequest withAllowPatientIdentifiers(boolean value) {
        return new PublishRequest(source, platform, accountName, resume, acceptChanges, value, visibility);
    }

    public PublishRequest withVisibility(String value) {
        return new PublishRequest(source, platform, accountName, resume, acceptChanges, allowPatientIdentifiers,
                value);
    }
}
