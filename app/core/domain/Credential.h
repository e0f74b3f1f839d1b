#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyturn {

/// Issued keys are ours, handed to API consumers; held keys are third-party keys we keep in the vault.
enum class CredentialKind
{
    Issued,
    Held
};

/// Where a credential is in its life: in normal use, in a rotation run, or retired.
enum class Lifecycle
{
    Active,
    Rotating,
    Revoked
};

/// The state of one key version of a credential.
enum class KeyState
{
    Pending,
    Current,
    Previous,
    Revoked
};

QString toString(CredentialKind kind);
std::optional<CredentialKind> credentialKindFromString(const QString &text);
QString toString(Lifecycle lifecycle);
std::optional<Lifecycle> lifecycleFromString(const QString &text);
QString toString(KeyState state);
std::optional<KeyState> keyStateFromString(const QString &text);

/// A credential in the inventory: the policy and metadata, never the key.
struct Credential
{
    qint64 id = 0;
    QString name;
    CredentialKind kind = CredentialKind::Held;
    QString provider;
    QString environment;
    QString owner;
    QStringList usedBy;
    QString vaultPath;
    QString providerApi;
    int rotationIntervalDays = 90;
    /// A cron schedule (5 fields, UTC) for scheduled rotations; empty: every rotationIntervalDays.
    QString scheduleCron;
    qint64 gracePeriodSeconds = 3600;
    bool supportsDualKey = true;
    QString criticality = QStringLiteral("medium");
    QStringList scopes;
    QStringList labels;
    std::optional<qint64> consumerId;
    QString externalRef; ///< the provider's identity of this credential, for credentials that sync brings in
    Lifecycle lifecycle = Lifecycle::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
};

/// One key of a credential, by fingerprint and provider id.
struct KeyVersion
{
    qint64 id = 0;
    qint64 credentialId = 0;
    int version = 0;
    QString providerKeyId;
    QString fingerprint;
    QString prefix;
    KeyState state = KeyState::Pending;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime revokedAt;
    QDateTime lastUsedAt;
    qint64 requestCount = 0;
    qint64 unauthorizedCount = 0;
};

/// An API consumer of the platform: the people a rotation notice goes to.
struct Consumer
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString contactEmail;
    QString integrationPattern;
    QDateTime createdAt;
};

/// Criticality levels the inventory accepts.
bool isValidCriticality(const QString &text);

} // namespace keyturn
