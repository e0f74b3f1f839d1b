#pragma once

#include "../Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyturn {

class WorkspaceStore;

/// A time in which no scheduled rotation starts: a fixed span ("holiday freeze") or a weekly window
/// ("Fridays 16:00-23:59"). All times are UTC.
struct BlackoutWindow
{
    enum class Kind
    {
        Fixed,
        Weekly
    };
    Kind kind = Kind::Fixed;
    QDateTime start; ///< Fixed: the first moment inside
    QDateTime end;   ///< Fixed: the first moment outside again
    int weekday = 5; ///< Weekly: 0 or 7 Sunday, 1 Monday … 6 Saturday (as in cron)
    QTime from;      ///< Weekly: the first minute inside
    QTime to;        ///< Weekly: the last minute inside; earlier than `from` runs past midnight into the next day
    QString reason;

    bool operator==(const BlackoutWindow &other) const = default;

    /// When the window that contains `when` ends (the first moment outside it); nullopt when `when` is outside.
    std::optional<QDateTime> endIfInside(const QDateTime &when) const;
    /// "2026-12-20 00:00 – 2027-01-03 00:00 UTC" or "every Friday 16:00–23:59 UTC", with the reason.
    QString describe() const;
    QJsonObject toJson() const;
};

/// The settings key the windows are stored under (a JSON array).
inline QString blackoutSettingKey()
{
    return QStringLiteral("schedule/blackouts");
}

/// Reads windows from their JSON form; the error names the window (by position) and what is wrong with it.
Result<QList<BlackoutWindow>> blackoutsFromJson(const QByteArray &json);
QJsonArray blackoutsToJson(const QList<BlackoutWindow> &windows);
/// Checks one window: a fixed one needs start < end, a weekly one a weekday 0-7 and two times.
Result<void> validateBlackout(const BlackoutWindow &window);

/// The workspace's windows (none when the setting is unset).
Result<QList<BlackoutWindow>> readBlackouts(const WorkspaceStore &store);
/// Validates and stores the windows (audited as schedule.blackouts_changed); on failure nothing is written.
Result<void> writeBlackouts(WorkspaceStore &store, const QList<BlackoutWindow> &windows);

/// When `when` falls inside any of the windows: the window it falls in and the first moment at which no window
/// holds any more (windows that touch or overlap are followed through).
struct BlackoutHit
{
    BlackoutWindow window;
    QDateTime until;
};
std::optional<BlackoutHit> blackoutAt(const QList<BlackoutWindow> &windows, const QDateTime &when);

} // namespace keyturn
