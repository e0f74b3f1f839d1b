#pragma once

#include "../domain/Secret.h"
#include "NetResult.h"

#include <QObject>

namespace keyturn {

/// The tokens a profile needs.
enum class TokenKind
{
    Platform,
    Vault,
    Mail,
    SmtpPassword
};

/// Where tokens live: the OS keychain (QtKeychain, no insecure fallback), or environment variables for headless
/// use. Keyturn never writes a token anywhere else: not the workspace, not QSettings, not a log.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    /// `scope` separates workspaces and profiles in the keychain (workspace id + profile name).
    explicit TokenStore(QString scope, QObject *parent = nullptr);

    /// KEYTURN_PLATFORM_TOKEN, KEYTURN_VAULT_TOKEN, KEYTURN_MAIL_TOKEN, KEYTURN_SMTP_PASSWORD.
    static const char *environmentVariable(TokenKind kind);
    static QString displayName(TokenKind kind);
    /// The token from the environment, if set.
    static Secret fromEnvironment(TokenKind kind);

    /// The environment's token if set, else the keychain's. An absent token is an empty Secret, not an error;
    /// an unreachable keychain is an error that says so.
    void read(TokenKind kind, NetCallback<Secret> done);
    void write(TokenKind kind, const Secret &token, NetCallback<Done> done);
    void remove(TokenKind kind, NetCallback<Done> done);

    static QString keychainService() { return QStringLiteral(KEYTURN_APP_ID); }
    QString keychainKey(TokenKind kind) const;

private:
    QString m_scope;
};

} // namespace keyturn
