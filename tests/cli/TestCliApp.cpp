#include "CliRun.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace keyturn;
using namespace keyturn::test;

class TestCliApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A workspace whose times are relative to the real clock, as keyturnctl reads it.
    QString seededWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ManualClock clock(now.addDays(-100));
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        AuditLog audit(**db, clock);
        WorkspaceStore store(**db, audit, clock, QStringLiteral("seed"));
        const qint64 overdue = *store.createCredential(heldCredential(QStringLiteral("sendgrid-api-key"), 90));
        const qint64 k1 = *store.addKeyVersion(currentKey(overdue, "old-sendgrid-key"));
        clock.set(now.addDays(-3));
        Credential fresh = heldCredential(QStringLiteral("stripe-api-key"), 30);
        const qint64 healthy = *store.createCredential(fresh);
        const qint64 k2 = *store.addKeyVersion(currentKey(healthy, "stripe-key"));
        if (!store.recordLastUsed(k1, now.addSecs(-120)) || !store.recordLastUsed(k2, now.addSecs(-60)))
            qFatal("cannot record usage");
        Credential never = heldCredential(QStringLiteral("no-key-yet"), 30);
        if (!store.createCredential(never))
            qFatal("cannot seed");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void helpAndVersion()
    {
        const CliRun help = keyturnctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("inventory list"));
        QVERIFY(help.out.contains("audit verify"));
        const CliRun sub = keyturnctl({QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--status"));
        QCOMPARE(keyturnctl({QStringLiteral("--version")}).exitCode, 0);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << "no command";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown option") << QStringList{"--colour", "init"} << "unknown option";
        QTest::newRow("typo in subcommand") << QStringList{"inventory", "lsit"} << "unknown inventory subcommand";
        QTest::newRow("unknown status") << QStringList{"inventory", "list", "--status", "fine"} << "unknown status";
        QTest::newRow("status without value") << QStringList{"inventory", "list", "--status"} << "needs a value";
        QTest::newRow("workspace without file") << QStringList{"--workspace"} << "needs a file";
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliRun r =
            keyturnctl(QStringList{QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("u.kt"))} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void initCreatesAndIsIdempotent()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.keyturn"));
        const CliRun first = keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("init")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(path));
        const CliRun second =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    }

    void missingWorkspaceFailsWithoutCreatingOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.keyturn"));
        const CliRun r =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("inventory"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no workspace"));
        QVERIFY(!QFile::exists(path));
    }

    void inventoryListJson()
    {
        const QString path = seededWorkspace(QStringLiteral("inv.keyturn"));
        const CliRun r = keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("--json"),
                                     QStringLiteral("inventory"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 3);
        QHash<QString, QJsonObject> byName;
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *field : {"id", "name", "kind", "provider", "environment", "owner", "vault_path", "status",
                                      "age_days", "last_used_at"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            byName.insert(o.value(QStringLiteral("name")).toString(), o);
        }
        const QJsonObject sendgrid = byName.value(QStringLiteral("sendgrid-api-key"));
        QCOMPARE(sendgrid.value(QStringLiteral("kind")).toString(), QStringLiteral("held"));
        QCOMPARE(sendgrid.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        QCOMPARE(sendgrid.value(QStringLiteral("age_days")).toInt(), 100);
        QCOMPARE(sendgrid.value(QStringLiteral("vault_path")).toString(),
                 QStringLiteral("secret/prod/sendgrid-api-key"));
        QCOMPARE(sendgrid.value(QStringLiteral("fingerprint")).toString(), fingerprintOf("old-sendgrid-key"));
        const QDateTime lastUsed =
            QDateTime::fromString(sendgrid.value(QStringLiteral("last_used_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(lastUsed.isValid());
        QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc()) - 120) < 60);
        QCOMPARE(byName.value(QStringLiteral("stripe-api-key")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("healthy"));
        QVERIFY(byName.value(QStringLiteral("no-key-yet")).value(QStringLiteral("last_used_at")).isNull());
        QVERIFY(byName.value(QStringLiteral("no-key-yet")).value(QStringLiteral("age_days")).isNull());
        // nothing that looks like a key is printed
        QVERIFY(!r.out.contains("old-sendgrid-key"));
    }

    void inventoryListFiltersByStatus()
    {
        const QString path = seededWorkspace(QStringLiteral("filter.keyturn"));
        const CliRun r =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("inventory"), QStringLiteral("list"),
                        QStringLiteral("--status"), QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sendgrid-api-key"));
        const CliRun table =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("inventory"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("sendgrid-api-key"));
        QVERIFY(table.out.contains("3 of 3 credentials"));
    }

    void auditVerifyDetectsTampering()
    {
        const QString path = seededWorkspace(QStringLiteral("audit.keyturn"));
        const CliRun ok =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("intact"));
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            conn.setDatabaseName(path);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE id=3")));
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliRun bad =
            keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("#3"), bad.err.constData());
        const CliRun json = keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("--json"),
                                        QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("first_bad_event")).toInt(), 3);
    }

    void notAWorkspaceIsLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("plain text, not SQLite\n").repeated(100));
        f.close();
        const QByteArray before = [&] {
            QFile g(path);
            g.open(QIODevice::ReadOnly);
            return g.readAll();
        }();
        const CliRun r = keyturnctl({QStringLiteral("--workspace"), path, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a Keyturn workspace"));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "TestCliApp.moc"
