#include "Scheduler.h"

#include "../domain/Clock.h"
#include "../store/WorkspaceStore.h"
#include "CronSchedule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <optional>

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
    return scheduleText(credential.scheduleCron, credential.rotationIntervalDays);
}

QString Scheduler::scheduleText(const QString &cron, int intervalDays)
{
    if (cron.trimmed().isEmpty())
        return tr("every %n d", intervalDays);
    return tr("cron %1 (UTC)").arg(cron.simplified());
}

Result<SchedulePlan> Scheduler::planned(const QDateTime &now, const QDateTime &until, int maxPerKey) const
{
    return plan(
        now, until,
        [this](const std::function<void(qsizetype)> &expect, const RowVisitor &visit) {
            return m_store.readInventory(expect, [&visit](InventoryRow &&row) { visit(row); });
        },
        maxPerKey);
}

Result<SchedulePlan> Scheduler::planned(const QDateTime &now, const QDateTime &until, qsizetype rowCount,
                                        const std::function<void(const RowVisitor &)> &forEachRow, int maxPerKey) const
{
    return plan(
        now, until,
        [rowCount, &forEachRow](const std::function<void(qsizetype)> &expect, const RowVisitor &visit) -> Result<void> {
            expect(rowCount);
            forEachRow(visit);
            return {};
        },
        maxPerKey);
}

Result<SchedulePlan> Scheduler::plan(const QDateTime &now, const QDateTime &until, const RowSource &rows,
                                     int maxPerKey) const
{
    auto facts = runFacts(m_store);
    if (!facts)
        return facts.error();
    auto windows = readBlackouts(m_store);
    if (!windows)
        return windows.error();

    SchedulePlan plan;
    plan.now = now.toUTC();
    plan.until = until.toUTC();
    plan.blackouts = *windows;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 untilMs = until.toMSecsSinceEpoch();
    // Strings many keys share (providers, environments, service lists, schedules) are held once.
    QHash<QString, QString> strings;
    QHash<QStringList, QStringList> lists;
    const auto intern = [](auto &pool, const auto &value) {
        auto it = pool.constFind(value);
        if (it == pool.cend())
            it = pool.insert(value, value);
        return *it;
    };

    // the store's rows one by one: only what the plan needs is kept
    const auto planKey = [&](const InventoryRow &row) {
        const Credential &c = row.credential;
        if (c.kind != CredentialKind::Held || c.lifecycle == Lifecycle::Revoked)
            return;
        // a key being rotated now gets its new key about now: its schedule counts from here
        const QDateTime base = c.lifecycle == Lifecycle::Rotating ? now : scheduleBase(row, facts->value(c.id));
        if (!base.isValid())
            return; // nothing to count from: the inventory's and validate()'s to report
        // what nextRotation() does, without parsing the schedule for every rotation: an interval is whole UTC days
        std::optional<CronSchedule> cron;
        if (!c.scheduleCron.trimmed().isEmpty()) {
            auto parsed = CronSchedule::parse(c.scheduleCron);
            if (!parsed)
                return; // a credential with a broken schedule is the inventory's and validate()'s to report
            cron = std::move(*parsed);
        }
        const qint64 intervalMs = qint64(c.rotationIntervalDays) * 86400000;
        const auto next = [&](qint64 afterMs) -> std::optional<qint64> {
            if (!cron)
                return afterMs + intervalMs;
            const QDateTime t = cron->next(QDateTime::fromMSecsSinceEpoch(afterMs, Qt::UTC));
            return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
        };
        std::optional<qint64> due = next(base.toMSecsSinceEpoch());
        const qint32 key = qint32(plan.keys.size());
        bool any = false;
        for (int i = 0; i < maxPerKey && due && *due < untilMs; ++i) {
            SchedulePlan::Entry e;
            e.key = key;
            e.dueMs = *due;
            e.startsAtMs = std::max(*due, nowMs);
            if (!plan.blackouts.isEmpty()) {
                if (auto hit = blackoutAt(plan.blackouts, QDateTime::fromMSecsSinceEpoch(e.startsAtMs, Qt::UTC))) {
                    e.blackout = qint32(plan.blackouts.indexOf(hit->window));
                    e.startsAtMs = hit->until.toMSecsSinceEpoch();
                }
            }
            plan.entries.append(e);
            any = true;
            due = next(e.startsAtMs);
        }
        if (!any)
            return;
        SchedulePlan::Key k;
        k.id = c.id;
        k.name = c.name;
        k.provider = intern(strings, c.provider);
        k.environment = intern(strings, c.environment);
        k.usedBy = intern(lists, c.usedBy);
        k.scheduleCron = intern(strings, c.scheduleCron);
        k.rotationIntervalDays = c.rotationIntervalDays;
        k.supportsDualKey = c.supportsDualKey;
        plan.keys.append(std::move(k));
    };
    if (auto read = rows([&plan](qsizetype n) { plan.keys.reserve(n); }, planKey); !read)
        return read.error();

    // Name ranks (the store reads keys in name order, so usually there is nothing to sort), then the entries by
    // (start, name rank). Ties of start and rank: keys of one name in the store's order, and a key's own rotations
    // in the order they come (by due time): what a stable sort would give, sorted in place.
    std::vector<qint32> byName(size_t(plan.keys.size()));
    std::iota(byName.begin(), byName.end(), 0);
    const auto nameLess = [&keys = plan.keys](qint32 a, qint32 b) { return keys.at(a).name < keys.at(b).name; };
    if (!std::is_sorted(byName.begin(), byName.end(), nameLess))
        std::stable_sort(byName.begin(), byName.end(), nameLess);
    std::vector<qint32> rank(byName.size());
    for (size_t i = 0; i < byName.size(); ++i) {
        const bool same = i > 0 && plan.keys.at(byName[i - 1]).name == plan.keys.at(byName[i]).name;
        rank[size_t(byName[i])] = same ? rank[size_t(byName[i - 1])] : qint32(i);
    }
    for (qsizetype k = 0; k < plan.keys.size(); ++k)
        plan.keys[k].nameRank = rank[size_t(k)];
    std::sort(plan.entries.begin(), plan.entries.end(),
              [&rank](const SchedulePlan::Entry &a, const SchedulePlan::Entry &b) {
                  if (a.startsAtMs != b.startsAtMs)
                      return a.startsAtMs < b.startsAtMs;
                  if (a.key != b.key) {
                      const qint32 ra = rank[size_t(a.key)];
                      const qint32 rb = rank[size_t(b.key)];
                      return ra != rb ? ra < rb : a.key < b.key;
                  }
                  return a.dueMs < b.dueMs;
              });
    return plan;
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
