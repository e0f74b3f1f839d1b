// keyturnctl alerts list [--all] | alerts ack ID [--note TEXT]: the monitoring rules' alerts, recomputed first.
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/audit/AuditEvent.h"
#include "core/monitoring/AlertCenter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}
} // namespace

int CliApp::cmdAlerts(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(0);
    const bool list = sub == QLatin1String("list") &&
                      (args.size() == 1 || (args.size() == 2 && args.at(1) == QLatin1String("--all")));
    const bool ack = sub == QLatin1String("ack") &&
                     (args.size() == 2 || (args.size() == 4 && args.at(2) == QLatin1String("--note")));
    if (!list && !ack)
        return usageError(tr("alerts list [--all] | alerts ack ID [--note TEXT]"), QStringLiteral("alerts"));
    qint64 id = 0;
    if (ack) {
        bool ok = false;
        id = args.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("'%1' is not an alert id").arg(args.at(1)), QStringLiteral("alerts"));
    }
    auto ws = openExisting(g);
    if (!ws)
        return Failed;
    AlertCenter center(ws->store());
    if (ack) {
        if (auto r = center.acknowledge(id, args.value(3)); !r)
            return failed(r.errorMessage());
        m_out << tr("Alert %1 acknowledged by %2.").arg(id).arg(ws->actor()) << '\n';
        m_out.flush();
        return Success;
    }
    if (auto r = center.recompute(); !r)
        return failed(r.errorMessage());
    auto alerts = args.size() == 2 ? center.allAlerts() : center.openAlerts();
    if (!alerts)
        return failed(alerts.errorMessage());
    QJsonArray a;
    for (const Alert &x : *alerts) {
        if (g.json) {
            a.append(QJsonObject{
                {QStringLiteral("id"), double(x.id)},
                {QStringLiteral("severity"), x.severity},
                {QStringLiteral("kind"), x.kind},
                {QStringLiteral("credential"), x.credentialName},
                {QStringLiteral("run_id"), x.runId ? QJsonValue(double(x.runId)) : QJsonValue()},
                {QStringLiteral("message"), x.message},
                {QStringLiteral("raised_at"), isoUtc(x.raisedAt)},
                {QStringLiteral("acknowledged_by"), x.acknowledged() ? QJsonValue(x.acknowledgedBy) : QJsonValue()},
                {QStringLiteral("acknowledged_at"),
                 x.acknowledged() ? QJsonValue(isoUtc(x.acknowledgedAt)) : QJsonValue()},
                {QStringLiteral("resolved_at"),
                 x.resolvedAt.isValid() ? QJsonValue(isoUtc(x.resolvedAt)) : QJsonValue()}});
        } else {
            m_out << QString::number(x.id).leftJustified(6) << x.severity.leftJustified(9)
                  << isoUtc(x.raisedAt).left(16) << ' '
                  << (x.acknowledged() ? QStringLiteral("ack ") : QStringLiteral("    ")) << x.message << '\n';
        }
    }
    if (g.json)
        m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
    else if (alerts->isEmpty())
        m_out << tr("No alerts.") << '\n';
    m_out.flush();
    return Success;
}

} // namespace keyturn
