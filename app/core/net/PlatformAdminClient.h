#pragma once

#include "HttpJob.h"
#include "ProviderClient.h"

namespace keyturn {

struct PlatformConfig
{
    QUrl baseUrl; ///< the admin API's base, e.g. https://api.example.org (paths start with /admin)
    Secret token; ///< sent as Authorization: Bearer
    TlsSettings tls;
    HttpPolicy policy;
    QString name = QStringLiteral("Platform API");
};

/// Our API platform's admin API (DESIGN.md, "Key provider"): the first ProviderClient.
class PlatformAdminClient : public ProviderClient
{
    Q_OBJECT
public:
    PlatformAdminClient(QNetworkAccessManager *nam, PlatformConfig config, QObject *parent = nullptr);

    bool supportsDualKey() const override { return true; }
    QString providerName() const override { return m_config.name; }

    void listUsers(NetCallback<QList<ProviderUser>> done) override;
    void listKeys(const QString &userId, NetCallback<QList<ProviderKey>> done) override;
    void createKey(const NewKeyRequest &request, const QString &idempotencyKey, NetCallback<CreatedKey> done) override;
    void rotateKey(const QString &keyId, const QString &idempotencyKey, NetCallback<CreatedKey> done) override;
    void revokeKey(const QString &keyId, NetCallback<ProviderKey> done) override;
    void disableUserKeys(const QString &userId, NetCallback<int> done) override;
    void keyUsage(const QString &keyId, NetCallback<KeyUsage> done) override;
    void rotationLog(const QDateTime &since, NetCallback<QList<ProviderAuditEntry>> done) override;
    /// Turns on the platform's own periodic rotation for new keys.
    void enableRotation(int intervalDays, bool keepPrevious, NetCallback<Done> done);

    /// Parses one key object; says which field was missing or wrong.
    static NetResult<ProviderKey> parseKey(const QJsonObject &o);

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, bool idempotent,
              const QList<QPair<QByteArray, QByteArray>> &headers, std::function<void(NetResult<HttpResponse>)> done);
    void created(NetResult<HttpResponse> r, const NetCallback<CreatedKey> &done);

    QNetworkAccessManager *m_nam;
    PlatformConfig m_config;
};

} // namespace keyturn
