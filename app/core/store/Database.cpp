#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("keyturn-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString driverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://")))
        return Error{tr("PostgreSQL workspaces are not supported by this build yet; use a SQLite workspace file.")};
    if (location.trimmed().isEmpty())
        return Error{tr("No workspace given: name a workspace file.")};

    const QFileInfo file(location);
    if (file.exists() && file.isDir())
        return Error{tr("%1 is a folder, not a workspace file.").arg(location)};
    if (!file.exists()) {
        if (!options.createIfMissing)
            return Error{
                tr("There is no workspace at %1; create one with 'keyturnctl --workspace %1 init'.").arg(location)};
        if (!QDir().mkpath(file.absolutePath()))
            return Error{tr("Cannot create the folder %1 for the workspace.").arg(file.absolutePath())};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("Qt's SQLite driver (QSQLITE) is not installed.")};

    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_location = file.absoluteFilePath();
    db->m_backend = Backend::Sqlite;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_location);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            return Error{tr("Cannot open the workspace %1: %2").arg(location, driverMessage(conn.lastError()))};
    }
    // The first statement is where SQLite finds out whether the file is a database at all.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r) {
            return Error{
                tr("%1 is not a Keyturn workspace (not a readable SQLite database: %2). It was left unchanged.")
                    .arg(location, r.errorMessage())};
        }
    }
    if (auto r = db->migrate(options.targetVersion); !r)
        return r.error();
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen()) {
            if (m_depth > 0) {
                QSqlQuery rollback(conn);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

QSqlQuery Database::query() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    return q;
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_backend != Backend::Sqlite)
        return nullptr;
    // QSqlDriver::handle() carries the driver's own connection, typed "sqlite3*" by the SQLite driver.
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return Error{tr("database error: %1").arg(driverMessage(query.lastError()))};
    return {};
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q = query();
    if (!q.prepare(sql))
        return Error{tr("database error: %1").arg(driverMessage(q.lastError()))};
    return exec(q);
}

Result<void> Database::begin()
{
    if (m_depth == 0) {
        m_rollbackOnly = false;
        // IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred transaction that reads
        // and then writes would fail at once with "database is locked" when another process wrote in between.
        if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return Error{tr("cannot start a transaction: %1").arg(r.errorMessage())};
    }
    ++m_depth;
    return {};
}

Result<void> Database::commit()
{
    if (m_depth == 0)
        return Error{tr("commit without a transaction")};
    if (--m_depth > 0)
        return {};
    if (m_rollbackOnly) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return Error{tr("an earlier step of this change failed, so none of it was saved")};
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return Error{tr("cannot save the change: %1").arg(r.errorMessage())};
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true; // an inner scope failed: the outer commit must not save half a change
        return;
    }
    (void)exec(QStringLiteral("ROLLBACK"));
}

Result<void> Database::migrate(int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;

    const QStringList tables = connection().tables();
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        if (!tables.isEmpty()) {
            return Error{tr("%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations table). "
                            "It was left unchanged.")
                             .arg(m_location)};
        }
        if (auto r = exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                         " description TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
            !r)
            return r;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (auto r = exec(q); !r)
        return r;
    m_schemaVersion = q.next() ? q.value(0).toInt() : 0;
    if (m_schemaVersion > latest) {
        return Error{tr("The workspace %1 was written by a newer Keyturn (schema %2; this build knows up to %3). "
                        "It was left unchanged.")
                         .arg(m_location)
                         .arg(m_schemaVersion)
                         .arg(latest)};
    }
    for (const Migration &m : allMigrations()) {
        if (m.version <= m_schemaVersion || m.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.status())
            return tx.status();
        for (const QString &sql : migrationStatements(m, m_backend)) {
            if (auto r = exec(sql); !r) {
                return Error{tr("Migrating the workspace to schema %1 failed (%2); it was left at schema %3.")
                                 .arg(m.version)
                                 .arg(r.errorMessage())
                                 .arg(m_schemaVersion)};
            }
        }
        QSqlQuery record = query();
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                      " VALUES (?, ?, ?)"));
        bind(record, m.version);
        bind(record, QString::fromUtf8(m.description));
        bind(record, QDateTime::currentMSecsSinceEpoch());
        if (auto r = exec(record); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        m_schemaVersion = m.version;
    }
    return {};
}

Transaction::Transaction(Database &db) : m_db(db), m_status(db.begin())
{
    m_done = !m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Result<void>(Error{QStringLiteral("transaction already finished")}) : m_status;
    m_done = true;
    return m_db.commit();
}

} // namespace keyturn
