#pragma once

#include "../Result.h"
#include "AlertRules.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace keyturn {

class WorkspaceStore;

/// One row of the alerts table, with the name of the credential it concerns.
struct Alert
{
    qint64 id = 0;
    QString kind;
    QString severity; ///< info, warning, critical
    qint64 credentialId = 0;
    qint64 runId = 0;
    QString credentialName;
    QString message;
    QDateTime raisedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString ruleKey; ///< the condition a monitoring rule found; empty for alerts the rotation engine raised
    QDateTime resolvedAt;

    bool acknowledged() const { return acknowledgedAt.isValid(); }
    bool fromRule() const { return !ruleKey.isEmpty(); }
};

/// What one recompute changed.
struct AlertRecompute
{
    int raised = 0;   ///< new alerts (a new condition, or one that returned after it was resolved)
    int resolved = 0; ///< alerts whose condition cleared
    int kept = 0;     ///< conditions that persist: their rows (and acknowledgements) stay as they were
};

/// Keeps the alerts table in step with the monitoring rules (AlertRules) and lets people acknowledge alerts.
///
/// recompute() evaluates the rules over the workspace as of the store's clock and reconciles in one transaction:
/// a new condition inserts an alert (audited alert.raised); a condition that persists keeps its row, acknowledged
/// or not (its message follows the facts, unaudited, and a change of severity counts as a new condition); a
/// condition that cleared gets resolved_at (audited alert.resolved); a condition that returns raises a new alert.
/// Alerts the rotation engine raised (rule_key '') are left alone.
///
/// The 401 rule needs each running rotation's 401 count from when it began: the run's data field
/// "unauthorized_at_start" when the engine recorded one, else the count recompute() first saw while the run was
/// under way, kept in the setting "monitoring.unauthorized_baselines" (run id → count and time) until it ends.
class AlertCenter
{
public:
    explicit AlertCenter(WorkspaceStore &store, AlertPolicy policy = {});

    const AlertPolicy &policy() const { return m_policy; }

    /// Evaluates the rules and reconciles the alerts table. On failure nothing was written.
    Result<AlertRecompute> recompute();
    /// Acknowledges an alert as the store's actor, with an optional note (kept in the audit event). An alert the
    /// engine raised has no rule to clear it, so acknowledging it also resolves it (the engine's raiseAlert already
    /// treats an acknowledged alert as closed). Refused, changing nothing, when it is unknown or acknowledged.
    Result<void> acknowledge(qint64 alertId, const QString &note = {});

    /// Unresolved alerts, acknowledged ones included: most severe first, then newest first.
    Result<QList<Alert>> openAlerts() const;
    /// Every alert, resolved ones included, newest first (for `alerts list --all`).
    Result<QList<Alert>> allAlerts() const;
    Result<Alert> alert(qint64 alertId) const;

    /// Where the 401 baselines of running rotations are kept.
    static QString baselineSettingKey();

private:
    Result<QList<Alert>> select(const QString &where, const QString &order) const;

    WorkspaceStore &m_store;
    AlertPolicy m_policy;
};

} // namespace keyturn
