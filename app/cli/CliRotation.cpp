// keyturnctl's rotation commands: rotate, runs list|show|resume|rollback, run-due.
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Duration.h"
#include "core/monitoring/AlertCenter.h"
#include "core/net/ConnectionProfile.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeStore.h"
#include "core/rotation/RotationEngine.h"
#include "core/schedule/Scheduler.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}

QJsonObject runJson(const RotationRunRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), double(r.id)},
                  {QStringLiteral("credential"), r.credentialName},
                  {QStringLiteral("credential_id"), double(r.credentialId)},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("state"), r.state},
                  {QStringLiteral("started_by"), r.startedBy},
                  {QStringLiteral("created_at"), isoUtc(r.createdAt)},
                  {QStringLiteral("updated_at"), isoUtc(r.updatedAt)},
                  {QStringLiteral("urgent"), r.urgent}};
    o.insert(QStringLiteral("next_action_at"),
             r.nextActionAt.isValid() ? QJsonValue(isoUtc(r.nextActionAt)) : QJsonValue());
    o.insert(QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error));
    for (const char *field : {"old_key_id", "old_fingerprint", "new_key_id", "new_fingerprint", "vault_path",
                              "grace_until", "waiting_for", "deadline_at", "consumer", "consumer_state", "policy"}) {
        const QJsonValue v = r.data.value(QLatin1String(field));
        if (!v.isUndefined())
            o.insert(QLatin1String(field), v);
    }
    return o;
}
} // namespace

std::unique_ptr<Workspace> CliApp::openConnected(const Globals &g)
{
    auto ws = openExisting(g);
    if (!ws)
        return nullptr;
    Workspace *w = ws.get();
    const int rc = runAsync([this, w](std::function<void(int)> finish) {
        w->connectServices([this, finish](Result<void> r) {
            if (!r) {
                // a keychain that cannot be read is not fatal when the environment holds the tokens
                m_err << "keyturnctl: " << tr("warning: %1").arg(r.errorMessage()) << '\n';
                m_err.flush();
            }
            finish(Success);
        });
    });
    if (rc != Success || !w->rotationEngine()) {
        failed(tr("the services of the connection profile could not be set up"));
        return nullptr;
    }
    return ws;
}

