#pragma once

#include "../Result.h"
#include "../domain/Credential.h"
#include "Blackout.h"

#include <QDateTime>
#include <QList>

namespace keyturn {

class WorkspaceStore;

/// One rotation a held key's schedule plans.
struct PlannedRotation
{
    Credential credential;
    QDateTime due;      ///< when the schedule wants it (in the past when overdue)
    QDateTime startsAt; ///< when the scheduler would start it: not before now, and after any blackout window
    bool overdue = false;
    std::optional<BlackoutHit> blackout; ///< the window that holds it back, if one does
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

    /// The rotations of active held keys planned between now and `until`, by start time, assuming each rotation
    /// happens when planned. At most `maxPerKey` per credential.
    Result<QList<PlannedRotation>> planned(const QDateTime &now, const QDateTime &until, int maxPerKey = 200) const;
    /// The credentials whose time has come at `now` and have no unfinished run. Keys that share a service
    /// (overlapping usedBy) are staggered: only the most overdue of them starts now, the others wait for the next
    /// run-due (and none starts while a key it shares a service with is still rotating). Inside a blackout window
    /// nothing starts; issued keys and providers that cannot hold two keys are left to an operator.
    Result<DuePlan> dueRotations(const QDateTime &now) const;
    /// dueRotations() as of the store's clock.
    Result<DuePlan> dueRotations() const;

private:
    const WorkspaceStore &m_store;
};

} // namespace keyturn
