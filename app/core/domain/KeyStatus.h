#pragma once

#include "Credential.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace keyturn {

/// The one status badge a credential shows, the most severe that applies.
enum class KeyStatus
{
    Healthy,
    DueSoon,
    Overdue,
    OverdueCritical,
    Stale,
    PotentiallyStale,
    Rotating,
    Revoked
};

QString toString(KeyStatus status);
std::optional<KeyStatus> keyStatusFromString(const QString &text);
/// All statuses, in the order a filter lists them.
QList<KeyStatus> allKeyStatuses();
/// A short label for people ("Due soon"), translated.
QString statusLabel(KeyStatus status);
/// Higher is more urgent; sorting by status sorts by this.
int severity(KeyStatus status);

/// Thresholds of the monitoring rules (DESIGN.md, "Monitoring rules").
struct StatusPolicy
{
    int dueSoonDays = 14;          ///< capped at half the interval, so a 7-day key is not "due soon" all week
    int staleDays = 7;             ///< unused this long: possible stale deployment
    int potentiallyStaleDays = 30; ///< unused this long: flagged "potentially stale"
    double criticalFactor = 1.5;   ///< age above this multiple of the interval
    /// Whether to write the reasons. A table of 100,000 keys asks for the status of all and the reasons of the one
    /// under the mouse: formatting every row's reasons up front was most of the status rules' cost.
    bool withReasons = true;
};

/// What the status rules need to know about a credential.
struct StatusInput
{
    QDateTime now;
    QDateTime rotatedAt; ///< when the current key became current (or was created)
    int rotationIntervalDays = 90;
    QDateTime lastUsedAt; ///< null when never seen in use
    Lifecycle lifecycle = Lifecycle::Active;
};

struct StatusAssessment
{
    KeyStatus status = KeyStatus::Healthy;
    int ageDays = 0;
    QDateTime nextRotation;
    std::optional<int> daysSinceUse; ///< nullopt when the key was never used
    QStringList reasons;             ///< every rule that applies, for tooltips ("age 134 d, policy 90 d")
};

/// Whole days from `from` to `to`, rounded down; negative when `to` is earlier.
int wholeDaysBetween(const QDateTime &from, const QDateTime &to);

/// Applies the monitoring rules to one credential. Pure: the same input gives the same answer.
StatusAssessment assessStatus(const StatusInput &input, const StatusPolicy &policy = {});

} // namespace keyturn
