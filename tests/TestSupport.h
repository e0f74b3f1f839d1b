#pragma once

#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace keyturn::test {

/// A fixed "now" for tests: 2026-11-24 12:00 UTC.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

/// Whether this run is a team-mode variant (ctest's *_pg tests): KEYTURN_TEST_PG_DIR names the state folder of the
/// PostgreSQL server the ctest fixture started (tests/pg/pg-test-server.sh), PGPASSFILE its password file.
inline bool testingOnPostgres()
{
    return qEnvironmentVariableIsSet("KEYTURN_TEST_PG_DIR");
}

/// The test server's superuser address (…/postgres).
inline QString testServerUrl()
{
    QFile file(qEnvironmentVariable("KEYTURN_TEST_PG_DIR") + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("KEYTURN_TEST_PG_DIR is set but %s cannot be read", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// Runs statements as the test server's superuser on its maintenance database.
inline void onTestServer(const QStringList &statements)
{
    // the maintenance database holds no workspace: a plain QSqlDatabase connection
    static int n = 0;
    const QString name = QStringLiteral("keyturn-test-admin-%1").arg(++n);
    {
        const QUrl url(testServerUrl());
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(url.host());
        conn.setPort(url.port());
        conn.setUserName(url.userName());
        conn.setDatabaseName(QStringLiteral("postgres"));
        if (!conn.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(conn.lastError().text()));
        for (const QString &sql : statements) {
            QSqlQuery q(conn);
            if (!q.exec(sql))
                qFatal("test server: %s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A login role on the test server (a superuser unless `superuser` is false), with the password the pgpass file
/// gives every user. Creating one that exists is fine (tests run side by side).
inline void ensureTestRole(const QString &name, bool superuser = true)
{
    const QString password = [] {
        QFile file(qEnvironmentVariable("KEYTURN_TEST_PG_DIR") + QStringLiteral("/pgpass"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the test server's pgpass file");
        return QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(':'), 4);
    }();
    onTestServer({QStringLiteral("DO $do$ BEGIN CREATE ROLE \"%1\" LOGIN %2 PASSWORD '%3';"
                                 " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$")
                      .arg(name, superuser ? QStringLiteral("SUPERUSER") : QStringLiteral("NOSUPERUSER"), password)});
}

/// A new, empty workspace location for a test: a file named `name` in `dir`; in a team-mode run, a new database on
/// the test server, reached as `actor` (a superuser role made for it; team mode acts as the database user).
inline QString newTestWorkspace(const QTemporaryDir &dir, const QString &name, const QString &actor = {})
{
    if (!testingOnPostgres())
        return dir.filePath(name);
    static int counter = 0;
    const QString database = QStringLiteral("kt_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++counter)
                                 .arg(QString(name).remove(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]"))).left(20))
                                 .toLower();
    onTestServer({QStringLiteral("CREATE DATABASE %1").arg(database)});
    const QUrl server(testServerUrl());
    QString user = server.userName();
    if (!actor.isEmpty()) {
        ensureTestRole(actor);
        user = actor;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)), server.host())
        .arg(server.port())
        .arg(database);
}

/// The same workspace reached as another person: on PostgreSQL as the database user `user` (a role made for it),
/// since team mode acts as the database user; a file is the same file.
inline QString withTestUser(const QString &location, const QString &user)
{
    if (!Database::isServerLocation(location))
        return location;
    ensureTestRole(user);
    QUrl url(location);
    url.setUserName(user);
    return url.toString();
}

/// A workspace database in a temporary folder with an audit log and a store, all on a manual clock.
struct StoreFixture
{
    QTemporaryDir dir;
    ManualClock clock{fixedNow()};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<WorkspaceStore> store;

    QString location;

    explicit StoreFixture(const QString &actor = QStringLiteral("alice"))
        : location(newTestWorkspace(dir, QStringLiteral("test.keyturn"), actor))
    {
        auto opened = Database::open(location);
        if (!opened)
            qFatal("cannot open test workspace: %s", qPrintable(opened.errorMessage()));
        db = std::move(opened.value());
        audit = std::make_unique<AuditLog>(*db, clock);
        store = std::make_unique<WorkspaceStore>(*db, *audit, clock, actor);
    }
    /// The workspace's location: a file path, or in a team-mode run the test database's address.
    QString path() const { return location; }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
};

inline Credential heldCredential(const QString &name, int intervalDays = 30)
{
    Credential c;
    c.name = name;
    c.kind = CredentialKind::Held;
    c.provider = QStringLiteral("Stripe");
    c.environment = QStringLiteral("production");
    c.owner = QStringLiteral("payments-team");
    c.usedBy = {QStringLiteral("payment-service"), QStringLiteral("billing-service")};
    c.vaultPath = QStringLiteral("secret/prod/") + name;
    c.rotationIntervalDays = intervalDays;
    c.criticality = QStringLiteral("high");
    return c;
}

inline KeyVersion currentKey(qint64 credentialId, const QByteArray &keyBytes, const QDateTime &lastUsed = {})
{
    KeyVersion k;
    k.credentialId = credentialId;
    k.providerKeyId = QStringLiteral("key_") + QString::fromLatin1(sha256Hex(keyBytes).left(8));
    k.fingerprint = fingerprintOf(keyBytes);
    k.prefix = QStringLiteral("sk_live_") + QString::fromLatin1(keyBytes.left(2).toHex());
    k.state = KeyState::Current;
    k.lastUsedAt = lastUsed;
    return k;
}

} // namespace keyturn::test