int CliApp::cmdRotate(const Globals &g, const QStringList &args)
{
    QStringList keys;
    RotationRequest base;
    std::optional<std::chrono::seconds> deadline;
    QString policy = QStringLiteral("escalate");
    std::optional<int> noticeLead;
    bool yes = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (a == name && i + 1 < args.size())
                return args.at(++i);
            return std::nullopt;
        };
        if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            yes = true;
        } else if (a == QLatin1String("--emergency")) {
            base.emergency = true;
        } else if (a == QLatin1String("--accept-single-key")) {
            base.acceptNoDualKey = true;
        } else if (a.startsWith(QLatin1String("--grace"))) {
            const auto v = value(QStringLiteral("--grace"));
            const auto d = v ? parseDuration(*v) : std::nullopt;
            if (!d)
                return usageError(tr("--grace wants a duration such as 30m, 2h or 1d"), QStringLiteral("rotate"));
            base.grace = *d;
        } else if (a.startsWith(QLatin1String("--reason"))) {
            const auto v = value(QStringLiteral("--reason"));
            if (!v || v->trimmed().isEmpty())
                return usageError(tr("--reason needs a text"), QStringLiteral("rotate"));
            base.reason = *v;
        } else if (a.startsWith(QLatin1String("--deadline"))) {
            const auto v = value(QStringLiteral("--deadline"));
            const auto d = v ? parseDuration(*v) : std::nullopt;
            if (!d)
                return usageError(tr("--deadline wants a duration such as 30d"), QStringLiteral("rotate"));
            deadline = *d;
        } else if (a.startsWith(QLatin1String("--policy"))) {
            const auto v = value(QStringLiteral("--policy"));
            if (!v || (*v != QLatin1String("revoke") && *v != QLatin1String("escalate")))
                return usageError(tr("--policy is revoke or escalate"), QStringLiteral("rotate"));
            policy = *v;
        } else if (a.startsWith(QLatin1String("--notice-lead"))) {
            const auto v = value(QStringLiteral("--notice-lead"));
            bool ok = false;
            const int days = v ? v->toInt(&ok) : 0;
            if (!ok || days < 1 || days > 365)
                return usageError(tr("--notice-lead wants a number of days from 1 to 365"), QStringLiteral("rotate"));
            noticeLead = days;
        } else if (a.startsWith(QLatin1String("-"))) {
            return usageError(tr("unknown option '%1' for rotate").arg(a), QStringLiteral("rotate"));
        } else {
            keys << a;
        }
    }
    if (keys.isEmpty())
        return usageError(tr("rotate needs at least one KEY (name or id)"), QStringLiteral("rotate"));
    if (base.emergency && base.reason.trimmed().isEmpty())
        return usageError(tr("--emergency needs --reason TEXT"), QStringLiteral("rotate"));
    if (base.grace && base.emergency)
        return usageError(tr("--grace and --emergency exclude each other: an emergency revokes at once"),
                          QStringLiteral("rotate"));

    auto ws = openConnected(g);
    if (!ws)
        return Failed;
    QList<Credential> credentials;
    for (const QString &key : keys) {
        auto c = ws->store().findCredential(key);
        if (!c)
            return usageError(c.errorMessage(), QStringLiteral("rotate"));
        credentials << c.value();
    }
    if (!yes) {
        if (!isatty(STDIN_FILENO))
            return usageError(tr("add --yes to confirm when standard input is not a terminal; nothing was started"),
                              QStringLiteral("rotate"));
        QStringList names;
        for (const Credential &c : credentials)
            names << c.name;
        std::fprintf(stderr, "%s",
                     qPrintable(tr("%1 %2? [y/N] ")
                                    .arg(base.emergency ? tr("Emergency-revoke") : tr("Rotate"),
                                         names.join(QStringLiteral(", ")))));
        char answer[8] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
            return failed(tr("nothing was started"));
    }
    RotationEngine *engine = ws->rotationEngine();
    const bool issued = std::all_of(credentials.begin(), credentials.end(),
                                    [](const Credential &c) { return c.kind == CredentialKind::Issued; });
    const bool held = std::all_of(credentials.begin(), credentials.end(),
                                  [](const Credential &c) { return c.kind == CredentialKind::Held; });
    if (!issued && !held)
        return usageError(tr("rotate either held keys (a key swap) or issued keys (a campaign), not both at once"),
                          QStringLiteral("rotate"));
    if (issued) {
        if (base.grace)
            return usageError(tr("issued keys rotate as a campaign: use --deadline (and --policy), not --grace"),
                              QStringLiteral("rotate"));
        CampaignRequest campaign;
        for (const Credential &c : credentials)
            campaign.credentialIds << c.id;
        campaign.emergency = base.emergency;
        campaign.reason = base.reason;
        if (base.emergency)
            campaign.deadline = std::chrono::seconds(86400);
        if (deadline)
            campaign.deadline = *deadline;
        if (noticeLead)
            campaign.noticeLeadDays = *noticeLead;
        campaign.policy = policy;
        auto ids = engine->startCampaign(campaign);
        if (!ids)
            return failed(ids.errorMessage());
        for (qint64 id : *ids)
            m_out << id << '\n';
        m_out.flush();
        int code = Success;
        for (qint64 runId : *ids) {
            const int rc = runAsync([this, engine, runId](std::function<void(int)> finish) {
                engine->advance(runId, [this, finish](Result<RotationRunRecord> r) {
                    if (!r)
                        return finish(failed(r.errorMessage()));
                    finish(Success);
                });
            });
            if (rc != Success)
                code = rc;
        }
        if (const int rc = draftDueNotices(*ws, g); rc != Success)
            code = rc;
        return code;
    }
    if (noticeLead)
        return usageError(tr("--notice-lead is for issued keys (a campaign)"), QStringLiteral("rotate"));
    if (deadline)
        return usageError(tr("--deadline is for issued keys; held keys take --grace"), QStringLiteral("rotate"));
    int code = Success;
    for (const Credential &c : credentials) {
        RotationRequest request = base;
        request.credentialId = c.id;
        auto id = engine->start(request);
        if (!id) {
            code = failed(id.errorMessage());
            continue;
        }
        m_out << *id << '\n';
        m_out.flush();
        const qint64 runId = *id;
        const int rc = runAsync([this, engine, runId, &c](std::function<void(int)> finish) {
            engine->advance(runId, [this, finish, &c](Result<RotationRunRecord> r) {
                if (!r)
                    return finish(failed(r.errorMessage()));
                m_err << tr("%1: run %2 is %3").arg(c.name).arg(r->id).arg(RotationEngine::describeState(r->state))
                      << '\n';
                m_err.flush();
                finish(Success);
            });
        });
        if (rc != Success)
            code = rc;
    }
    return code;
}

