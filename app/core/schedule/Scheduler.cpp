#include "Scheduler.h"

#include "../domain/Clock.h"
#include "../store/WorkspaceStore.h"
#include "CronSchedule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace keyturn {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("keyturn::Scheduler", text, nullptr, n);
}

QString minuteText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool isFinished(const QString &state)
{
    return state == QLatin1String("completed") || state == QLatin1String("rolled_back");
}

/// What the runs say about one credential.
struct RunFacts
{
    qint64 unfinishedRun = 0;
    QString unfinishedState;
    QDateTime lastRolledBack; ///< when the last rolled-back attempt was started
};

Result<QHash<qint64, RunFacts>> runFacts(const WorkspaceStore &store)
{
    auto runs = store.runs();
    if (!runs)
        return runs.error();
    QHash<qint64, RunFacts> out;
    for (const auto &r : *runs) {
        RunFacts &f = out[r.credentialId];
        if (!isFinished(r.state)) {
            f.unfinishedRun = r.id;
            f.unfinishedState = r.state;
        } else if (r.state == QLatin1String("rolled_back") && r.createdAt > f.lastRolledBack) {
            f.lastRolledBack = r.createdAt;
        }
    }
    return out;
}

/// The time a schedule counts from: the current key's activation, or a later attempt that was rolled back (so a
/// rolled-back rotation is not restarted at once, over and over; it waits for the next occurrence).
QDateTime scheduleBase(const InventoryRow &row, const RunFacts &facts)
{
    QDateTime base = row.rotatedAt.isValid() ? row.rotatedAt : row.credential.createdAt;
    if (facts.lastRolledBack.isValid() && facts.lastRolledBack > base)
        base = facts.lastRolledBack;
    return base;
}

} // namespace

Scheduler::Scheduler(const WorkspaceStore &store) : m_store(store) {}

Result<QDateTime> Scheduler::nextRotation(const Credential &credential, const QDateTime &lastRotated)
{
    if (!lastRotated.isValid())
        return Error{tr("%1 has no rotation time to count from").arg(credential.name)};
    if (credential.scheduleCron.trimmed().isEmpty())
        return lastRotated.toUTC().addDays(credential.rotationIntervalDays);
    auto cron = CronSchedule::parse(credential.scheduleCron);
    if (!cron)
        return Error{tr("%1: the schedule '%2' is not valid: %3")
                         .arg(credential.name, credential.scheduleCron, cron.errorMessage())};
    const QDateTime next = cron->next(lastRotated);
    if (!next.isValid())
        return Error{tr("%1: the schedule '%2' never occurs").arg(credential.name, credential.scheduleCron)};
    return next;
}

QString Scheduler::scheduleText(const Credential &credential)
{
    if (credential.scheduleCron.trimmed().isEmpty())
        return tr("every %n d", credential.rotationIntervalDays);
    return tr("cron %1 (UTC)").arg(credential.scheduleCron.simplified());
}

Result<QList<PlannedRotation>> Scheduler::planned(const QDateTime &now, const QDateTime &until, int maxPerKey) const
{
    auto rows = m_store.inventory();
    if (!rows)
        return rows.error();
    auto facts = runFacts(m_store);
    if (!facts)
        return facts.error();
    auto windows = readBlackouts(m_store);
    if (!windows)
        return windows.error();

    QList<PlannedRotation> out;
    for (const InventoryRow &row : *rows) {
        const Credential &c = row.credential;
        if (c.kind != CredentialKind::Held || c.lifecycle == Lifecycle::Revoked)
            continue;
        // a key being rotated now gets its new key about now: its schedule counts from here
        const QDateTime base = c.lifecycle == Lifecycle::Rotating ? now : scheduleBase(row, facts->value(c.id));
        auto due = nextRotation(c, base);
        if (!due)
            continue; // a credential with a broken schedule is the inventory's and validate()'s to report
        for (int i = 0; i < maxPerKey && due->isValid() && *due < until; ++i) {
            PlannedRotation p;
            p.credential = c;
            p.due = *due;
            p.overdue = *due < now;
            p.startsAt = std::max(*due, now);
            p.blackout = blackoutAt(*windows, p.startsAt);
            if (p.blackout)
                p.startsAt = p.blackout->until;
            out.append(p);
            auto following = nextRotation(c, p.startsAt);
            if (!following)
                break;
            due = following;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PlannedRotation &a, const PlannedRotation &b) {
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        return a.credential.name < b.credential.name;
    });
    return out;
}

Result<DuePlan> Scheduler::dueRotations() const
{
    return dueRotations(m_store.clock().now());
}

