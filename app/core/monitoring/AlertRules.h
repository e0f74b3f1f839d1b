#pragma once

#include "../domain/Credential.h"
#include "../domain/KeyStatus.h"
#include "../store/WorkspaceStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace keyturn {

/// Rule names (the alerts table's `kind` for alerts the monitoring rules raise).
namespace alertkind {
inline const QString kAgeOverLimit = QStringLiteral("age_over_1_5x");
inline const QString kRotationDue = QStringLiteral("rotation_due");
inline const QString kRotationFailed = QStringLiteral("rotation_failed");
inline const QString kOldKeyAfterGrace = QStringLiteral("old_key_used_after_grace");
inline const QString kUnauthorizedSpike = QStringLiteral("unauthorized_spike");
inline const QString kRevokedKeyTried = QStringLiteral("revoked_key_tried");
inline const QString kKeyUnused = QStringLiteral("key_unused");
inline const QString kPotentiallyStale = QStringLiteral("key_potentially_stale");
} // namespace alertkind

/// Severity names as the alerts table stores them.
namespace alertseverity {
inline const QString kInfo = QStringLiteral("info");
inline const QString kWarning = QStringLiteral("warning");
inline const QString kCritical = QStringLiteral("critical");
} // namespace alertseverity

/// Higher is more urgent: critical 2, warning 1, info 0 (unknown names rank as info).
int alertSeverityRank(const QString &severity);
/// "Critical", "Warning", "Info", translated.
QString alertSeverityLabel(const QString &severity);
/// A rule's name for people ("Rotation failed"), translated; engine kinds are shown as they are stored.
QString alertKindLabel(const QString &kind);

/// Thresholds of the alert rules. The age, due-soon and staleness thresholds are the inventory's (StatusPolicy), so
/// an alert and the status badge of the same key never disagree.
struct AlertPolicy
{
    StatusPolicy status;
    /// A rotation due within this many days is a warning; further out (up to status.dueSoonDays) it is info.
    int dueWarningDays = 3;
    /// 401s during a run above this multiple of the rate before it.
    double unauthorizedFactor = 3.0;
    /// ... and at least this many, so a handful of stray 401s on a key that never had any does not fire.
    qint64 unauthorizedMinimum = 10;
};

/// A condition one rule found, as of one `now`. `ruleKey` names the condition (rule and what it concerns, e.g.
/// "age_over_1_5x:cred:42") and is what an alert row is matched by when the rules run again.
struct AlertCandidate
{
    QString ruleKey;
    QString kind;
    QString severity;
    qint64 credentialId = 0;
    qint64 runId = 0;
    QString message;

    bool operator==(const AlertCandidate &) const = default;
};

/// The 401 count of a run's credential (all its key versions) at one moment near the run's start: the baseline the
/// "401s above 3× baseline during a rotation" rule compares with.
struct UnauthorizedBaseline
{
    qint64 count = 0;
    QDateTime at;
};

/// What the rules read. The inventory rows need only the credential's id, name, interval and lifecycle, the current
/// key's time, the last use and the state of a run under way (AlertCenter reads just those). `runs` are the runs the
/// rules concern: those under way and failed ones no later run of the credential superseded. `keys` need only hold
/// the key versions of those runs' credentials and the revoked keys; the other rules work from the inventory rows.
struct AlertInput
{
    QDateTime now;
    QList<InventoryRow> inventory;
    QList<RotationRunRecord> runs;
    QHash<qint64, QList<KeyVersion>> keys;         ///< by credential id
    QHash<qint64, UnauthorizedBaseline> baselines; ///< by run id
};

/// The monitoring rules of DESIGN.md as pure functions: the same input gives the same answer, and nothing is read
/// from or written to anywhere.
namespace alertrules {

/// Key age above criticalFactor × the rotation interval (critical).
QList<AlertCandidate> age(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy = {});
/// Rotation due within the due-soon window (info, warning within dueWarningDays) or past due (warning). Not raised
/// while a run of the credential is under way, nor when the age rule is critical already.
QList<AlertCandidate> rotationDue(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy = {});
/// Unused for staleDays (warning, "possible stale deployment") or potentiallyStaleDays (info, "potentially stale":
/// a standing flag for a key that is likely dead, rather than a deployment to check now).
QList<AlertCandidate> staleness(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy = {});
/// A run in state failed (critical).
QList<AlertCandidate> rotationFailed(const RotationRunRecord &run);
/// A held-key run still in grace_period (waiting for verification) after grace_until, whose old key (the run's
/// old_key_id, else the previous key) was used after grace_until (warning).
QList<AlertCandidate> oldKeyAfterGrace(const RotationRunRecord &run, const QList<KeyVersion> &keys,
                                       const QDateTime &now);
/// During an unfinished run: the 401s counted since `baseline.at` against the rate before it. The rate before is
/// baseline.count spread over the time from the oldest key's creation (or activation) to baseline.at (at least a
/// day); the rule fires when the 401s since exceed unauthorizedFactor × what that rate predicts for the time since, and
/// are at least unauthorizedMinimum (warning).
QList<AlertCandidate> unauthorizedSpike(const RotationRunRecord &run, const QList<KeyVersion> &keys,
                                        const UnauthorizedBaseline &baseline, const QDateTime &now,
                                        const AlertPolicy &policy = {});
/// A revoked key tried: used after revoked_at, or any 401s recorded on it (a provider refuses only keys that are
/// revoked, expired or disabled, so 401s on a revoked key are attempts with it) (critical).
QList<AlertCandidate> revokedKeyTried(const QString &credentialName, const KeyVersion &key);

/// Every rule over the whole input, in a stable order (inventory order, then runs, then keys).
QList<AlertCandidate> evaluate(const AlertInput &input, const AlertPolicy &policy = {});

/// Sum of the 401 counts of `keys`.
qint64 unauthorizedTotal(const QList<KeyVersion> &keys);
/// Whether a run still counts as under way (not completed, rolled back or failed).
bool isRunUnderWay(const QString &state);

} // namespace alertrules

} // namespace keyturn
