#pragma once

#include "../Result.h"
#include "../domain/Secret.h"
#include "../store/WorkspaceStore.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

namespace keyturn {

class Clock;
class Connections;
class ProviderClient;

/// What an operator asks for when starting a rotation of a held key.
struct RotationRequest
{
    qint64 credentialId = 0;
    std::optional<std::chrono::seconds> grace; ///< nullopt: the credential's own grace period
    bool emergency = false;                    ///< revoke the old key at once, without grace or verification
    QString reason;                            ///< required for an emergency
    bool acceptNoDualKey = false;              ///< the operator accepted that this provider holds one key at a time
    bool scheduled = false;                    ///< started by the schedule (keyturnctl run-due), not by a person
};

/// A rotation campaign of issued keys: the consumers create their new key themselves before a deadline.
struct CampaignRequest
{
    QList<qint64> credentialIds; ///< issued credentials, one consumer key each
    std::chrono::seconds deadline = std::chrono::seconds(30 * 86400);
    /// What happens at the deadline to a consumer who has not migrated: "revoke" their old key anyway, or
    /// "escalate" to an engineer (the run waits with a critical alert until its deadline is extended).
    QString policy = QStringLiteral("escalate");
    /// How long the old key must have been silent for a consumer to count as migrated.
    std::chrono::seconds quiet = std::chrono::seconds(86400);
    /// The first notice goes out at least this many days before the deadline (the policy's lead time).
    int noticeLeadDays = 30;
    /// A compromised key: an urgent notice, no lead time, the old key revoked at the (short) deadline even if the
    /// consumer has not migrated. Needs a reason, which the notice tells the consumer.
    bool emergency = false;
    QString reason;
    /// Shown in the approval queue and the notices; generated from the keys and deadline when empty.
    QString name;
};

/// One pre-check and what it found.
struct PrecheckItem
{
    QString name; ///< provider, vault, vault_write, lock, dual_key, current_key
    bool ok = false;
    bool blocking = true; ///< false: a warning the operator may accept
    QString detail;
};

/// Everything the Rotate wizard's review page shows before the operator confirms.
struct RotationPlan
{
    qint64 credentialId = 0;
    QString credentialName;
    QString vaultPath;
    QStringList services;
    qint64 graceSeconds = 0;
    qint64 quietSeconds = 0;
    bool emergency = false;
    QString oldKeyId;
    QString oldFingerprint;
    QDateTime oldLastUsedAt; ///< null: never used
    QList<PrecheckItem> checks;
    /// True when every blocking check passed.
    bool ready() const;
};

/// The held-key rotation engine (DESIGN.md "Rotation engine"): each run is a persisted state machine
///   planned → prechecked → new_key_created → staged_in_vault → grace_period → verified → old_key_revoked → completed
///   any step → failed (retryable: the old key is still valid) → resume, or rolling_back → rolled_back
///   emergency: … staged_in_vault → old_key_revoked at once → completed
/// Every step is recorded before the next depends on it, and each is idempotent, so a run interrupted anywhere resumes
/// or rolls back cleanly. The new key's secret exists only in memory between the provider and the vault.
class RotationEngine : public QObject
{
    Q_OBJECT
public:
    using RunCallback = std::function<void(Result<RotationRunRecord>)>;

    RotationEngine(WorkspaceStore &store, Connections &connections, const Clock &clock, QObject *parent = nullptr);

    /// The states a run passes through, in order, for the progress display.
    static QStringList plannedStates(bool emergency);
    /// The states of this run's kind (a held-key swap, an emergency, or a consumer campaign).
    static QStringList plannedStatesFor(const RotationRunRecord &run);
    /// What a state means to a person ("waiting for the grace period to end").
    static QString describeState(const QString &state);
    static bool isTerminal(const QString &state);

    /// Reads the vault and the provider to show what a rotation would do; changes nothing.
    void plan(const RotationRequest &request, std::function<void(Result<RotationPlan>)> done);
    /// Plans a run and takes the credential's lock; refused while another run holds it. Returns the run id.
    Result<qint64> start(const RotationRequest &request);
    /// Opens a campaign: one run per issued key, all with the same deadline; nothing is started if any key is
    /// not an issued key or is already being rotated. Returns the run ids. Per consumer the run follows
    /// notified → new key created → new key used → old key quiet from the provider's key list and usage.
    Result<QList<qint64>> startCampaign(const CampaignRequest &request);
    /// Emergency for a consumer: disables every key of that platform user at once (audited with the reason) and
    /// marks their keys revoked in the inventory. Returns how many keys the platform disabled.
    void disableConsumerKeys(const QString &userId, const QString &reason, std::function<void(Result<int>)> done);
    /// Moves one consumer's deadline (audited, with the reason); an escalated run waits again.
    Result<void> extendDeadline(qint64 runId, std::chrono::seconds by, const QString &reason);
    /// Runs the next steps until the run must wait (grace period, verification), completes or fails.
    void advance(qint64 runId, RunCallback done);
    /// Advances every run whose time has come (keyturnctl run-due, the GUI's timer).
    void advanceDue(std::function<void(QList<Result<RotationRunRecord>>)> done);
    /// Takes a failed run back to the step that failed and advances it.
    void resume(qint64 runId, RunCallback done);
    /// Restores the old key in the vault and revokes the new one; only while the old key is still valid.
    void rollback(qint64 runId, RunCallback done);
    /// The label that makes a credential's rotations wait for its owner's sign-off before the pre-checks.
    static QString signOffLabel() { return QStringLiteral("requires-signoff"); }
    /// Signs off a run that waits for it. The one who started the run cannot sign it off (four eyes).
    Result<void> signOff(qint64 runId, const QString &note);
    /// Lets a run waiting for verification revoke the old key anyway. The reason is audited.
    Result<void> overrideVerification(qint64 runId, const QString &reason);

Q_SIGNALS:
    /// A run moved to a new state (persisted).
    void runChanged(qint64 runId, const QString &state);

private:
    struct Context;
    void step(std::shared_ptr<Context> ctx);
    void finishStep(std::shared_ptr<Context> ctx, const QString &to, const QJsonObject &dataPatch,
                    const QDateTime &nextActionAt, const QJsonObject &audit, const QString &oldFp = {},
                    const QString &newFp = {});
    void fail(std::shared_ptr<Context> ctx, const QString &message);
    void done(std::shared_ptr<Context> ctx);

    void doPrecheck(std::shared_ptr<Context> ctx);
    void doCreateKey(std::shared_ptr<Context> ctx);
    void doStage(std::shared_ptr<Context> ctx);
    void doGrace(std::shared_ptr<Context> ctx);
    void doVerify(std::shared_ptr<Context> ctx);
    void doRevokeOld(std::shared_ptr<Context> ctx);
    void doCleanup(std::shared_ptr<Context> ctx);
    void doRollback(std::shared_ptr<Context> ctx);
    void doCampaignPrecheck(std::shared_ptr<Context> ctx);
    void doCampaignWatch(std::shared_ptr<Context> ctx);

    WorkspaceStore &m_store;
    Connections &m_connections;
    const Clock &m_clock;
    /// host:pid:random, so a process on this host can tell that a holder died and take its lease over.
    QString m_leaseHolder;
    /// The new key between its creation and the vault write, per run. Never persisted.
    QHash<qint64, Secret> m_pendingSecrets;
};

} // namespace keyturn
