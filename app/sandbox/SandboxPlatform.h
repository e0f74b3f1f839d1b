#pragma once

#include "SandboxHttp.h"
#include "core/domain/Clock.h"
#include "core/domain/Secret.h"

#include <QHash>
#include <QRandomGenerator>

#include <memory>
#include <vector>

class QHttpServerRequest;

namespace keyturn {

enum class SandboxKeyStatus
{
    Active,
    Revoked,
    Disabled
};

/// One API key as the platform (or a simulated provider) knows it. The sandbox is the issuer, so it holds the
/// secret; it leaves the process only in the answer that creates the key.
struct SandboxKey
{
    QString id;
    QString userId;
    QString name;
    QString environment;
    int version = 1;
    Secret secret;
    QString prefix;
    QString fingerprint;
    SandboxKeyStatus status = SandboxKeyStatus::Active;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    qint64 requestCount = 0;
    qint64 unauthorizedCount = 0;

    bool acceptsCalls(const QDateTime &now) const
    {
        return status == SandboxKeyStatus::Active && (!expiresAt.isValid() || expiresAt > now);
    }
    QJsonObject toJson() const;
    static QString statusName(SandboxKeyStatus status);
};

struct SandboxUser
{
    QString id;
    QString name;
    QString email;
    QString integrationPattern;

    QJsonObject toJson() const;
};

struct SandboxAuditEntry
{
    QDateTime timestamp;
    QString type; ///< key_created, key_rotation, key_revoked, key_disabled
    QString keyId;
    QString keyName;
    QString userId;
    int keyVersion = 0;
    QString oldFingerprint;
    QString newFingerprint;
    QString rotatedBy;

    QJsonObject toJson() const;
};

/// How an issuer's secrets look: a prefix for production keys, one for the others, and the random part.
struct SandboxSecretFormat
{
    QString livePrefix;
    QString testPrefix;
    int length = 32;
    bool hex = false;
};

/// The platform admin API and data plane (GET /v1/health) of one key issuer: our API platform, or one simulated
/// third-party provider under /providers/{p}. Ids and secret values come from generators seeded with --seed and the
/// issuer's name, so the same seed and the same requests give the same keys: they are test data, valid only here.
class SandboxPlatform
{
public:
    SandboxPlatform(QString name, SandboxSecretFormat format, const Clock &clock, quint32 seed);
    ~SandboxPlatform();

    QString name() const { return m_name; }

    /// Serves a request below /admin/ (`path` is the rest, e.g. "keys/key_1/rotate"). Authentication is checked by
    /// the caller.
    SandboxReply handleAdmin(const QHttpServerRequest &request, const QString &path);
    /// Serves GET /v1/health: the bearer credential is the API key.
    SandboxReply handleData(const QHttpServerRequest &request);

    enum class CallResult
    {
        Accepted,
        Refused,
        Unknown
    };
    /// A call of the data plane with `secret`, as if made `calls` times (the traffic simulator uses this).
    CallResult call(const QByteArray &secret, qint64 calls = 1);

    // In-process API for the demo world and the traffic simulator.
    const SandboxUser &addUser(const SandboxUser &user);
    const SandboxUser *user(const QString &id) const;
    SandboxKey &createKey(const QString &userId, const QString &name, const QString &environment, int version,
                          const QDateTime &createdAt);
    /// Makes the next version of an active key; the old one stays active. Null (with `error` set) if it cannot.
    SandboxKey *rotateKey(const QString &id, const QString &actor, const QDateTime &at, QString *error = nullptr);
    SandboxKey *revokeKey(const QString &id, const QString &actor, const QDateTime &at);
    SandboxKey *key(const QString &id);
    const SandboxKey *key(const QString &id) const;
    /// The active key of the highest version with this owner and name.
    const SandboxKey *newestActiveKey(const QString &userId, const QString &name) const;
    QList<const SandboxKey *> keys() const;
    QList<SandboxUser> users() const { return m_users; }
    void recordAudit(const SandboxAuditEntry &entry);
    qsizetype auditSize() const { return m_audit.size(); }

private:
    SandboxReply listUsers() const;
    SandboxReply listKeys(const QHttpServerRequest &request) const;
    SandboxReply createKeyRequest(const QHttpServerRequest &request);
    SandboxReply rotateKeyRequest(const QHttpServerRequest &request, const QString &id);
    SandboxReply revokeKeyRequest(const QString &id);
    SandboxReply disableUserKeys(const QString &userId);
    SandboxReply enableRotation(const QHttpServerRequest &request);
    SandboxReply usage(const QString &id) const;
    SandboxReply auditLogs(const QHttpServerRequest &request) const;
    /// Replays an earlier answer for a repeated Idempotency-Key, or nothing when the key is new.
    std::optional<SandboxReply> replay(const QHttpServerRequest &request, const QString &scope) const;
    void remember(const QHttpServerRequest &request, const QString &scope, const SandboxKey &key,
                  const QJsonObject &extra);

    QString newKeyId();
    Secret newSecret(const QString &environment);

    struct Remembered
    {
        QByteArray requestHash;
        QString keyId;
        Secret secret;
        QJsonObject extra;
    };

    QString m_name;
    SandboxSecretFormat m_format;
    const Clock &m_clock;
    QRandomGenerator m_ids;
    QRandomGenerator m_secrets;
    QList<SandboxUser> m_users;
    QHash<QString, qsizetype> m_userIndex;
    std::vector<std::unique_ptr<SandboxKey>> m_keys;
    QHash<QString, SandboxKey *> m_keyById;
    QHash<QByteArray, SandboxKey *> m_keyBySecretHash;
    QList<SandboxAuditEntry> m_audit;
    QHash<QString, Remembered> m_idempotency;
    QJsonObject m_rotationPolicy;
};

} // namespace keyturn
