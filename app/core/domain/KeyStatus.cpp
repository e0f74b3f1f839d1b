#include "KeyStatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace keyturn {

namespace {
struct StatusInfo
{
    KeyStatus status;
    const char *name;
    const char *label;
    int severity;
};

const StatusInfo kStatuses[] = {
    {KeyStatus::Healthy, "healthy", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Healthy"), 0},
    {KeyStatus::Stale, "stale", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Stale"), 1},
    {KeyStatus::DueSoon, "due_soon", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Due soon"), 2},
    {KeyStatus::PotentiallyStale, "potentially_stale", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Potentially stale"), 3},
    {KeyStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Overdue"), 4},
    {KeyStatus::OverdueCritical, "overdue_critical", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Overdue (>1.5×)"), 5},
    {KeyStatus::Rotating, "rotating", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Rotating"), 6},
    {KeyStatus::Revoked, "revoked", QT_TRANSLATE_NOOP("keyturn::KeyStatus", "Revoked"), 7},
};

const StatusInfo &info(KeyStatus status)
{
    for (const auto &i : kStatuses) {
        if (i.status == status)
            return i;
    }
    return kStatuses[0];
}

QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::KeyStatus", text);
}
} // namespace

QString toString(KeyStatus status)
{
    return QString::fromLatin1(info(status).name);
}

std::optional<KeyStatus> keyStatusFromString(const QString &text)
{
    for (const auto &i : kStatuses) {
        if (text == QLatin1String(i.name))
            return i.status;
    }
    return std::nullopt;
}

QList<KeyStatus> allKeyStatuses()
{
    QList<KeyStatus> out;
    for (const auto &i : kStatuses)
        out.append(i.status);
    return out;
}

QString statusLabel(KeyStatus status)
{
    return tr(info(status).label);
}
int severity(KeyStatus status)
{
    return info(status).severity;
}

int wholeDaysBetween(const QDateTime &from, const QDateTime &to)
{
    const qint64 secs = from.secsTo(to);
    // floor division, so 23 hours before a boundary is day -1, not day 0
    return int(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

StatusAssessment assessStatus(const StatusInput &in, const StatusPolicy &policy)
{
    StatusAssessment out;
    const int interval = std::max(1, in.rotationIntervalDays);
    out.ageDays = in.rotatedAt.isValid() ? std::max(0, wholeDaysBetween(in.rotatedAt, in.now)) : 0;
    if (in.rotatedAt.isValid())
        out.nextRotation = in.rotatedAt.addDays(interval);
    if (in.lastUsedAt.isValid())
        out.daysSinceUse = std::max(0, wholeDaysBetween(in.lastUsedAt, in.now));

    QList<KeyStatus> applies;
    const auto reason = [&out, &policy](auto &&text) {
        if (policy.withReasons)
            out.reasons << text();
    };
    if (in.lifecycle == Lifecycle::Revoked) {
        reason([] { return tr("revoked"); });
        applies << KeyStatus::Revoked;
    }
    if (in.lifecycle == Lifecycle::Rotating) {
        reason([] { return tr("a rotation is running"); });
        applies << KeyStatus::Rotating;
    }
    if (in.lifecycle != Lifecycle::Revoked && in.rotatedAt.isValid()) {
        const qint64 ageSecs = in.rotatedAt.secsTo(in.now);
        const qint64 intervalSecs = qint64(interval) * 86400;
        const auto agePolicy = [&out, interval] { return tr("age %1 d, policy %2 d").arg(out.ageDays).arg(interval); };
        if (double(ageSecs) > policy.criticalFactor * double(intervalSecs)) {
            reason([&] { return agePolicy() + tr(" (above %1× the interval)").arg(policy.criticalFactor); });
            applies << KeyStatus::OverdueCritical;
        } else if (ageSecs >= intervalSecs) {
            reason([&] { return agePolicy() + tr(" (overdue)"); });
            applies << KeyStatus::Overdue;
        } else {
            const qint64 window = std::min<qint64>(qint64(policy.dueSoonDays) * 86400, intervalSecs / 2);
            const qint64 left = in.now.secsTo(out.nextRotation);
            if (left <= window) {
                const int leftDays = int((left + 86399) / 86400);
                reason([leftDays] { return tr("rotation due in %1 d").arg(leftDays); });
                applies << KeyStatus::DueSoon;
            }
        }
    }
    if (in.lifecycle != Lifecycle::Revoked) {
        // A key never seen in use counts from the day it became current.
        const QDateTime since = in.lastUsedAt.isValid() ? in.lastUsedAt : in.rotatedAt;
        if (since.isValid()) {
            const int unused = std::max(0, wholeDaysBetween(since, in.now));
            const auto what = [&in, unused] {
                return in.lastUsedAt.isValid() ? tr("unused for %1 d").arg(unused)
                                               : tr("never used in %1 d").arg(unused);
            };
            if (unused >= policy.potentiallyStaleDays) {
                reason([&] { return what() + tr(" (potentially stale)"); });
                applies << KeyStatus::PotentiallyStale;
            } else if (unused >= policy.staleDays) {
                reason([&] { return what() + tr(" (possible stale deployment)"); });
                applies << KeyStatus::Stale;
            }
        }
    }
    out.status = KeyStatus::Healthy;
    for (KeyStatus s : applies) {
        if (severity(s) > severity(out.status))
            out.status = s;
    }
    return out;
}

} // namespace keyturn
