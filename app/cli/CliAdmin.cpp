// keyturnctl admin init-roles | admin whoami: the roles of a team workspace (PostgreSQL).
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/store/Database.h"
#include "core/store/TeamRoles.h"

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

int CliApp::cmdAdmin(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("init-roles") && sub != QLatin1String("whoami")))
        return usageError(tr("admin init-roles | admin whoami"), QStringLiteral("admin"));
    if (!Database::isServerLocation(g.workspace))
        return usageError(tr("admin %1 is for a team workspace: name it with --database postgresql://…; a workspace "
                             "file is one person's and has no roles")
                              .arg(sub),
                          QStringLiteral("admin"));
    auto ws = openExisting(g);
    if (!ws)
        return Failed;
    Database &db = ws->database();
    if (sub == QLatin1String("init-roles")) {
        auto made = initTeamRoles(db);
        if (!made)
            return failed(made.errorMessage());
        if (g.json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("workspace"), db.location()},
                                               {QStringLiteral("roles"), QJsonArray::fromStringList(*made)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out << tr("Roles ready in %1: %2.").arg(db.location(), made->join(QStringLiteral(", "))) << '\n'
                  << tr("Grant them to people, e.g.: GRANT keyturn_engineer TO alice;") << '\n';
        }
        m_out.flush();
        return Success;
    }
    auto roles = TeamRoles::of(db);
    if (!roles)
        return failed(roles.errorMessage());
    if (g.json) {
        QJsonArray names;
        for (const auto &[name, held] : {std::pair{"auditor", roles->auditor}, std::pair{"engineer", roles->engineer},
                                         std::pair{"admin", roles->admin}, std::pair{"owner", roles->superuser}}) {
            if (held)
                names.append(QString::fromLatin1(name));
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("user"), roles->user},
                                           {QStringLiteral("roles"), names},
                                           {QStringLiteral("may_review_notices"), roles->mayReviewNotices()},
                                           {QStringLiteral("may_rotate"), roles->mayRotate()},
                                           {QStringLiteral("may_edit_inventory"), roles->mayEditInventory()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << tr("%1 in %2: %3").arg(roles->user, db.location(), roles->describe()) << '\n';
    }
    m_out.flush();
    return Success;
}

} // namespace keyturn
