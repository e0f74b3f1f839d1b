#pragma once

#include <functional>

#include <QHash>

#include "../Result.h"
#include "../domain/Credential.h"
#include "../domain/KeyStatus.h"

#include <QJsonObject>
#include <QList>

class QSqlQuery;

namespace keyturn {

class AuditLog;
class Clock;
class Database;

/// A credential as the inventory shows it: the credential, its current key and when it was last used.
struct InventoryRow
{
    Credential credential;
    int currentVersion = 0; ///< 0 when no key is current
    QString currentFingerprint;
    QString currentPrefix;
    QDateTime rotatedAt;  ///< when the current key became current
    QDateTime lastUsedAt; ///< latest use of the current or previous key
    QString consumerName;
    QString latestRunState;
};

/// The columns of key_versions in the order keyVersionFromRow reads them (for SELECT %1 FROM key_versions).
const char *keyVersionColumns();
/// A key version from a row selected with keyVersionColumns().
KeyVersion keyVersionFromRow(const QSqlQuery &q);

/// The monitoring rules applied to one inventory row as of `now`.
StatusAssessment assessInventoryRow(const InventoryRow &row, const QDateTime &now, bool withReasons = true);

/// A rotation run as stored. The engine that drives runs comes with the rotation capability; the store keeps them.
struct RotationRunRecord
{
    qint64 id = 0;
    qint64 credentialId = 0;
    QString kind;  ///< scheduled, manual, emergency, rollback
    QString state; ///< the state machine's state names (DESIGN.md)
    QString startedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QString error;
    QJsonObject data;       ///< the engine's facts about the run (key ids, fingerprints, vault version): no secret
    QDateTime nextActionAt; ///< when the run next needs attention; null: now
    QDateTime graceUntil;
    QDateTime deadlineAt;
    bool urgent = false;
    QString credentialName;
};

/// An open alert (DESIGN.md "Monitoring rules" and the rotation engine's waits).
struct AlertRecord
{
    qint64 id = 0;
    QString kind;
    QString severity;
    qint64 credentialId = 0;
    qint64 runId = 0;
    QString message;
    QDateTime raisedAt;
};

/// Reads and writes the workspace. Every write that changes a credential, key, consumer or run appends its audit
/// event in the same transaction. Usage telemetry (last-used times) is not audited: it is observation, not change.
class WorkspaceStore
{
public:
    WorkspaceStore(Database &db, AuditLog &audit, const Clock &clock, QString actor);

    QString actor() const { return m_actor; }
    Database &database() const { return m_db; }
    AuditLog &auditLog() const { return m_audit; }
    const Clock &clock() const { return m_clock; }

    Result<qint64> createCredential(const Credential &credential);
    /// Updates by id; fails (leaving the row as it was) when someone else changed it since `rowVersion` was read.
    Result<void> updateCredential(const Credential &credential);
    Result<void> setLifecycle(qint64 credentialId, Lifecycle lifecycle, const QString &reason);
    Result<Credential> credential(qint64 id) const;
    /// By name, or by numeric id given as text.
    Result<Credential> findCredential(const QString &nameOrId) const;
    Result<qint64> credentialCount() const;
    /// The credential a provider knows as `externalRef`, if Keyturn has one.
    Result<std::optional<Credential>> credentialByExternalRef(const QString &externalRef) const;

    /// Adds a key version. Making it current moves the former current key to previous, in one transaction.
    Result<qint64> addKeyVersion(const KeyVersion &key);
    Result<void> setKeyState(qint64 keyVersionId, KeyState state);
    Result<QList<KeyVersion>> keyVersions(qint64 credentialId) const;
    Result<void> recordLastUsed(qint64 keyVersionId, const QDateTime &when);
    /// Usage as the provider reports it. Returns whether anything changed. Telemetry: not audited.
    Result<bool> recordUsage(qint64 keyVersionId, const QDateTime &lastUsed, qint64 requests, qint64 unauthorized);

    Result<qint64> upsertConsumer(const Consumer &consumer);
    Result<QList<Consumer>> consumers() const;
    /// Per consumer: how many credentials are theirs and the latest use of a current or previous key of any of them.
    struct ConsumerKeys
    {
        int keys = 0;
        QDateTime lastUsedAt;
    };
    /// One aggregate query: the Consumers view needs these two numbers, not 100,000 inventory rows.
    Result<QHash<qint64, ConsumerKeys>> keysPerConsumer() const;

