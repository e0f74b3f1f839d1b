#pragma once

#include <QStringList>

#include "Database.h"

namespace keyturn {

/// One numbered schema change. Statements are written once; `{PK}` stands for the backend's auto-increment key.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    /// Run only in a team workspace (PostgreSQL), after `statements`: what SQLite has no counterpart for.
    QStringList postgresStatements = {};
};

/// The channel a team workspace announces changes on (LISTEN/NOTIFY): payload "table:id:credential_id".
inline constexpr const char *kChangeChannel = "keyturn_changes";

/// Every migration, in order. Never edit a released one: add the next number.
const QList<Migration> &allMigrations();

/// The statements of one migration as the backend must run them.
QStringList migrationStatements(const Migration &migration, Database::Backend backend);

} // namespace keyturn
