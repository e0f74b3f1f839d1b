#pragma once

#include "../Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace keyturn {

/// One open workspace database. SQLite (WAL, foreign keys on) is the embedded default; the SQL the store writes
/// stays within what PostgreSQL also speaks, and dialect differences are confined to this class and Migrations.
class Database
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    struct Options
    {
        /// Migrate only up to this schema version (tests of upgrades); -1 means the latest.
        int targetVersion = -1;
        /// Create the file (or, on PostgreSQL, the schema in an empty database) when there is none. Commands that
        /// only read refuse to invent a workspace.
        bool createIfMissing = true;
        /// PostgreSQL: a password from the keychain, kept in this process's memory only (see rememberPassword()).
        /// Empty: libpq's own PGPASSWORD or ~/.pgpass (PGPASSFILE) apply.
        QString password;
    };

    /// Opens (creating if allowed) and migrates the workspace at `location`: a SQLite file path, or a team
    /// workspace's address, postgresql://user@host:port/database[?sslmode=…]. An address never carries a password.
    /// On failure nothing was changed, and the message says why.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, Options{}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }
    /// Where the workspace lives: an absolute path, or the team workspace's address (never with a password).
    /// Opening it again (another thread's connection) reaches the same workspace.
    QString location() const { return m_location; }
    /// Whether a location names a team workspace (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString &location);
    /// On PostgreSQL, the database user this connection acts as (the team-mode identity); empty on SQLite.
    QString serverUser() const { return m_serverUser; }
    /// Keeps a team workspace's password (from the keychain) in this process's memory, so that connections opened
    /// later, on other threads, find it. Never written anywhere.
    static void rememberPassword(const QString &location, const QString &password);
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    /// A query on this connection (forward-only on SQLite; fully fetched on PostgreSQL, so that statements may run
    /// while its rows are walked).
    QSqlQuery query() const;
    /// The SQLite connection under the Qt driver, for the few reads of every row where QSqlQuery's QVariant per value
    /// costs more than the query (the inventory at 100,000 keys); nullptr on PostgreSQL. Use it on this thread only,
    /// and finalize every statement before returning.
    sqlite3 *sqliteHandle() const;
    /// Runs a prepared query, turning a driver error into a readable Error.
    static Result<void> exec(QSqlQuery &query);
    /// The query's last error as a readable Error (a refusal by the team workspace's roles in plain words).
    static Error failureOf(const QSqlQuery &query);
    /// Whether the query's last error was a UNIQUE (or primary key) violation, on either backend.
    static bool isUniqueViolation(const QSqlQuery &query);
    /// Whether the query's last error was the server refusing a privilege (PostgreSQL 42501: the role may not).
    static bool isPermissionDenied(const QSqlQuery &query);
    /// Prepares and runs one statement.
    Result<void> exec(const QString &sql);

    // Transactions nest: only the outermost begin/commit reaches the database.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openPostgres(const QString &location, const Options &options);
    Result<void> migrate(int targetVersion, bool createIfMissing);

    QString m_connectionName;
    QString m_location;
    QString m_serverUser;
    Backend m_backend = Backend::Sqlite;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

/// Binds the next positional value. A null QString binds as '' (the schema's NOT NULL text columns), not NULL.
inline void bind(QSqlQuery &query, const QString &text)
{
    query.addBindValue(text.isNull() ? QStringLiteral("") : text);
}
inline void bind(QSqlQuery &query, const QVariant &value)
{
    query.addBindValue(value);
}
inline void bind(QSqlQuery &query, qint64 value)
{
    query.addBindValue(value);
}
inline void bind(QSqlQuery &query, int value)
{
    query.addBindValue(value);
}

/// A time as the schema stores it (BIGINT ms since the epoch, UTC), or SQL NULL for an invalid time.
inline QVariant msOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
/// A stored time back as UTC; an invalid QDateTime for NULL.
inline QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// Scope guard: begins a transaction, rolls it back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether begin succeeded; check before writing.
    Result<void> status() const { return m_status; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_status;
    bool m_done = false;
};

} // namespace keyturn
