#pragma once

#include "../domain/Secret.h"
#include "NetResult.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace keyturn {

/// A key as the provider lists it: never its value.
struct ProviderKey
{
    QString id;
    QString userId;
    QString name;
    QString environment;
    int version = 0;
    QString prefix;
    QString fingerprint;
    QString status; ///< active, revoked, disabled
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    qint64 requestCount = 0;
    qint64 unauthorizedCount = 0;
};

/// A user of the provider: for our platform, an API consumer.
struct ProviderUser
{
    QString id;
    QString name;
    QString email;
    QString integrationPattern;
};

/// A key just created or rotated: the only moment its secret is seen. Hand the secret to the vault and drop it.
struct CreatedKey
{
    ProviderKey key;
    Secret secret;
    QString previousKeyId;
};

struct NewKeyRequest
{
    QString userId;
    QString name;
    QString environment;
    QDateTime expiresAt;
};

struct KeyUsage
{
    QString keyId;
    QDateTime lastUsedAt;
    qint64 requestCount = 0;
    qint64 unauthorizedCount = 0;
};

struct ProviderAuditEntry
{
    QDateTime timestamp;
    QString type;
    QString keyId;
    QString keyName;
    QString userId;
    int keyVersion = 0;
    QString oldFingerprint;
    QString newFingerprint;
    QString rotatedBy;
};

/// A key provider's admin API behind one interface, so payment, mail or gateway providers can be added as adapters.
/// Every call is asynchronous; its callback runs exactly once unless the client is destroyed first.
class ProviderClient : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProviderClient() override = default;

    /// Whether the provider can hold two valid keys at once (the dual-key pattern). Without it a rotation has a
    /// moment with only the new key: the inventory flags it and the wizard warns.
    virtual bool supportsDualKey() const = 0;
    virtual QString providerName() const = 0;

    virtual void listUsers(NetCallback<QList<ProviderUser>> done) = 0;
    /// Keys, optionally of one user; with usage (last used, request and 401 counts).
    virtual void listKeys(const QString &userId, NetCallback<QList<ProviderKey>> done) = 0;
    /// Creates a key. With an idempotency key a lost answer can be retried without creating a second key.
    virtual void createKey(const NewKeyRequest &request, const QString &idempotencyKey,
                           NetCallback<CreatedKey> done) = 0;
    /// Makes the next version of a key (the old one stays valid). The same idempotency key answers with the same new
    /// key where the provider supports it; an empty one gets a fresh key per call.
    virtual void rotateKey(const QString &keyId, const QString &idempotencyKey, NetCallback<CreatedKey> done) = 0;
    virtual void revokeKey(const QString &keyId, NetCallback<ProviderKey> done) = 0;
    virtual void disableUserKeys(const QString &userId, NetCallback<int> done) = 0;
    virtual void keyUsage(const QString &keyId, NetCallback<KeyUsage> done) = 0;
    /// Rotation entries of the provider's audit log since `since` (null: all).
    virtual void rotationLog(const QDateTime &since, NetCallback<QList<ProviderAuditEntry>> done) = 0;
};

} // namespace keyturn