int CliApp::cmdRuns(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        if (args.size() > 1)
            return usageError(tr("unexpected argument '%1'").arg(args.at(1)), QStringLiteral("runs"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto runs = ws->store().runs();
        if (!runs)
            return failed(runs.errorMessage());
        if (g.json) {
            QJsonArray a;
            for (const RotationRunRecord &r : *runs)
                a.append(runJson(r));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const RotationRunRecord &r : *runs) {
                m_out << QString::number(r.id).leftJustified(6) << r.credentialName.leftJustified(32)
                      << r.kind.leftJustified(11) << r.state.leftJustified(17) << isoUtc(r.createdAt).left(16) << ' '
                      << r.startedBy << '\n';
            }
            m_out << QCoreApplication::translate("keyturn::CliApp", "%n run(s)", nullptr, int(runs->size())) << '\n';
        }
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("rollback") ||
        (sub == QLatin1String("resume") && args.size() == 2)) {
        if (args.size() != 2)
            return usageError(tr("runs %1 needs a RUN id").arg(sub), QStringLiteral("runs"));
        bool ok = false;
        const qint64 runId = args.at(1).toLongLong(&ok);
        if (!ok || runId <= 0)
            return usageError(tr("'%1' is not a run id").arg(args.at(1)), QStringLiteral("runs"));
        if (sub == QLatin1String("show")) {
            auto ws = openExisting(g);
            if (!ws)
                return Failed;
            auto run = ws->store().run(runId);
            if (!run)
                return failed(run.errorMessage());
            auto events = ws->audit().eventsFor(QStringLiteral("run"), QString::number(runId));
            if (!events)
                return failed(events.errorMessage());
            QJsonArray steps;
            for (const AuditEvent &e : *events) {
                const QJsonObject details = QJsonDocument::fromJson(e.details).object();
                steps.append(
                    QJsonObject{{QStringLiteral("state"), e.action.mid(e.action.indexOf(QLatin1Char('.')) + 1)},
                                {QStringLiteral("at"), isoUtc(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("old_fingerprint"), e.oldFingerprint},
                                {QStringLiteral("new_fingerprint"), e.newFingerprint},
                                {QStringLiteral("details"), details}});
            }
            QJsonObject o = runJson(*run);
            o.insert(QStringLiteral("steps"), steps);
            if (g.json) {
                m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                m_out << tr("Run %1 of %2: %3")
                             .arg(run->id)
                             .arg(run->credentialName, RotationEngine::describeState(run->state))
                      << '\n';
                if (!run->error.isEmpty())
                    m_out << tr("Error: %1").arg(run->error) << '\n';
                for (const auto &s : steps) {
                    const QJsonObject step = s.toObject();
                    m_out << "  " << step.value(QStringLiteral("at")).toString() << "  "
                          << step.value(QStringLiteral("state")).toString().leftJustified(17)
                          << step.value(QStringLiteral("actor")).toString() << '\n';
                }
            }
            m_out.flush();
            return Success;
        }
        auto ws = openConnected(g);
        if (!ws)
            return Failed;
        RotationEngine *engine = ws->rotationEngine();
        return runAsync([this, engine, runId, sub, &g](std::function<void(int)> finish) {
            auto report = [this, finish, &g](Result<RotationRunRecord> r) {
                if (!r)
                    return finish(failed(r.errorMessage()));
                if (g.json)
                    m_out << QJsonDocument(runJson(*r)).toJson(QJsonDocument::Compact) << '\n';
                else
                    m_out << tr("Run %1 of %2: %3")
                                 .arg(r->id)
                                 .arg(r->credentialName, RotationEngine::describeState(r->state))
                          << '\n';
                m_out.flush();
                finish(r->state == QLatin1String("failed") ? Failed : Success);
            };
            if (sub == QLatin1String("rollback"))
                engine->rollback(runId, report);
            else
                engine->resume(runId, report);
        });
    }
    if (sub == QLatin1String("signoff")) {
        bool ok = false;
        const qint64 runId = args.value(1).toLongLong(&ok);
        if (!ok || runId <= 0)
            return usageError(tr("runs signoff needs a RUN id"), QStringLiteral("runs"));
        QString note;
        for (int i = 2; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--note") && i + 1 < args.size())
                note = args.at(++i);
            else
                return usageError(tr("unexpected argument '%1'").arg(args.at(i)), QStringLiteral("runs"));
        }
        auto ws = openConnected(g);
        if (!ws)
            return Failed;
        if (auto r = ws->rotationEngine()->signOff(runId, note); !r)
            return failed(r.errorMessage());
        m_out << tr("Run %1 signed off by %2; it proceeds on its next advance.").arg(runId).arg(ws->actor()) << '\n';
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("extend")) {
        bool ok = false;
        const qint64 runId = args.value(1).toLongLong(&ok);
        if (!ok || runId <= 0)
            return usageError(tr("runs extend needs a RUN id"), QStringLiteral("runs"));
        std::optional<std::chrono::seconds> by;
        QString reason;
        for (int i = 2; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--by") && i + 1 < args.size())
                by = parseDuration(args.at(++i));
            else if (args.at(i) == QLatin1String("--reason") && i + 1 < args.size())
                reason = args.at(++i);
            else
                return usageError(tr("unexpected argument '%1'").arg(args.at(i)), QStringLiteral("runs"));
        }
        if (!by || reason.trimmed().isEmpty())
            return usageError(tr("runs extend RUN --by DURATION --reason TEXT"), QStringLiteral("runs"));
        auto ws = openConnected(g);
        if (!ws)
            return Failed;
        if (auto r = ws->rotationEngine()->extendDeadline(runId, *by, reason); !r)
            return failed(r.errorMessage());
        auto run = ws->store().run(runId);
        m_out << tr("Run %1: deadline now %2")
                     .arg(runId)
                     .arg(run ? run->data.value(QStringLiteral("deadline_at")).toString() : QString())
              << '\n';
        m_out.flush();
        return Success;
    }
    if (sub == QLatin1String("resume")) {
        // every unfinished run: failed ones go back to their step, then all advance
        auto ws = openConnected(g);
        if (!ws)
            return Failed;
        auto runs = ws->store().runs();
        if (!runs)
            return failed(runs.errorMessage());
        RotationEngine *engine = ws->rotationEngine();
        int code = Success;
        for (const RotationRunRecord &r : *runs) {
            if (RotationEngine::isTerminal(r.state))
                continue;
            const qint64 runId = r.id;
            const int rc = runAsync([this, engine, runId](std::function<void(int)> finish) {
                engine->resume(runId, [this, finish](Result<RotationRunRecord> result) {
                    if (!result)
                        return finish(failed(result.errorMessage()));
                    m_out << tr("Run %1 of %2: %3")
                                 .arg(result->id)
                                 .arg(result->credentialName, RotationEngine::describeState(result->state))
                          << '\n';
                    m_out.flush();
                    finish(result->state == QLatin1String("failed") ? Failed : Success);
                });
            });
            if (rc != Success)
                code = rc;
        }
        return code;
    }
    return usageError(sub.isEmpty() ? tr("runs needs a subcommand: list, show, resume or rollback")
                                    : tr("unknown runs subcommand '%1' (list, show, resume, rollback)").arg(sub),
                      QStringLiteral("runs"));
}

int CliApp::cmdRunDue(const Globals &g, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("run-due takes no arguments, got '%1'").arg(args.join(QLatin1Char(' '))),
                          QStringLiteral("run-due"));
    auto ws = openConnected(g);
    if (!ws)
        return Failed;
    RotationEngine *engine = ws->rotationEngine();
    // First the schedules: start the rotations whose time has come (staggered, outside blackout windows), so the
    // runs below advance them at once. With --json, stdout holds only the runs; these lines go to stderr.
    int scheduleCode = Success;
    QTextStream &notes = g.json ? m_err : m_out;
    auto plan = Scheduler(ws->store()).dueRotations();
    if (!plan) {
        m_err << "keyturnctl: "
              << tr("the rotation schedules could not be read: %1; no scheduled rotation was started")
                     .arg(plan.errorMessage())
              << '\n';
        scheduleCode = Failed;
    } else {
        const auto dueText = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
        for (const ScheduleDecision &d : plan->start) {
            RotationRequest request;
            request.credentialId = d.credential.id;
            request.grace = std::chrono::seconds(d.credential.gracePeriodSeconds);
            request.scheduled = true;
            auto id = engine->start(request);
            if (!id) {
                m_err << "keyturnctl: "
                      << tr("the scheduled rotation of %1 (due %2 UTC) was not started: %3")
                             .arg(d.credential.name, dueText(d.due), id.errorMessage())
                      << '\n';
                scheduleCode = Failed;
                continue;
            }
            notes << tr("Started the scheduled rotation of %1 (due %2 UTC): run %3")
                         .arg(d.credential.name, dueText(d.due))
                         .arg(*id)
                  << '\n';
        }
        QStringList issued;
        QStringList unscheduled;
        for (const auto *list : {&plan->deferred, &plan->skipped}) {
            for (const ScheduleDecision &d : *list) {
                if (d.cause == ScheduleDecision::Cause::IssuedKey)
                    issued.append(d.credential.name);
                else if (d.cause == ScheduleDecision::Cause::NotScheduled)
                    unscheduled.append(d.credential.name);
                else if (d.due.isValid())
                    notes << tr("%1 (due %2 UTC): %3").arg(d.credential.name, dueText(d.due), d.reason) << '\n';
                else
                    notes << tr("%1: %2").arg(d.credential.name, d.reason) << '\n';
            }
        }
        if (!issued.isEmpty()) // one line: a platform may have thousands of consumer keys
            notes << tr("%1 issued keys are due (%2): issued keys rotate in campaigns that an operator opens "
                        "(keyturnctl rotate KEY...); run-due never starts them")
                         .arg(issued.size())
                         .arg(issued.size() > 5 ? issued.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", ...")
                                                : issued.join(QStringLiteral(", ")))
                  << '\n';
        if (!unscheduled.isEmpty())
            notes << tr("%1 held keys are due by their policy but not scheduled for automatic rotation (%2): give "
                        "them a cron schedule or the label %3, or rotate them (keyturnctl rotate KEY...)")
                         .arg(unscheduled.size())
                         .arg(unscheduled.size() > 5
                                  ? unscheduled.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", ...")
                                  : unscheduled.join(QStringLiteral(", ")),
                              autoRotateLabel())
                  << '\n';
        notes.flush();
        m_err.flush();
    }
    int code = runAsync([this, engine, &g](std::function<void(int)> finish) {
        engine->advanceDue([this, finish, &g](QList<Result<RotationRunRecord>> results) {
            int exit = Success;
            QJsonArray a;
            for (const auto &r : results) {
                if (!r) {
                    m_err << "keyturnctl: " << r.errorMessage() << '\n';
                    // another machine's run-due has it: left to that one, not a failure of this one
                    if (!r.error().busyElsewhere)
                        exit = Failed;
                    continue;
                }
                if (r->state == QLatin1String("failed"))
                    exit = Failed;
                if (g.json)
                    a.append(runJson(*r));
                else
                    m_out << tr("Run %1 of %2: %3")
                                 .arg(r->id)
                                 .arg(r->credentialName, RotationEngine::describeState(r->state))
                          << '\n';
            }
            if (g.json)
                m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            m_out.flush();
            m_err.flush();
            finish(exit);
        });
    });
    if (scheduleCode != Success)
        code = scheduleCode;
    // The monitoring rules see the runs' new states.
    if (auto r = AlertCenter(ws->store()).recompute(); !r) {
        m_err << "keyturnctl: " << tr("alerts were not re-evaluated: %1").arg(r.errorMessage()) << '\n';
        m_err.flush();
    }
    // Then the notices: draft what campaigns need now, and send what was approved and is due.
    if (const int rc = draftDueNotices(*ws, g); rc != Success)
        code = rc;
    auto profile = ws->profile();
    if (profile && !profile->mailTransport.isEmpty()) {
        if (const int rc = sendDueNotices(*ws, g, false); rc != Success)
            code = rc;
    } else {
        NoticeFilter due;
        due.states = {NoticeState::Approved};
        auto approved = ws->notices().notices(due);
        if (approved && !approved->isEmpty()) {
            m_err << "keyturnctl: "
                  << tr("%1 approved notices wait, but the connection profile has no mail transport; none was sent")
                         .arg(approved->size())
                  << '\n';
            m_err.flush();
            code = Failed;
        }
    }
    return code;
}

