#include "TestSupport.h"
#include "core/store/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace keyturn;
using namespace keyturn::test;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAtLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/w.keyturn"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        const QStringList tables = (*db)->connection().tables();
        for (const char *t : {"credentials", "key_versions", "consumers", "rotation_runs", "rotation_steps", "notices",
                              "campaigns", "audit_events", "audit_head", "settings", "schema_migrations"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void walAndForeignKeysAreOn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.keyturn")));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // and they bite: a key version for a credential that does not exist is refused
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO key_versions (credential_id, version, fingerprint, state,"
                                       " created_at) VALUES (999, 1, 'sha256:0000000000000000', 'current', 0)")));
    }

    void openTwiceKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.keyturn"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok());
        }
        {
            auto first = Database::open(path);
            auto second = Database::open(path); // two connections at once, as the GUI and keyturnctl would
            QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
            QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
            QSqlQuery q((*second)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key='k'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
            QCOMPARE(q.value(0).toInt(), allMigrations().size());
        }
    }

    void upgradesFromFirstSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.keyturn"));
        {
            Database::Options first;
            first.targetVersion = 1;
            auto db = Database::open(path, first);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY(!(*db)->connection().tables().contains(QStringLiteral("audit_head")));
            // data written by the first schema, including an audit event
            QVERIFY((*db)
                        ->exec(QStringLiteral("INSERT INTO credentials (name, kind, provider, environment,"
                                              " rotation_interval_days, created_at, updated_at) VALUES"
                                              " ('old-key', 'held', 'Stripe', 'production', 30, 0, 0)"))
                        .ok());
            QVERIFY((*db)
                        ->exec(QStringLiteral("INSERT INTO audit_events (id, at, actor, action, target_type,"
                                              " target_id, prev_hash, hash) VALUES (1, 0, 'a', 'x', 't', '1',"
                                              " 'p', 'abc123')"))
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM credentials")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("old-key"));
        // the new head table picked up the existing chain
        QVERIFY(q.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("abc123"));
    }

    void refusesWhatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("these are my notes, not a database\n").repeated(200);
        f.write(content);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(QLatin1String("not a Keyturn workspace")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QLatin1String("unchanged")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(QLatin1String("not a Keyturn workspace")), qPrintable(db.errorMessage()));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.keyturn"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)")).ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(QLatin1String("newer Keyturn")), qPrintable(db.errorMessage()));
    }

    void missingFileIsNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.keyturn"));
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(db.errorMessage().contains(QLatin1String("init")));
    }

    void nestedTransactionFailureRollsBackAll()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("w.keyturn")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        {
            Transaction outer(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());
            {
                Transaction inner(db);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('b', '2')")).ok());
                // inner goes out of scope without commit: it failed
            }
            QVERIFY(!outer.commit().ok());
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