Result<DuePlan> Scheduler::dueRotations(const QDateTime &now) const
{
    auto rows = m_store.inventory();
    if (!rows)
        return rows.error();
    auto facts = runFacts(m_store);
    if (!facts)
        return facts.error();
    auto windows = readBlackouts(m_store);
    if (!windows)
        return windows.error();

    DuePlan plan;
    QHash<QString, QString> claimedBy; // service → the credential rotating for it (now or from this run-due)
    QHash<QString, bool> claimedByRunning;
    QList<ScheduleDecision> candidates;
    for (const InventoryRow &row : *rows) {
        const Credential &c = row.credential;
        const RunFacts f = facts->value(c.id);
        if (f.unfinishedRun) {
            for (const QString &s : c.usedBy) {
                claimedBy.insert(s, c.name);
                claimedByRunning.insert(s, true);
            }
        }
        if (c.lifecycle == Lifecycle::Revoked)
            continue;
        ScheduleDecision d;
        d.credential = c;
        auto due = nextRotation(c, scheduleBase(row, f));
        if (!due) {
            d.action = ScheduleDecision::Action::Skipped;
            d.cause = ScheduleDecision::Cause::BadSchedule;
            d.reason = tr("skipped: %1").arg(due.errorMessage());
            plan.skipped.append(d);
            continue;
        }
        d.due = *due;
        if (d.due > now)
            continue;
        if (f.unfinishedRun) {
            if (f.unfinishedState == QLatin1String("failed")) {
                d.action = ScheduleDecision::Action::Skipped;
                d.cause = ScheduleDecision::Cause::FailedRun;
                d.reason = tr("skipped: run #%1 failed and waits for an operator (keyturnctl runs resume %1, or runs "
                              "rollback %1)")
                               .arg(f.unfinishedRun);
                plan.skipped.append(d);
            }
            continue; // a run in progress is the rotation
        }
        if (c.kind == CredentialKind::Issued) {
            d.action = ScheduleDecision::Action::Skipped;
            d.cause = ScheduleDecision::Cause::IssuedKey;
            d.reason = tr("skipped: an issued key rotates in a campaign with its consumers, which an operator opens "
                          "(keyturnctl rotate %1); the scheduler never starts campaigns")
                           .arg(c.name);
            plan.skipped.append(d);
            continue;
        }
        if (c.scheduleCron.trimmed().isEmpty() && !c.labels.contains(autoRotateLabel())) {
            d.action = ScheduleDecision::Action::Skipped;
            d.cause = ScheduleDecision::Cause::NotScheduled;
            d.reason = tr("skipped: due by its %1-day policy, but not scheduled for automatic rotation (give it a "
                          "cron schedule or the label %2, or rotate it: keyturnctl rotate %3)")
                           .arg(c.rotationIntervalDays)
                           .arg(autoRotateLabel(), c.name);
            plan.skipped.append(d);
            continue;
        }
        if (!c.supportsDualKey) {
            d.action = ScheduleDecision::Action::Skipped;
            d.cause = ScheduleDecision::Cause::SingleKey;
            d.reason = tr("skipped: %1 cannot hold two keys at once, so rotating means an outage window that an "
                          "operator must accept (keyturnctl rotate %2 --accept-single-key)")
                           .arg(c.provider, c.name);
            plan.skipped.append(d);
            continue;
        }
        candidates.append(d);
    }
    // most overdue first: it is the one that starts when keys share a service
    std::stable_sort(candidates.begin(), candidates.end(), [](const ScheduleDecision &a, const ScheduleDecision &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.credential.name < b.credential.name;
    });

    const auto blackout = blackoutAt(*windows, now);
    for (ScheduleDecision &d : candidates) {
        if (blackout) {
            d.action = ScheduleDecision::Action::Deferred;
            d.cause = ScheduleDecision::Cause::Blackout;
            d.notBefore = blackout->until;
            d.reason = tr("deferred: inside the blackout window %1, until %2 UTC")
                           .arg(blackout->window.describe(), minuteText(blackout->until));
            plan.deferred.append(d);
            continue;
        }
        QString shared;
        for (const QString &s : d.credential.usedBy) {
            if (claimedBy.contains(s)) {
                shared = s;
                break;
            }
        }
        if (!shared.isEmpty()) {
            d.action = ScheduleDecision::Action::Deferred;
            d.cause = ScheduleDecision::Cause::SharesService;
            d.reason = claimedByRunning.value(shared)
                           ? tr("deferred: shares %1 with %2, which is still rotating").arg(shared, claimedBy[shared])
                           : tr("deferred: shares %1 with %2").arg(shared, claimedBy[shared]);
            plan.deferred.append(d);
            continue;
        }
        for (const QString &s : d.credential.usedBy)
            claimedBy.insert(s, d.credential.name);
        d.action = ScheduleDecision::Action::Start;
        plan.start.append(d);
    }
    return plan;
}

} // namespace keyturn
