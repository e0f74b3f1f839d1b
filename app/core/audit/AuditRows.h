#pragma once

#include "../Result.h"
#include "AuditEvent.h"

#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace keyturn {

class Database;

/// The columns every audit read selects, in the order AuditRows expects them.
const char *auditEventColumns();

/// Reads audit rows one at a time as byte views: straight from SQLite's statement when the workspace is SQLite (no
/// QVariant, no QString per value), through QSqlQuery otherwise. The query must select auditEventColumns() first.
/// For the core's audit code; callers outside it use AuditQuery.
class AuditRows
{
public:
    AuditRows(const Database &db, const QString &sql, const QVariantList &binds = {});
    ~AuditRows();
    AuditRows(const AuditRows &) = delete;
    AuditRows &operator=(const AuditRows &) = delete;

    /// Whether the statement ran; after next() returned false, whether every row was read.
    Result<void> status() const { return m_status; }
    /// Moves to the next row: true while there is one.
    bool next();
    const AuditEventView &view() const { return m_view; }
    AuditEvent event() const { return toAuditEvent(m_view); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
    Result<void> m_status;
    AuditEventView m_view;
    QByteArray m_copies[9]; // the QSqlQuery path's values
};

} // namespace keyturn
