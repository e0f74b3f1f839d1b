// keyturnctl's notice commands: notices list|show|approve|reject|edit|cancel|retry|confirm|send|templates|configure,
// and campaigns list|show.
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/audit/AuditEvent.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeSender.h"
#include "core/notices/NoticeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}

QJsonValue isoOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(isoUtc(when)) : QJsonValue();
}

QJsonObject noticeJson(const NoticeRecord &n)
{
    return QJsonObject{{QStringLiteral("id"), double(n.id)},
                       {QStringLiteral("state"), n.state},
                       {QStringLiteral("kind"), n.kind},
                       {QStringLiteral("urgent"), n.urgent},
                       {QStringLiteral("consumer"), n.consumerName},
                       {QStringLiteral("recipient"), n.recipient},
                       {QStringLiteral("credential"), n.credentialName},
                       {QStringLiteral("campaign"), n.campaignId ? QJsonValue(n.campaignName) : QJsonValue()},
                       {QStringLiteral("campaign_id"), n.campaignId ? QJsonValue(double(n.campaignId)) : QJsonValue()},
                       {QStringLiteral("run_id"), n.runId ? QJsonValue(double(n.runId)) : QJsonValue()},
                       {QStringLiteral("subject"), n.subject},
                       {QStringLiteral("send_at"), isoOrNull(n.sendAt)},
                       {QStringLiteral("sent_at"), isoOrNull(n.sentAt)},
                       {QStringLiteral("deadline_at"), isoOrNull(n.deadlineAt)},
                       {QStringLiteral("reminder_days"), n.reminderDays},
                       {QStringLiteral("template"), n.templateName},
                       {QStringLiteral("template_version"), n.templateVersion},
                       {QStringLiteral("drafted_by"), n.draftedBy},
                       {QStringLiteral("last_edited_by"), n.lastEditedBy},
                       {QStringLiteral("approved_by"), n.approvedBy},
                       {QStringLiteral("rejection_reason"), n.rejectionReason},
                       {QStringLiteral("message_id"), n.messageId},
                       {QStringLiteral("transport_id"), n.transportId},
                       {QStringLiteral("attempts"), n.attempts},
                       {QStringLiteral("last_error"), n.lastError}};
}

QString pad(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + QStringLiteral("… ") : text.leftJustified(width);
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray bytes = f.read(1024 * 1024 + 1);
    if (bytes.size() > 1024 * 1024) {
        *error = tr("%1 is larger than 1 MiB; a notice body is not").arg(path);
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = tr("%1 is not valid UTF-8").arg(path);
        return {};
    }
    return text;
}
} // namespace

