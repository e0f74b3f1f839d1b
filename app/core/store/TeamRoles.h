#pragma once

#include "../Result.h"

#include <QString>
#include <QStringList>

namespace keyturn {

class Database;

/// What the signed-in person may do in a workspace. A SQLite workspace is one person's file: everything. In a team
/// workspace (PostgreSQL) it is what the database user's roles allow; the database enforces it, and the GUI and CLI
/// use this only to hide or disable what would be refused anyway.
struct TeamRoles
{
    bool team = false;      ///< a PostgreSQL workspace
    QString user;           ///< the database user (team mode's acting identity)
    bool auditor = false;   ///< keyturn_auditor: reads
    bool engineer = false;  ///< keyturn_engineer: approves, edits, rejects and sends notices
    bool admin = false;     ///< keyturn_admin: rotates, revokes, keeps policies and the inventory
    bool superuser = false; ///< the database's superuser (or the workspace's owner before roles exist)

    bool mayReviewNotices() const { return !team || superuser || engineer; }
    bool mayRotate() const { return !team || superuser || admin; }
    bool mayEditInventory() const { return !team || superuser || admin; }
    /// Writes anything at all (audit records of verifications, alert checks).
    bool mayWrite() const { return !team || superuser || engineer || admin; }
    /// "keyturn_admin, keyturn_engineer" or "no Keyturn role".
    QString describe() const;

    /// The roles of the connection's user; everything for a SQLite workspace.
    static Result<TeamRoles> of(const Database &db);
};

/// The group roles, their grants and the approval rule, created or brought up to date in a team workspace
/// (`keyturnctl admin init-roles`). Needs the database owner or a superuser; run again after an upgrade.
/// The approval rule is a trigger: only keyturn_engineer members approve, never as someone else, never a notice
/// they drafted or last edited, and never one drafted for a rotation they started.
Result<QStringList> initTeamRoles(Database &db);

} // namespace keyturn