    Result<qint64> createRun(qint64 credentialId, const QString &kind);
    Result<void> setRunState(qint64 runId, const QString &state, const QString &error = {});
    Result<void> recordStep(qint64 runId, const QString &name, const QString &state, const QString &detail = {});
    Result<QList<RotationRunRecord>> runs(qint64 credentialId = 0) const;

    /// Plans a run and takes the credential's rotation lock in one transaction. Refused, with who holds it, when
    /// another unfinished run holds the lock; an expired lock is taken over.
    Result<qint64> startRun(qint64 credentialId, const QString &kind, const QJsonObject &data, bool urgent,
                            qint64 lockSeconds);
    Result<RotationRunRecord> run(qint64 runId) const;
    /// Moves a run to `state` with its new data, and audits the transition with the fingerprints it concerns.
    /// Refused when the run is no longer in `expectedState` (another process moved it): nothing is written then.
    Result<void> transitionRun(qint64 runId, const QString &expectedState, const QString &state,
                               const QJsonObject &data, const QDateTime &nextActionAt, const QString &error,
                               const QJsonObject &auditDetails, const QString &oldFingerprint = {},
                               const QString &newFingerprint = {});
    /// Changes when a waiting run is looked at next, and what it waits for; not audited (no state changes).
    Result<void> rescheduleRun(qint64 runId, const QDateTime &nextActionAt, const QJsonObject &data);
    /// Lets one process at a time advance a run. True when `holder` has the lease until now + seconds.
    Result<bool> takeLease(qint64 runId, const QString &holder, qint64 seconds);
    Result<void> releaseLease(qint64 runId, const QString &holder);
    /// Who holds a run's lease now (empty when nobody does).
    Result<QString> leaseHolder(qint64 runId) const;
    /// Takes the lease over from `previous` (a holder known to be gone); false if it changed hands meanwhile.
    Result<bool> takeLeaseFrom(qint64 runId, const QString &previous, const QString &holder, qint64 seconds);
    Result<void> releaseLock(qint64 credentialId, qint64 runId);
    /// Files a run under the campaign it belongs to.
    Result<void> setRunCampaign(qint64 runId, qint64 campaignId);
    /// Unfinished runs whose next action is due at `now`, oldest first.
    Result<QList<RotationRunRecord>> dueRuns(const QDateTime &now) const;
    /// Raises an alert once per kind and run while it is open (audited).
    Result<void> raiseAlert(const QString &kind, const QString &severity, qint64 credentialId, qint64 runId,
                            const QString &message);
    Result<QList<AlertRecord>> openAlerts() const;

    /// A workspace setting (connection profiles, policies); nullopt when unset. Never holds a secret.
    Result<std::optional<QString>> setting(const QString &key) const;
    /// Writes a setting and audits it as `auditAction` with `details` (which must not hold secrets either).
    Result<void> setSetting(const QString &key, const QString &value, const QString &auditAction,
                            const QJsonObject &details);
    /// A random id naming this workspace (created on first use): it keys the workspace's tokens in the keychain.
    Result<QString> workspaceId();

    /// Every credential with its current key and usage, sorted by name: what the inventory table and list show.
    Result<QList<InventoryRow>> inventory() const;
    /// The inventory rows of these credentials (those that exist), as readInventory() reads them.
    Result<QList<InventoryRow>> inventoryRows(const QList<qint64> &credentialIds) const;
    /// The same rows, handed over one by one as they are read, after `expect` was told how many to expect: for a
    /// caller that keeps them in its own container (the inventory model) without a second copy of 100,000 rows.
    Result<void> readInventory(const std::function<void(qsizetype)> &expect,
                               const std::function<void(InventoryRow &&)> &add) const;

private:
    Result<void> readInventoryWhere(const QString &where, const std::function<void(qsizetype)> &expect,
                                    const std::function<void(InventoryRow &&)> &add) const;
    Result<void> audit(const QString &action, const QString &targetType, const QString &targetId,
                       std::optional<int> keyVersion = std::nullopt, const QString &oldFp = {},
                       const QString &newFp = {}, const QJsonObject &details = {});

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace keyturn
