#pragma once

#include "HttpJob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace keyturn {

/// Where a Vault is and how to reach it. The token is a Secret; it never leaves this process but in the
/// X-Vault-Token header.
struct VaultConfig
{
    QUrl address; ///< e.g. https://vault.example.org:8200
    QString mount = QStringLiteral("secret");
    QString nameSpace; ///< X-Vault-Namespace, Vault Enterprise; empty: none
    Secret token;
    TlsSettings tls;
    HttpPolicy policy;
};

/// One version of a KV v2 secret. `data` holds key material: never log or display it.
struct VaultSecret
{
    QJsonObject data;
    int version = 0;
    QDateTime createdTime;
};

struct VaultMetadata
{
    int currentVersion = 0;
    int oldestVersion = 0;
    QDateTime createdTime;
    QDateTime updatedTime;
    QJsonObject customMetadata;
    QMap<int, QDateTime> versions; ///< version → created time
};

struct VaultHealth
{
    bool initialized = false;
    bool sealed = true;
    bool standby = false;
    QString version;
};

struct VaultTokenInfo
{
    QString displayName;
    QStringList policies;
    qint64 ttlSeconds = 0;
    QDateTime expireTime; ///< null for a token that does not expire
};

/// The HashiCorp Vault KV v2 HTTP API, as Keyturn uses it. Every call is asynchronous; the callback runs once.
class VaultClient : public QObject
{
    Q_OBJECT
public:
    VaultClient(QNetworkAccessManager *nam, VaultConfig config, QObject *parent = nullptr);

    void health(NetCallback<VaultHealth> done);
    /// The latest version, or `version`. nullopt when there is no such secret (HTTP 404).
    void read(const QString &path, std::optional<int> version, NetCallback<std::optional<VaultSecret>> done);
    /// Writes a new version. With `cas`, only if the current version is `cas` (0: only if absent); a lost race is
    /// a NetError of kind Conflict. Returns the new version.
    void write(const QString &path, const QJsonObject &data, std::optional<int> cas, NetCallback<int> done);
    /// nullopt when there is no such secret.
    void readMetadata(const QString &path, NetCallback<std::optional<VaultMetadata>> done);
    void writeCustomMetadata(const QString &path, const QJsonObject &customMetadata, NetCallback<Done> done);
    /// What this token may do on the data path of `path` (e.g. create, read, update).
    void capabilities(const QString &path, NetCallback<QStringList> done);
    void lookupSelf(NetCallback<VaultTokenInfo> done);

    const VaultConfig &config() const { return m_config; }

    /// "prod/stripe/api-key" from "secret/prod/stripe/api-key" or "prod/stripe/api-key": paths in the inventory may
    /// name the mount.
    QString relativePath(const QString &path) const;

private:
    void send(const QByteArray &method, const QString &apiPath, const QByteArray &body, bool idempotent,
              std::function<void(NetResult<HttpResponse>)> done);
    QUrl url(const QString &apiPath) const;

    QNetworkAccessManager *m_nam;
    VaultConfig m_config;
};

} // namespace keyturn