int CliApp::draftDueNotices(Workspace &ws, const Globals &g)
{
    auto drafted = ws.campaignNotices().draftDue();
    if (!drafted)
        return failed(drafted.errorMessage());
    for (const QString &p : drafted->problems)
        m_err << "keyturnctl: " << p << '\n';
    if (drafted->drafted > 0 && !g.json)
        m_out << tr("%1 notices drafted; they wait in the approval queue ('keyturnctl notices list --state pending')")
                     .arg(drafted->drafted)
              << '\n';
    m_out.flush();
    m_err.flush();
    return drafted->problems.isEmpty() ? Success : Failed;
}

int CliApp::cmdDisableUser(const Globals &g, const QStringList &args)
{
    QString user;
    QString reason;
    bool yes = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--reason") && i + 1 < args.size())
            reason = args.at(++i);
        else if (args.at(i) == QLatin1String("--yes") || args.at(i) == QLatin1String("-y"))
            yes = true;
        else if (!args.at(i).startsWith(QLatin1Char('-')) && user.isEmpty())
            user = args.at(i);
        else
            return usageError(tr("unexpected argument '%1'").arg(args.at(i)), QStringLiteral("disable-user"));
    }
    if (user.isEmpty() || reason.trimmed().isEmpty())
        return usageError(tr("disable-user needs USER_ID and --reason TEXT"), QStringLiteral("disable-user"));
    if (!yes)
        return usageError(tr("disabling every key of a consumer breaks their integration at once: add --yes to "
                             "confirm; nothing was changed"),
                          QStringLiteral("disable-user"));
    auto ws = openConnected(g);
    if (!ws)
        return Failed;
    RotationEngine *engine = ws->rotationEngine();
    return runAsync([this, engine, user, reason](std::function<void(int)> finish) {
        engine->disableConsumerKeys(user, reason, [this, finish, user](Result<int> r) {
            if (!r)
                return finish(failed(r.errorMessage()));
            m_out << tr("%1 keys of %2 disabled.").arg(*r).arg(user) << '\n';
            m_out.flush();
            finish(Success);
        });
    });
}

} // namespace keyturn
