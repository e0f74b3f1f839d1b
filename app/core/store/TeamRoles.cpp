#include "TeamRoles.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::TeamRoles", text);
}

// The approval rule, in the database: whoever's client it is, an approval must come from a security engineer,
// name that engineer as the approver, and not be their own notice or one drafted for a rotation they started.
const char *const kApprovalGuard = R"sql(
CREATE OR REPLACE FUNCTION keyturn_guard_approval() RETURNS trigger LANGUAGE plpgsql AS $guard$
DECLARE
    starter TEXT;
BEGIN
    IF NOT pg_has_role(session_user, 'keyturn_engineer', 'MEMBER') THEN
        RAISE EXCEPTION 'only a security engineer (role keyturn_engineer) may approve notices; % is not one',
            session_user USING ERRCODE = '42501';
    END IF;
    IF lower(NEW.approved_by) <> lower(session_user) THEN
        RAISE EXCEPTION 'an approval names the database user who gives it (%), not %', session_user, NEW.approved_by
            USING ERRCODE = '42501';
    END IF;
    IF lower(NEW.drafted_by) = lower(session_user) OR lower(NEW.last_edited_by) = lower(session_user) THEN
        RAISE EXCEPTION 'four eyes: % drafted or last edited notice %, so someone else must approve it',
            session_user, NEW.id USING ERRCODE = '42501';
    END IF;
    IF NEW.run_id IS NOT NULL THEN
        SELECT started_by INTO starter FROM rotation_runs WHERE id = NEW.run_id;
        IF lower(starter) = lower(session_user) THEN
            RAISE EXCEPTION 'four eyes: notice % belongs to rotation run %, which % started; someone else must approve it',
                NEW.id, NEW.run_id, session_user USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$guard$)sql";

const char *const kApprovalTrigger =
    "CREATE OR REPLACE TRIGGER keyturn_guard_approval BEFORE UPDATE ON notices FOR EACH ROW"
    " WHEN (NEW.state = 'approved' AND OLD.state IS DISTINCT FROM 'approved')"
    " EXECUTE FUNCTION keyturn_guard_approval()";
} // namespace

QString TeamRoles::describe() const
{
    QStringList names;
    if (superuser)
        names << tr("owner");
    if (admin)
        names << QStringLiteral("keyturn_admin");
    if (engineer)
        names << QStringLiteral("keyturn_engineer");
    if (auditor)
        names << QStringLiteral("keyturn_auditor");
    return names.isEmpty() ? tr("no Keyturn role") : names.join(QStringLiteral(", "));
}

Result<TeamRoles> TeamRoles::of(const Database &db)
{
    TeamRoles roles;
    if (db.backend() != Database::Backend::Postgres)
        return roles;
    roles.team = true;
    roles.user = db.serverUser();
    QSqlQuery q = db.query();
    // a superuser, or the database's owner (who created the workspace, before or besides any role)
    q.prepare(QStringLiteral(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user),"
        " (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) = session_user"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.next())
        roles.superuser = q.value(0).toBool() || q.value(1).toBool();
    QSqlQuery member = db.query();
    member.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN"
                                  " ('keyturn_auditor', 'keyturn_engineer', 'keyturn_admin')"
                                  " AND pg_has_role(session_user, oid, 'MEMBER')"));
    if (auto r = Database::exec(member); !r)
        return r.error();
    while (member.next()) {
        const QString name = member.value(0).toString();
        roles.auditor = roles.auditor || name == QLatin1String("keyturn_auditor");
        roles.engineer = roles.engineer || name == QLatin1String("keyturn_engineer");
        roles.admin = roles.admin || name == QLatin1String("keyturn_admin");
    }
    return roles;
}

Result<QStringList> initTeamRoles(Database &db)
{
    if (db.backend() != Database::Backend::Postgres)
        return Error{tr("Roles belong to team workspaces (PostgreSQL); a workspace file is one person's.")};
    const QStringList statements = {
        // the group roles; people log in as themselves and are granted one or more of these
        QStringLiteral("DO $r$ BEGIN CREATE ROLE keyturn_auditor NOLOGIN;"
                       " EXCEPTION WHEN duplicate_object THEN NULL; END $r$"),
        QStringLiteral("DO $r$ BEGIN CREATE ROLE keyturn_engineer NOLOGIN;"
                       " EXCEPTION WHEN duplicate_object THEN NULL; END $r$"),
        QStringLiteral("DO $r$ BEGIN CREATE ROLE keyturn_admin NOLOGIN;"
                       " EXCEPTION WHEN duplicate_object THEN NULL; END $r$"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO keyturn_auditor, keyturn_engineer, keyturn_admin"),
        // everyone reads everything; tables a later migration adds are readable too
        QStringLiteral(
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO keyturn_auditor, keyturn_engineer, keyturn_admin"),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES"
                       " TO keyturn_auditor, keyturn_engineer, keyturn_admin"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO keyturn_engineer, keyturn_admin"),
        // whoever changes something writes its audit record and moves the head; nobody edits or deletes history
        QStringLiteral("GRANT INSERT ON audit_events TO keyturn_engineer, keyturn_admin"),
        QStringLiteral("GRANT UPDATE ON audit_head TO keyturn_engineer, keyturn_admin"),
        // engineers: the notices (review, edit, approve, reject, send), their templates, and alerts they acknowledge
        QStringLiteral("GRANT INSERT, UPDATE ON notices, notice_events, notice_templates TO keyturn_engineer"),
        QStringLiteral("GRANT INSERT, UPDATE ON alerts TO keyturn_engineer"),
        // administrators: the inventory, rotations, campaigns, connections and settings (approvals are the
        // engineers': the trigger below refuses anyone else)
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON credentials, key_versions, consumers, rotation_runs,"
                       " rotation_steps, rotation_locks, campaigns, alerts, settings TO keyturn_admin"),
        QStringLiteral("GRANT INSERT, UPDATE ON notices, notice_events, notice_templates TO keyturn_admin"),
        // the chain stays append-only whatever was granted before
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM keyturn_auditor, keyturn_engineer,"
                       " keyturn_admin"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM keyturn_auditor,"
                       " keyturn_engineer, keyturn_admin"),
        QString::fromUtf8(kApprovalGuard),
        QString::fromLatin1(kApprovalTrigger),
    };
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return Error{tr("Setting up the roles failed (%1); nothing was changed. It needs the database's owner "
                            "or a superuser.")
                             .arg(r.errorMessage())};
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return QStringList{QStringLiteral("keyturn_auditor"), QStringLiteral("keyturn_engineer"),
                       QStringLiteral("keyturn_admin")};
}

} // namespace keyturn
