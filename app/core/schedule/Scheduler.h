#pragma once

#include "../Result.h"
#include "../domain/Credential.h"
#include "Blackout.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace keyturn {

class WorkspaceStore;
struct InventoryRow;

/// The rotations the schedules plan between two times (Scheduler::planned). Built for 100,000 keys and their
/// 600,000 rotations: each key and each blackout window is held once, a rotation is a 24-byte entry.
struct SchedulePlan
{
    /// What the plan keeps of a held credential.
    struct Key
    {
        qint64 id = 0;
        QString name;
        QString provider;
        QString environment;
        QStringList usedBy;
        QString scheduleCron;
        int rotationIntervalDays = 0;
        bool supportsDualKey = true;
        int nameRank = 0; ///< position in name order (Qt's QString order; equal names share one)
    };
    /// One planned rotation.
    struct Entry
    {
        qint64 dueMs = 0;      ///< when the schedule wants it (in the past when overdue), ms since the epoch
        qint64 startsAtMs = 0; ///< when the scheduler would start it: not before now, and after any blackout window
        qint32 key = -1;       ///< index into keys
        /// The window (index into blackouts) that holds it back, or -1. It then starts when no window holds any
        /// more (touching windows followed through): startsAtMs is that moment.
        qint32 blackout = -1;
    };

    QDateTime now;
    QDateTime until;
    QList<Key> keys; ///< the keys with at least one entry
    QList<BlackoutWindow> blackouts;
    /// By start time, then key name (a key's own rotations in the order they come). A QList: as the entries are
    /// trivially copyable, growing it reallocates in place instead of copying 600,000 of them.
    QList<Entry> entries;

    qsizetype size() const { return entries.size(); }
    bool isEmpty() const { return entries.isEmpty(); }
    const Entry &at(qsizetype i) const { return entries.at(i); }
    const Key &keyOf(qsizetype i) const { return keys.at(at(i).key); }
    QDateTime due(qsizetype i) const { return QDateTime::fromMSecsSinceEpoch(at(i).dueMs, Qt::UTC); }
    QDateTime startsAt(qsizetype i) const { return QDateTime::fromMSecsSinceEpoch(at(i).startsAtMs, Qt::UTC); }
    /// Its time had come before now: the next run-due starts it.
    bool overdue(qsizetype i) const { return at(i).dueMs < now.toMSecsSinceEpoch(); }
    /// The window that holds it back, or nullptr.
    const BlackoutWindow *blackoutOf(qsizetype i) const
    {
        return at(i).blackout < 0 ? nullptr : &blackouts.at(at(i).blackout);
    }
};

/// What run-due does with one credential whose rotation time has come.
struct ScheduleDecision
{
    enum class Action
    {
        Start,    ///< start a scheduled rotation now
        Deferred, ///< due, but held back: by staggering (to the next run-due) or a blackout window (to its end)
        Skipped   ///< due, but the scheduler does not start it (issued keys, single-key providers, failed runs)
    };
    /// Why it is deferred or skipped.
    enum class Cause
    {
        None,
        SharesService, ///< another key of one of its services starts now or is still rotating
        Blackout,
        IssuedKey,    ///< campaigns are opened by an operator
        SingleKey,    ///< the provider cannot hold two keys: an outage window an operator must accept
        FailedRun,    ///< its last run failed and waits for resume or rollback
        BadSchedule,  ///< the cron expression does not parse
        NotScheduled, ///< due by its policy, but not opted in to automatic rotation
    };
    Action action = Action::Start;
    Cause cause = Cause::None;
    Credential credential;
    QDateTime due;
    QDateTime notBefore; ///< a blackout's end; null: the next run-due looks again
    QString reason;      ///< "deferred: shares payment-service with stripe-api-key"
};

struct DuePlan
{
    QList<ScheduleDecision> start;
    QList<ScheduleDecision> deferred;
    QList<ScheduleDecision> skipped;
};

/// The label that lets run-due rotate a key on its interval; a key with a cron schedule is opted in by the schedule.
inline QString autoRotateLabel()
{
    return QStringLiteral("auto-rotate");
}

/// Works out when each active held credential rotates next and which rotations run-due starts now. Only keys opted
/// in to automatic rotation (a cron schedule, or the auto-rotate label) are started; other due keys are reported, so
/// the first timer run on an inventory never rotates dozens of keys nobody asked it to.
/// A credential's next rotation is its cron schedule's next occurrence after the current key became current
/// (or after its last rolled-back attempt), else that time plus its rotation interval. Read-only: it starts nothing.
class Scheduler
{
public:
    explicit Scheduler(const WorkspaceStore &store);

    /// The next rotation after `lastRotated`; an error when the credential's cron does not parse.
    static Result<QDateTime> nextRotation(const Credential &credential, const QDateTime &lastRotated);
    /// How the schedule reads to a person: "cron 0 2 1 * * (UTC)" or "every 90 d".
    static QString scheduleText(const Credential &credential);
    static QString scheduleText(const QString &cron, int intervalDays);

    /// The rotations of active held keys planned between now and `until`, by start time (then key name), assuming
    /// each rotation happens when planned. At most `maxPerKey` per credential. A key being rotated counts from now;
    /// issued and revoked keys, and keys whose schedule does not parse, have none.
    Result<SchedulePlan> planned(const QDateTime &now, const QDateTime &until, int maxPerKey = 200) const;
    /// Calls its argument once per inventory row.
    using RowVisitor = std::function<void(const InventoryRow &)>;
    /// The same plan from inventory rows already read (the inventory model's, handed over by `forEachRow`) instead of
    /// reading them from the store again: faster, and the plan's keys share their strings with those rows. Runs and
    /// blackout windows are read from the store.
    Result<SchedulePlan> planned(const QDateTime &now, const QDateTime &until, qsizetype rowCount,
                                 const std::function<void(const RowVisitor &)> &forEachRow, int maxPerKey = 200) const;
    /// The credentials whose time has come at `now` and have no unfinished run. Keys that share a service
    /// (overlapping usedBy) are staggered: only the most overdue of them starts now, the others wait for the next
    /// run-due (and none starts while a key it shares a service with is still rotating). Inside a blackout window
    /// nothing starts; issued keys and providers that cannot hold two keys are left to an operator.
    Result<DuePlan> dueRotations(const QDateTime &now) const;
    /// dueRotations() as of the store's clock.
    Result<DuePlan> dueRotations() const;

private:
    /// Tells how many rows come, calls its visitor for every row, and says whether it could read them.
    using RowSource = std::function<Result<void>(const std::function<void(qsizetype)> &expect, const RowVisitor &)>;
    Result<SchedulePlan> plan(const QDateTime &now, const QDateTime &until, const RowSource &rows, int maxPerKey) const;

    const WorkspaceStore &m_store;
};

} // namespace keyturn