int CliApp::cmdNotices(const Globals &g, const QStringList &argsIn)
{
    const QString sub = argsIn.value(0);
    const QStringList args = argsIn.mid(1);
    // Options of every subcommand, parsed before anything is opened: a typo changes nothing.
    QStringList positional;
    QMap<QString, QString> opts;
    static const QStringList valued = {QStringLiteral("--state"),   QStringLiteral("--campaign"),
                                       QStringLiteral("--reason"),  QStringLiteral("--note"),
                                       QStringLiteral("--subject"), QStringLiteral("--body-file"),
                                       QStringLiteral("--file"),    QStringLiteral("--contact"),
                                       QStringLiteral("--api-url"), QStringLiteral("--dashboard-url")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            const int eq = a.indexOf(QLatin1Char('='));
            const QString name = eq > 0 ? a.left(eq) : a;
            if (!valued.contains(name))
                return usageError(tr("unknown option '%1' for notices %2").arg(a, sub), QStringLiteral("notices"));
            if (eq > 0)
                opts.insert(name, a.mid(eq + 1));
            else if (i + 1 < args.size())
                opts.insert(name, args.at(++i));
            else
                return usageError(tr("%1 needs a value").arg(name), QStringLiteral("notices"));
        } else {
            positional << a;
        }
    }
    auto ids = [&]() -> std::optional<QList<qint64>> {
        QList<qint64> out;
        for (const QString &p : positional) {
            auto id = parseId(p);
            if (!id)
                return std::nullopt;
            out << *id;
        }
        return out;
    };

    if (sub == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usageError(tr("notices list takes no arguments, got '%1'").arg(positional.join(QLatin1Char(' '))),
                              QStringLiteral("notices"));
        NoticeFilter filter;
        if (opts.contains(QStringLiteral("--state"))) {
            for (const QString &s : opts.value(QStringLiteral("--state")).split(QLatin1Char(','))) {
                if (!NoticeState::isValid(s))
                    return usageError(
                        tr("--state is one of %1, not '%2'").arg(NoticeState::all().join(QStringLiteral(", ")), s),
                        QStringLiteral("notices"));
                filter.states << s;
            }
        }
        if (opts.contains(QStringLiteral("--campaign"))) {
            auto id = parseId(opts.value(QStringLiteral("--campaign")));
            if (!id)
                return usageError(tr("--campaign wants a campaign id"), QStringLiteral("notices"));
            filter.campaignId = *id;
        }
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto list = ws->notices().notices(filter);
        if (!list)
            return failed(list.errorMessage());
        if (g.json) {
            QJsonArray a;
            for (const NoticeRecord &n : *list)
                a.append(noticeJson(n));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (list->isEmpty()) {
            m_out << tr("No notices.") << '\n';
        } else {
            m_out << pad(tr("ID"), 6) << pad(tr("STATE"), 10) << pad(tr("KIND"), 11) << pad(tr("CONSUMER"), 22)
                  << pad(tr("SEND AT (UTC)"), 18) << tr("SUBJECT") << '\n';
            for (const NoticeRecord &n : *list) {
                m_out << pad(QString::number(n.id), 6) << pad(n.state, 10)
                      << pad(n.kind + (n.urgent ? QStringLiteral("!") : QString()), 11) << pad(n.consumerName, 22)
                      << pad(n.sendAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), 18) << n.subject << '\n';
            }
        }
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("show")) {
        auto list = ids();
        if (!list || list->size() != 1)
            return usageError(tr("notices show needs one notice ID"), QStringLiteral("notices"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto n = ws->notices().notice(list->first());
        if (!n)
            return failed(n.errorMessage());
        auto events = ws->notices().events(n->id);
        auto rendered = NoticeTemplates::render(n->bodyMarkdown);
        if (g.json) {
            QJsonObject o = noticeJson(*n);
            o.insert(QStringLiteral("body_markdown"), n->bodyMarkdown);
            if (rendered) {
                o.insert(QStringLiteral("text_body"), rendered->text);
                o.insert(QStringLiteral("html_body"), rendered->html);
            }
            QJsonArray history;
            for (const NoticeEvent &e : events.valueOr({})) {
                history.append(QJsonObject{{QStringLiteral("at"), isoUtc(e.at)},
                                           {QStringLiteral("actor"), e.actor},
                                           {QStringLiteral("action"), e.action},
                                           {QStringLiteral("from_state"), e.fromState},
                                           {QStringLiteral("to_state"), e.toState},
                                           {QStringLiteral("detail"), e.detail}});
            }
            o.insert(QStringLiteral("history"), history);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            m_out
                << tr("Notice %1 (%2, %3)").arg(n->id).arg(n->kind, n->state) << '\n'
                << tr("To:       %1 <%2>").arg(n->consumerName, n->recipient) << '\n'
                << tr("Subject:  %1").arg(n->subject) << '\n'
                << tr("Send at:  %1").arg(isoUtc(n->sendAt)) << '\n'
                << tr("Drafted:  by %1 from template %2 v%3").arg(n->draftedBy, n->templateName).arg(n->templateVersion)
                << '\n';
            if (!n->approvedBy.isEmpty())
                m_out << tr("Approved: by %1").arg(n->approvedBy) << '\n';
            if (!n->rejectionReason.isEmpty())
                m_out << tr("Rejected: %1").arg(n->rejectionReason) << '\n';
            if (!n->lastError.isEmpty())
                m_out << tr("Error:    %1").arg(n->lastError) << '\n';
            m_out << '\n'
                  << (rendered ? rendered->text : tr("(does not render: %1)").arg(rendered.errorMessage())) << '\n';
            m_out << tr("History:") << '\n';
            for (const NoticeEvent &e : events.valueOr({})) {
                m_out << "  " << isoUtc(e.at) << "  " << e.actor << "  " << e.action;
                if (!e.toState.isEmpty())
                    m_out << " → " << e.toState;
                if (!e.detail.isEmpty())
                    m_out << "\n    " << QString(e.detail).replace(QLatin1Char('\n'), QStringLiteral("\n    "));
                m_out << '\n';
            }
        }
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("approve")) {
        auto list = ids();
        if (!list || list->isEmpty())
            return usageError(tr("notices approve needs one or more notice IDs"), QStringLiteral("notices"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        if (auto r = ws->notices().approve(*list); !r)
            return failed(r.errorMessage());
        for (qint64 id : *list)
            m_out << tr("Notice %1 approved by %2.").arg(id).arg(ws->actor()) << '\n';
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("reject")) {
        auto list = ids();
        if (!list || list->size() != 1)
            return usageError(tr("notices reject needs one notice ID and --reason TEXT"), QStringLiteral("notices"));
        if (opts.value(QStringLiteral("--reason")).trimmed().isEmpty())
            return usageError(tr("notices reject needs --reason TEXT; the notice was left as it was"),
                              QStringLiteral("notices"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        if (auto r = ws->notices().reject(list->first(), opts.value(QStringLiteral("--reason"))); !r)
            return failed(r.errorMessage());
        m_out << tr("Notice %1 rejected; it is a draft again.").arg(list->first()) << '\n';
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("edit")) {
        auto list = ids();
        if (!list || list->size() != 1 ||
            (!opts.contains(QStringLiteral("--subject")) && !opts.contains(QStringLiteral("--body-file"))))
            return usageError(tr("notices edit needs one notice ID and --subject TEXT and/or --body-file FILE"),
                              QStringLiteral("notices"));
        QString body;
        if (opts.contains(QStringLiteral("--body-file"))) {
            QString error;
            body = readFile(opts.value(QStringLiteral("--body-file")), &error);
            if (!error.isEmpty())
                return usageError(tr("%1; the notice was left as it was").arg(error), QStringLiteral("notices"));
        }
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto n = ws->notices().notice(list->first());
        if (!n)
            return failed(n.errorMessage());
        const QString subject = opts.value(QStringLiteral("--subject"), n->subject);
        if (auto r = ws->notices().edit(n->id, n->rowVersion, subject,
                                        opts.contains(QStringLiteral("--body-file")) ? body : n->bodyMarkdown);
            !r)
            return failed(r.errorMessage());
        m_out << tr("Notice %1 edited; it waits for approval by someone other than you.").arg(n->id) << '\n';
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("cancel") || sub == QLatin1String("retry") || sub == QLatin1String("confirm")) {
        auto list = ids();
        if (!list || list->size() != 1)
            return usageError(tr("notices %1 needs one notice ID").arg(sub), QStringLiteral("notices"));
        const QString reason = opts.value(QStringLiteral("--reason"), opts.value(QStringLiteral("--note")));
        if (sub != QLatin1String("retry") && reason.trimmed().isEmpty())
            return usageError(sub == QLatin1String("cancel")
                                  ? tr("notices cancel needs --reason TEXT; the notice was left as it was")
                                  : tr("notices confirm needs --note TEXT (how you know it arrived); the notice was "
                                       "left as it was"),
                              QStringLiteral("notices"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        NoticeStore &store = ws->notices();
        const qint64 id = list->first();
        Result<void> r = sub == QLatin1String("cancel")  ? store.cancel(id, reason)
                         : sub == QLatin1String("retry") ? store.retry(id, reason)
                                                         : store.confirmDelivered(id, reason);
        if (!r)
            return failed(r.errorMessage());
        m_out << (sub == QLatin1String("cancel")  ? tr("Notice %1 cancelled.")
                  : sub == QLatin1String("retry") ? tr("Notice %1 will be sent again by the next 'notices send'.")
                                                  : tr("Notice %1 recorded as delivered."))
                     .arg(id)
              << '\n';
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("send")) {
        if (!positional.isEmpty())
            return usageError(tr("notices send takes no arguments: it sends every approved notice that is due"),
                              QStringLiteral("notices"));
        auto ws = openConnected(g);
        if (!ws)
            return Failed;
        return sendDueNotices(*ws, g, true);
    }

    if (sub == QLatin1String("templates")) {
        const QString what = positional.value(0);
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        NoticeStore &store = ws->notices();
        if (what == QLatin1String("list") || what.isEmpty()) {
            auto list = store.templates();
            if (!list)
                return failed(list.errorMessage());
            QJsonArray a;
            for (const NoticeTemplate &t : *list) {
                if (g.json)
                    a.append(QJsonObject{{QStringLiteral("name"), t.name},
                                         {QStringLiteral("version"), t.version},
                                         {QStringLiteral("subject"), t.subject},
                                         {QStringLiteral("created_by"), t.createdBy}});
                else
                    m_out << pad(t.name, 24) << pad(t.version ? tr("v%1").arg(t.version) : tr("built-in"), 10)
                          << t.subject << '\n';
            }
            if (g.json)
                m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            m_out.flush();
            return Success;
        }
        if (what == QLatin1String("show") && positional.size() == 2) {
            auto t = store.activeTemplate(positional.at(1));
            if (!t)
                return failed(t.errorMessage());
            m_out << tr("Subject: %1").arg(t->subject) << "\n\n" << t->bodyMarkdown << '\n';
            m_out.flush();
            return Success;
        }
        if (what == QLatin1String("set") && positional.size() == 2 && opts.contains(QStringLiteral("--file"))) {
            QString error;
            const QString body = readFile(opts.value(QStringLiteral("--file")), &error);
            if (!error.isEmpty())
                return usageError(tr("%1; the template was left as it was").arg(error), QStringLiteral("notices"));
            auto current = store.activeTemplate(positional.at(1));
            const QString subject = opts.value(QStringLiteral("--subject"), current ? current->subject : QString());
            auto version = store.saveTemplate(positional.at(1), subject, body);
            if (!version)
                return failed(version.errorMessage());
            m_out << tr("Template %1 saved as version %2.").arg(positional.at(1)).arg(*version) << '\n';
            m_out.flush();
            return Success;
        }
        return usageError(tr("notices templates list | show NAME | set NAME --file FILE [--subject TEXT]"),
                          QStringLiteral("notices"));
    }

    if (sub == QLatin1String("configure")) {
        NoticeSettings s;
        s.contact = opts.value(QStringLiteral("--contact"));
        s.apiBaseUrl = opts.value(QStringLiteral("--api-url"));
        s.dashboardUrl = opts.value(QStringLiteral("--dashboard-url"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        if (!s.contact.isEmpty() || !s.apiBaseUrl.isEmpty() || !s.dashboardUrl.isEmpty()) {
            if (auto r = ws->campaignNotices().saveSettings(s); !r)
                return usageError(r.errorMessage(), QStringLiteral("notices"));
        }
        auto now = ws->campaignNotices().settings();
        if (!now)
            return failed(now.errorMessage());
        m_out << tr("Contact:       %1").arg(now->contact) << '\n'
              << tr("API base URL:  %1").arg(now->apiBaseUrl) << '\n'
              << tr("Dashboard URL: %1").arg(now->dashboardUrl) << '\n';
        m_out.flush();
        return Success;
    }

    return usageError(sub.isEmpty() ? tr("notices needs a subcommand: list, show, approve, reject, edit, cancel, "
                                         "retry, confirm, send, templates, configure")
                                    : tr("unknown notices subcommand '%1'").arg(sub),
                      QStringLiteral("notices"));
}

int CliApp::sendDueNotices(Workspace &ws, const Globals &g, bool report)
{
    NoticeSender *sender = ws.noticeSender();
    if (!sender)
        return failed(tr("the mail transport could not be set up; no notice was sent"));
    return runAsync([this, sender, &g, report](std::function<void(int)> finish) {
        sender->sendDue([this, finish, &g, report](Result<NoticeSender::Report> r) {
            if (!r)
                return finish(failed(r.errorMessage()));
            for (const QString &m : r->messages)
                m_err << "keyturnctl: " << m << '\n';
            if (report) {
                if (g.json)
                    m_out << QJsonDocument(QJsonObject{{QStringLiteral("sent"), r->sent},
                                                       {QStringLiteral("deferred"), r->deferred},
                                                       {QStringLiteral("failed"), r->failed},
                                                       {QStringLiteral("resolved"), r->resolved},
                                                       {QStringLiteral("surfaced"), r->surfaced}})
                                 .toJson(QJsonDocument::Compact)
                          << '\n';
                else
                    m_out << tr("Notices sent: %1, to retry later: %2, failed: %3, interrupted sends settled: %4, "
                                "handed to you: %5")
                                 .arg(r->sent)
                                 .arg(r->deferred)
                                 .arg(r->failed)
                                 .arg(r->resolved)
                                 .arg(r->surfaced)
                          << '\n';
            } else if (r->sent + r->resolved > 0 && !g.json) {
                m_out << tr("Notices sent: %1").arg(r->sent + r->resolved) << '\n';
            }
            m_out.flush();
            m_err.flush();
            finish(r->failed + r->surfaced > 0 ? Failed : Success);
        });
    });
}

int CliApp::cmdCampaigns(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("show"))
        return usageError(tr("campaigns list | campaigns show ID"), QStringLiteral("campaigns"));
    std::optional<qint64> id;
    if (sub == QLatin1String("show")) {
        id = parseId(args.value(1));
        if (!id || args.size() != 2)
            return usageError(tr("campaigns show needs one campaign ID"), QStringLiteral("campaigns"));
    } else if (args.size() != 1) {
        return usageError(tr("campaigns list takes no arguments"), QStringLiteral("campaigns"));
    }
    auto ws = openExisting(g);
    if (!ws)
        return Failed;
    auto campaigns = ws->notices().campaigns();
    if (!campaigns)
        return failed(campaigns.errorMessage());
    auto status = ws->campaignNotices().migrationStatus(id.value_or(0));
    if (!status)
        return failed(status.errorMessage());
    QJsonArray out;
    for (const CampaignRecord &c : *campaigns) {
        if (id && c.id != *id)
            continue;
        QJsonArray consumers;
        QMap<QString, int> counts;
        for (const ConsumerMigration &m : *status) {
            if (m.campaignId != c.id)
                continue;
            counts[m.state] += 1;
            consumers.append(QJsonObject{{QStringLiteral("consumer"), m.consumer},
                                         {QStringLiteral("credential"), m.credential},
                                         {QStringLiteral("run_id"), double(m.runId)},
                                         {QStringLiteral("state"), m.state},
                                         {QStringLiteral("run_state"), m.runState},
                                         {QStringLiteral("deadline_at"), isoOrNull(m.deadlineAt)},
                                         {QStringLiteral("notices_sent"), m.noticesSent},
                                         {QStringLiteral("notices_waiting"), m.noticesWaiting},
                                         {QStringLiteral("last_notice_at"), isoOrNull(m.lastNoticeAt)}});
        }
        if (g.json) {
            QJsonObject summary;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                summary.insert(it.key(), it.value());
            out.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("state"), c.state},
                                   {QStringLiteral("deadline_at"), isoOrNull(c.deadlineAt)},
                                   {QStringLiteral("policy"), c.policy},
                                   {QStringLiteral("emergency"), c.emergency},
                                   {QStringLiteral("created_by"), c.createdBy},
                                   {QStringLiteral("summary"), summary},
                                   {QStringLiteral("consumers"), consumers}});
            continue;
        }
        QStringList parts;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        m_out << tr("Campaign %1: %2 (%3), deadline %4, policy %5; %6")
                     .arg(c.id)
                     .arg(c.name, c.state, isoUtc(c.deadlineAt), c.policy, parts.join(QStringLiteral(", ")))
              << '\n';
        if (id) {
            for (const QJsonValue &v : consumers) {
                const QJsonObject o = v.toObject();
                m_out << "  " << pad(o.value(QStringLiteral("consumer")).toString(), 22)
                      << pad(o.value(QStringLiteral("state")).toString(), 12)
                      << pad(o.value(QStringLiteral("credential")).toString(), 28)
                      << tr("run %1, %2 sent, %3 waiting")
                             .arg(o.value(QStringLiteral("run_id")).toInt())
                             .arg(o.value(QStringLiteral("notices_sent")).toInt())
                             .arg(o.value(QStringLiteral("notices_waiting")).toInt())
                      << '\n';
            }
        }
    }
    if (g.json)
        m_out << QJsonDocument(id && !out.isEmpty() ? QJsonDocument(out.first().toObject()) : QJsonDocument(out))
                     .toJson(QJsonDocument::Indented);
    else if (campaigns->isEmpty())
        m_out << tr("No campaigns.") << '\n';
    m_out.flush();
    if (id && out.isEmpty() && g.json)
        return failed(tr("there is no campaign %1").arg(*id));
    return Success;
}

} // namespace keyturn
