#pragma once

#include "ConnectionProfile.h"
#include "HttpJob.h"
#include "TokenStore.h"

#include <QHash>
#include <QMap>
#include <QObject>

class QNetworkAccessManager;

namespace keyturn {

class MailTransport;
class PlatformAdminClient;
class ProviderClient;
class VaultClient;
struct Credential;

/// The answer of one service to "Test connection".
struct ServiceCheck
{
    QString service; ///< platform, vault, mail
    bool configured = false;
    bool ok = false;
    QString detail; ///< what was found, or what failed, in words
};

/// The live clients of one connection profile: one QNetworkAccessManager shared by the platform, vault and mail
/// clients, with the profile's TLS settings and the tokens from the TokenStore.
class Connections : public QObject
{
    Q_OBJECT
public:
    explicit Connections(ConnectionProfile profile, QObject *parent = nullptr);
    ~Connections() override;

    /// Reads every token the profile needs (environment first, then keychain). Missing tokens are not an error
    /// here; a client without its token reports that when used. A keychain failure is reported.
    void loadTokens(TokenStore &store, NetCallback<Done> done);
    /// Sets a token directly (tests, and the settings page right after the user typed it).
    void setToken(TokenKind kind, const Secret &token);
    bool hasToken(TokenKind kind) const { return !m_tokens.value(kind).isEmpty(); }

    const ConnectionProfile &profile() const { return m_profile; }
    void setPolicy(const HttpPolicy &policy) { m_policy = policy; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// The clients, created on first use from the profile and tokens; nullptr when the profile names no such service.
    PlatformAdminClient *platform();
    VaultClient *vault();
    MailTransport *mail();
    /// The provider that issued a credential's keys: the platform for issued keys; for a held key, the admin API at
    /// the credential's provider_api URL (keyturn-sandbox's simulated providers speak the platform's API). Its token
    /// is the platform token when it is the platform's own host, else KEYTURN_PROVIDER_TOKEN_<PROVIDER> from the
    /// environment. nullptr, with `why` set, when there is none.
    ProviderClient *providerFor(const Credential &credential, QString *why);

    /// Reaches every configured service: the platform (token accepted), the vault (unsealed, token valid) and the
    /// mail transport. The callback gets one check per service.
    void test(std::function<void(QList<ServiceCheck>)> done);

private:
    ConnectionProfile m_profile;
    QNetworkAccessManager *m_nam;
    HttpPolicy m_policy;
    QMap<TokenKind, Secret> m_tokens;
    PlatformAdminClient *m_platform = nullptr;
    VaultClient *m_vault = nullptr;
    MailTransport *m_mail = nullptr;
    QHash<QString, PlatformAdminClient *> m_providers;
};

} // namespace keyturn
