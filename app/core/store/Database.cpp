#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

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

/// PostgreSQL's own sentence without its "ERROR:" prefix and the "(42501) QPSQL: Unable to …" trailer.
QString plainServerMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    const int cut = text.indexOf(QLatin1String("\n"));
    if (cut > 0)
        text.truncate(cut);
    return text.isEmpty() ? error.driverText().trimmed() : text;
}

QString driverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}
QMutex &passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

/// The libpq connection keywords an address may carry in its query (?sslmode=require&connect_timeout=5).
const QStringList &allowedServerOptions()
{
    static const QStringList keys = {QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
                                     QStringLiteral("passfile"),         QStringLiteral("host"),
                                     QStringLiteral("options")};
    return keys;
}
} // namespace

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://"));
}

void Database::rememberPassword(const QString &location, const QString &password)
{
    // the key is the address as open() writes it (QUrl's normal form), however it was typed
    const QUrl url(location, QUrl::StrictMode);
    const QString key = url.isValid() ? url.toString(QUrl::RemovePassword) : location;
    QMutexLocker lock(&passwordMutex());
    if (password.isEmpty())
        rememberedPasswords().remove(key);
    else
        rememberedPasswords().insert(key, password);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &location, const Options &options)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("the address");
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error{tr("'%1' is not a PostgreSQL address; write postgresql://user@host:5432/database.")
                         .arg(location.section(QLatin1Char('@'), -1))};
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password")))
        return Error{tr("The address of the team workspace carries a password. Keyturn does not take one there: it "
                        "would show in process lists, shell history and logs. Put it in PGPASSWORD or ~/.pgpass, or "
                        "let the GUI keep it in the keychain. Nothing was opened.")};
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return Error{tr("%1 names no database; write postgresql://user@host:5432/database.").arg(shown)};
    QStringList connectOptions;
    bool timeoutGiven = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedServerOptions().contains(key))
            return Error{tr("%1: unknown connection option '%2'; Keyturn passes on %3. Nothing was opened.")
                             .arg(shown, key, allowedServerOptions().join(QStringLiteral(", ")))};
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
            return Error{tr("%1: the value of '%2' may not contain spaces, quotes or semicolons.").arg(shown, key)};
        connectOptions << key + QLatin1Char('=') + value;
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        connectOptions << QStringLiteral("connect_timeout=10");
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        connectOptions << QStringLiteral("application_name=keyturn");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.")};

    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_location = shown;
    db->m_backend = Backend::Postgres;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        conn.setHostName(url.host());
        if (url.port() > 0)
            conn.setPort(url.port());
        conn.setUserName(url.userName(QUrl::FullyDecoded));
        conn.setDatabaseName(database);
        conn.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        QString password = options.password;
        if (password.isEmpty()) {
            QMutexLocker lock(&passwordMutex());
            password = rememberedPasswords().value(shown);
        }
        if (!password.isEmpty())
            conn.setPassword(password);
        if (!conn.open())
            return Error{tr("Cannot connect to the team workspace %1: %2").arg(shown, driverMessage(conn.lastError()))};
    }
    QSqlQuery who = db->query();
    if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next())
        return Error{tr("Cannot connect to the team workspace %1: %2").arg(shown, driverMessage(who.lastError()))};
    db->m_serverUser = who.value(0).toString();
    if (auto r = db->migrate(options.targetVersion, options.createIfMissing); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (isServerLocation(location))
        return openPostgres(location, options);
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
    if (auto r = db->migrate(options.targetVersion, true); !r)
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
    // SQLite steps through rows as they are read. On PostgreSQL a forward-only query streams in libpq's single-row
    // mode, where any other statement on the connection cuts it short: there the whole result is fetched at once,
    // so code may query again while it walks rows (the audit log's readers stream on purpose: AuditRows).
    q.setForwardOnly(m_backend == Backend::Sqlite);
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
        return failureOf(query);
    return {};
}

Error Database::failureOf(const QSqlQuery &query)
{
    if (isPermissionDenied(query)) {
        // the team workspace's roles decide: say so in words, not as a driver error
        return Error{tr("Your database role does not allow this: %1. Ask an administrator of the team workspace for "
                        "the Keyturn role it needs. Nothing was changed.")
                         .arg(plainServerMessage(query.lastError()))};
    }
    return Error{tr("database error: %1").arg(driverMessage(query.lastError()))};
}

bool Database::isUniqueViolation(const QSqlQuery &query)
{
    const QString code = query.lastError().nativeErrorCode();
    // PostgreSQL: SQLSTATE 23505; SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) or _PRIMARYKEY (1555)
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555");
}

bool Database::isPermissionDenied(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode() == QLatin1String("42501");
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q = query();
    if (m_backend == Backend::Postgres) {
        // Qt's PostgreSQL driver prepares with PREPARE … AS, which takes no DDL: a statement without values runs as is
        if (!q.exec(sql))
            return failureOf(q);
        return {};
    }
    if (!q.prepare(sql))
        return Error{tr("database error: %1").arg(driverMessage(q.lastError()))};
    return exec(q);
}

Result<void> Database::begin()
{
    if (m_depth == 0) {
        m_rollbackOnly = false;
        // SQLite: IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred transaction
        // that reads and then writes would fail at once with "database is locked" when another process wrote in
        // between. PostgreSQL locks rows as they are written (and the audit head row before an append).
        if (auto r = exec(m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
            !r)
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

Result<void> Database::migrate(int targetVersion, bool createIfMissing)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;

    // Two clients opening a new team workspace at once: one migrates, the other waits and finds it done.
    struct MigrationLock
    {
        Database *db = nullptr;
        ~MigrationLock()
        {
            if (db)
                (void)db->exec(QStringLiteral("SELECT pg_advisory_unlock(7401)"));
        }
    } lock;
    if (m_backend == Backend::Postgres) {
        if (auto r = exec(QStringLiteral("SELECT pg_advisory_lock(7401)")); !r)
            return r;
        lock.db = this;
    }

    const QStringList tables = connection().tables();
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        if (!tables.isEmpty()) {
            return Error{m_backend == Backend::Sqlite
                             ? tr("%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations "
                                  "table). It was left unchanged.")
                                   .arg(m_location)
                             : tr("The database %1 holds other tables but no Keyturn workspace (no schema_migrations "
                                  "table). It was left unchanged; use an empty database for Keyturn.")
                                   .arg(m_location)};
        }
        if (!createIfMissing)
            return Error{tr("The database %1 holds no Keyturn workspace yet; create it with "
                            "'keyturnctl --database %1 init'. Nothing was changed.")
                             .arg(m_location)};
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
