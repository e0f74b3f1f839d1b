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
};

/// Every migration, in order. Never edit a released one: add the next number.
const QList<Migration> &allMigrations();

/// The statements of one migration as the backend must run them.
QStringList migrationStatements(const Migration &migration, Database::Backend backend);

} // namespace keyturn
