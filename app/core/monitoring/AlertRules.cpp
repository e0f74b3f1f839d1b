#include "AlertRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace keyturn {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("keyturn::AlertRules", text, nullptr, n);
}

QString day(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString minute(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString credKey(const QString &kind, qint64 credentialId)
{
    return kind + QStringLiteral(":cred:") + QString::number(credentialId);
}

QString runKey(const QString &kind, qint64 runId)
{
    return kind + QStringLiteral(":run:") + QString::number(runId);
}

// The age rules alone: usage is taken as "just now" so the staleness rules (judged by staleness()) cannot mask them.
StatusAssessment ageAssessment(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    StatusInput in;
    in.now = now;
    in.rotatedAt = row.rotatedAt;
    in.rotationIntervalDays = row.credential.rotationIntervalDays;
    in.lastUsedAt = now;
    in.lifecycle = Lifecycle::Active;
    return assessStatus(in, policy.status);
}

// The usage rules alone: an interval no key reaches keeps the age rules from applying.
StatusAssessment usageAssessment(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    constexpr int kNoAgeRule = 1000000;
    StatusInput in;
    in.now = now;
    in.rotatedAt = row.rotatedAt;
    in.rotationIntervalDays = kNoAgeRule;
    in.lastUsedAt = row.lastUsedAt;
    in.lifecycle = Lifecycle::Active;
    return assessStatus(in, policy.status);
}

bool applies(const InventoryRow &row)
{
    return row.credential.lifecycle != Lifecycle::Revoked && row.rotatedAt.isValid();
}

// Cheap necessary conditions, so assessStatus (which words its reasons) runs only for the few rows near a threshold:
// at 100,000 keys that is the difference between a second and a few milliseconds.
bool mayBeDue(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    const qint64 interval = qint64(std::max(1, row.credential.rotationIntervalDays)) * 86400;
    return row.rotatedAt.secsTo(now) >= interval - qint64(policy.status.dueSoonDays) * 86400;
}

bool mayBeUnused(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    const QDateTime since = row.lastUsedAt.isValid() ? row.lastUsedAt : row.rotatedAt;
    return since.isValid() && since.secsTo(now) >= qint64(policy.status.staleDays - 1) * 86400;
}
} // namespace

int alertSeverityRank(const QString &severity)
{
    if (severity == alertseverity::kCritical)
        return 2;
    if (severity == alertseverity::kWarning)
        return 1;
    return 0;
}

QString alertSeverityLabel(const QString &severity)
{
    if (severity == alertseverity::kCritical)
        return tr("Critical");
    if (severity == alertseverity::kWarning)
        return tr("Warning");
    if (severity == alertseverity::kInfo)
        return tr("Info");
    return severity;
}

QString alertKindLabel(const QString &kind)
{
    if (kind == alertkind::kAgeOverLimit)
        return tr("Key too old");
    if (kind == alertkind::kRotationDue)
        return tr("Rotation due");
    if (kind == alertkind::kRotationFailed)
        return tr("Rotation failed");
    if (kind == alertkind::kOldKeyAfterGrace)
        return tr("Old key used after grace");
    if (kind == alertkind::kUnauthorizedSpike)
        return tr("401s during rotation");
    if (kind == alertkind::kRevokedKeyTried)
        return tr("Revoked key tried");
    if (kind == alertkind::kKeyUnused)
        return tr("Key unused");
    if (kind == alertkind::kPotentiallyStale)
        return tr("Potentially stale");
    if (kind == QLatin1String("old_key_still_used"))
        return tr("Old key still used");
    return kind;
}

namespace alertrules {

bool isRunUnderWay(const QString &state)
{
    return !state.isEmpty() && state != QLatin1String("completed") && state != QLatin1String("rolled_back") &&
           state != QLatin1String("failed");
}

qint64 unauthorizedTotal(const QList<KeyVersion> &keys)
{
    qint64 total = 0;
    for (const KeyVersion &k : keys)
        total += k.unauthorizedCount;
    return total;
}

QList<AlertCandidate> age(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    if (!applies(row) || !mayBeDue(row, now, policy))
        return {};
    const StatusAssessment a = ageAssessment(row, now, policy);
    if (a.status != KeyStatus::OverdueCritical)
        return {};
    const Credential &c = row.credential;
    const qint64 limitSecs = qint64(policy.status.criticalFactor * double(c.rotationIntervalDays) * 86400.0);
    return {{credKey(alertkind::kAgeOverLimit, c.id), alertkind::kAgeOverLimit, alertseverity::kCritical, c.id, 0,
             tr("%1: the key in use since %2 is older than %3× its %4-day rotation interval (since %5)")
                 .arg(c.name, day(row.rotatedAt))
                 .arg(policy.status.criticalFactor)
                 .arg(c.rotationIntervalDays)
                 .arg(day(row.rotatedAt.addSecs(limitSecs)))}};
}

QList<AlertCandidate> rotationDue(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    if (!applies(row) || isRunUnderWay(row.latestRunState) || !mayBeDue(row, now, policy))
        return {};
    const StatusAssessment a = ageAssessment(row, now, policy);
    const Credential &c = row.credential;
    const QString key = credKey(alertkind::kRotationDue, c.id);
    if (a.status == KeyStatus::Overdue)
        return {{key, alertkind::kRotationDue, alertseverity::kWarning, c.id, 0,
                 tr("%1: rotation overdue since %2").arg(c.name, day(a.nextRotation))}};
    if (a.status != KeyStatus::DueSoon)
        return {};
    const bool close = now.secsTo(a.nextRotation) <= qint64(policy.dueWarningDays) * 86400;
    return {{key, alertkind::kRotationDue, close ? alertseverity::kWarning : alertseverity::kInfo, c.id, 0,
             tr("%1: rotation due on %2").arg(c.name, day(a.nextRotation))}};
}

QList<AlertCandidate> staleness(const InventoryRow &row, const QDateTime &now, const AlertPolicy &policy)
{
    if (!applies(row) || !mayBeUnused(row, now, policy))
        return {};
    const StatusAssessment a = usageAssessment(row, now, policy);
    const bool potentially = a.status == KeyStatus::PotentiallyStale;
    if (!potentially && a.status != KeyStatus::Stale)
        return {};
    const Credential &c = row.credential;
    const QString since =
        row.lastUsedAt.isValid()
            ? tr("%1: unused since %2").arg(c.name, day(row.lastUsedAt))
            : tr("%1: never seen in use since it became current on %2").arg(c.name, day(row.rotatedAt));
    if (potentially)
        return {{credKey(alertkind::kPotentiallyStale, c.id), alertkind::kPotentiallyStale, alertseverity::kInfo, c.id,
                 0, since + tr(" (potentially stale: %1 days or more)").arg(policy.status.potentiallyStaleDays)}};
    return {{credKey(alertkind::kKeyUnused, c.id), alertkind::kKeyUnused, alertseverity::kWarning, c.id, 0,
             since + tr(" (possible stale deployment)")}};
}

QList<AlertCandidate> rotationFailed(const RotationRunRecord &run)
{
    if (run.state != QLatin1String("failed"))
        return {};
    const QString message =
        run.error.isEmpty() ? tr("%1: rotation run #%2 failed").arg(run.credentialName).arg(run.id)
                            : tr("%1: rotation run #%2 failed: %3").arg(run.credentialName).arg(run.id).arg(run.error);
    return {{runKey(alertkind::kRotationFailed, run.id), alertkind::kRotationFailed, alertseverity::kCritical,
             run.credentialId, run.id, message}};
}

QList<AlertCandidate> oldKeyAfterGrace(const RotationRunRecord &run, const QList<KeyVersion> &keys,
                                       const QDateTime &now)
{
    if (run.state != QLatin1String("grace_period") || run.kind == QLatin1String("campaign"))
        return {};
    QDateTime graceUntil = run.graceUntil;
    if (!graceUntil.isValid())
        graceUntil = QDateTime::fromString(run.data.value(QStringLiteral("grace_until")).toString(), Qt::ISODateWithMs);
    if (!graceUntil.isValid() || now <= graceUntil)
        return {};
    const QString oldKeyId = run.data.value(QStringLiteral("old_key_id")).toString();
    const KeyVersion *old = nullptr;
    for (const KeyVersion &k : keys) {
        if (!oldKeyId.isEmpty() ? k.providerKeyId == oldKeyId
                                : (k.state == KeyState::Previous && (!old || k.version > old->version)))
            old = &k;
    }
    if (!old || !old->lastUsedAt.isValid() || old->lastUsedAt <= graceUntil)
        return {};
    return {{runKey(alertkind::kOldKeyAfterGrace, run.id), alertkind::kOldKeyAfterGrace, alertseverity::kWarning,
             run.credentialId, run.id,
             tr("%1: the old key (v%2) was used at %3, after the grace period of run #%4 ended at %5")
                 .arg(run.credentialName)
                 .arg(old->version)
                 .arg(minute(old->lastUsedAt))
                 .arg(run.id)
                 .arg(minute(graceUntil))}};
}

QList<AlertCandidate> unauthorizedSpike(const RotationRunRecord &run, const QList<KeyVersion> &keys,
                                        const UnauthorizedBaseline &baseline, const QDateTime &now,
                                        const AlertPolicy &policy)
{
    if (!isRunUnderWay(run.state) || !baseline.at.isValid() || now <= baseline.at)
        return {};
    const qint64 since = unauthorizedTotal(keys) - baseline.count;
    if (since < policy.unauthorizedMinimum)
        return {};
    QDateTime oldest;
    for (const KeyVersion &k : keys) {
        for (const QDateTime &when : {k.createdAt, k.activatedAt}) {
            if (when.isValid() && when <= baseline.at && (!oldest.isValid() || when < oldest))
                oldest = when;
        }
    }
    const qint64 before = std::max<qint64>(86400, oldest.isValid() ? oldest.secsTo(baseline.at) : 0);
    const double expected = double(baseline.count) * double(baseline.at.secsTo(now)) / double(before);
    if (double(since) <= policy.unauthorizedFactor * expected)
        return {};
    return {{runKey(alertkind::kUnauthorizedSpike, run.id), alertkind::kUnauthorizedSpike, alertseverity::kWarning,
             run.credentialId, run.id,
             tr("%1: %2 refused (401) requests since run #%3 began (%4), more than %5× the rate before it "
                "(%6 expected)")
                 .arg(run.credentialName)
                 .arg(since)
                 .arg(run.id)
                 .arg(minute(baseline.at))
                 .arg(policy.unauthorizedFactor)
                 .arg(qRound64(expected))}};
}

QList<AlertCandidate> revokedKeyTried(const QString &credentialName, const KeyVersion &key)
{
    if (key.state != KeyState::Revoked)
        return {};
    const bool usedAfter = key.lastUsedAt.isValid() && key.revokedAt.isValid() && key.lastUsedAt > key.revokedAt;
    if (!usedAfter && key.unauthorizedCount <= 0)
        return {};
    QString message = tr("%1: revoked key v%2 (%3) was tried after its revocation")
                          .arg(credentialName)
                          .arg(key.version)
                          .arg(key.fingerprint);
    if (key.unauthorizedCount > 0)
        message += tr(": %n refused request(s)", int(std::min<qint64>(key.unauthorizedCount, INT_MAX)));
    if (usedAfter)
        message += tr(" (last use %1)").arg(minute(key.lastUsedAt));
    return {{alertkind::kRevokedKeyTried + QStringLiteral(":key:") + QString::number(key.id),
             alertkind::kRevokedKeyTried, alertseverity::kCritical, key.credentialId, 0, message}};
}

QList<AlertCandidate> evaluate(const AlertInput &input, const AlertPolicy &policy)
{
    QList<AlertCandidate> out;
    QHash<qint64, QString> names; // of the credentials whose keys were given
    for (const InventoryRow &row : input.inventory) {
        if (input.keys.contains(row.credential.id))
            names.insert(row.credential.id, row.credential.name);
        out += age(row, input.now, policy);
        out += rotationDue(row, input.now, policy);
        out += staleness(row, input.now, policy);
    }
    for (const RotationRunRecord &run : input.runs) {
        const QList<KeyVersion> keys = input.keys.value(run.credentialId);
        out += rotationFailed(run);
        out += oldKeyAfterGrace(run, keys, input.now);
        const auto baseline = input.baselines.constFind(run.id);
        if (baseline != input.baselines.constEnd())
            out += unauthorizedSpike(run, keys, *baseline, input.now, policy);
    }
    QList<qint64> credentialIds = input.keys.keys();
    std::sort(credentialIds.begin(), credentialIds.end());
    for (qint64 id : credentialIds) {
        for (const KeyVersion &k : input.keys.value(id))
            out += revokedKeyTried(names.value(id, QStringLiteral("#%1").arg(id)), k);
    }
    return out;
}

} // namespace alertrules

} // namespace keyturn
