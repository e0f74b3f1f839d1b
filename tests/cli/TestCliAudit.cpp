// keyturnctl audit verify | list | show | export | evidence | check-export, run as the real binary.
#include "AuditTestData.h"
#include "CliRun.h"
#include "core/audit/AuditExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace keyturn;
using namespace keyturn::test;

class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    AuditData m_d;

    QStringList ws(QStringList args) const
    {
        args.prepend(m_ws);
        args.prepend(QStringLiteral("--workspace"));
        return args;
    }

    QList<AuditEvent> events() const
    {
        auto db = Database::open(m_ws);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        ManualClock clock(fixedNow());
        AuditLog log(**db, clock);
        return *log.events(0, 100000);
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // the fixture's workspace, moved where keyturnctl can open it
        StoreFixture f;
        m_d = fillAuditLog(f, 120);
        const QString src = f.path();
        f.store.reset();
        f.audit.reset();
        f.db.reset();
        m_ws = m_dir.filePath(QStringLiteral("audit.keyturn"));
        QVERIFY(QFile::copy(src, m_ws));
    }

    void helpNamesEverySubcommand()
    {
        const CliRun help = keyturnctl({QStringLiteral("audit"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *sub : {"audit verify", "audit list", "audit show", "audit export --format csv|jsonl",
                                "audit evidence", "audit check-export"})
            QVERIFY2(help.out.contains(sub), sub);
        QVERIFY(keyturnctl({QStringLiteral("--help")}).out.contains("audit export --format csv|jsonl"));
    }

    void verifyIsRecorded()
    {
        const int before = int(events().size());
        const CliRun ok = keyturnctl(ws({QStringLiteral("--actor"), QStringLiteral("auditor-ann"),
                                         QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains("intact"), ok.out.constData());
        const QList<AuditEvent> after = events();
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().action, QStringLiteral("audit.verified"));
        QCOMPARE(after.last().actor, QStringLiteral("auditor-ann"));
        QVERIFY(after.last().details.contains(after.at(before - 1).hash));

        const CliRun json =
            keyturnctl(ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QLatin1String("intact")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("head_id")).toInteger(), qint64(before + 1));
        QCOMPARE(o.value(QLatin1String("recorded_event_id")).toInteger(), qint64(before + 2));
    }

    void listFiltersAndPrintsJson()
    {
        const CliRun list =
            keyturnctl(ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--type"), QStringLiteral("rotation.,notice.sent"), QStringLiteral("--key"),
                           QStringLiteral("stripe-api-key"), QStringLiteral("--limit"), QStringLiteral("1000")}));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(list.out).array();
        AuditFilter filter;
        filter.actions = {QStringLiteral("rotation."), QStringLiteral("notice.sent")};
        filter.key = QStringLiteral("stripe-api-key");
        const QList<qint64> expected = referenceIds(events(), filter, m_d, AuditOrder::NewestFirst);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(a.size(), expected.size());
        for (int i = 0; i < a.size(); ++i) {
            const QJsonObject e = a.at(i).toObject();
            QCOMPARE(e.value(QLatin1String("id")).toInteger(), expected.at(i));
            for (const char *key : {"at", "actor", "action", "target_type", "target_id", "key_version",
                                    "old_fingerprint", "new_fingerprint", "details", "prev_hash", "hash"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
        }
        const CliRun limited =
            keyturnctl(ws({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("3"), QStringLiteral("--actor"), QStringLiteral("bob")}));
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(limited.out.count('\n'), 4); // three events and the footer
        QVERIFY(limited.out.contains("more match"));
    }

    void badUsageIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("--since"),
                                                 QStringLiteral("2026-13-01")}
                                  << "not a date";
        QTest::newRow("until before since")
            << QStringList{QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("2026-02-01"),
                           QStringLiteral("--until"), QStringLiteral("2026-01-01")}
            << "after --since";
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")}
                                      << "does not take --colour";
        QTest::newRow("bad limit") << QStringList{QStringLiteral("list"), QStringLiteral("--limit"),
                                                  QStringLiteral("lots")}
                                   << "--limit";
        QTest::newRow("bad key version") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                        QStringLiteral("csv"), QStringLiteral("--key-version"),
                                                        QStringLiteral("v2")}
                                         << "version number";
        QTest::newRow("no format") << QStringList{QStringLiteral("export")} << "--format";
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("xlsx")}
                                    << "csv or jsonl";
        QTest::newRow("evidence without period")
            << QStringList{QStringLiteral("evidence"), QStringLiteral("--output"), QStringLiteral("x")} << "--since";
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << "event id";
        QTest::newRow("show bad id") << QStringList{QStringLiteral("show"), QStringLiteral("x1")} << "not an event id";
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("purge")} << "unknown audit subcommand";
        QTest::newRow("verify takes nothing")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--since"), QStringLiteral("2026-01-01")}
            << "does not take";
    }

    void badUsageIsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        args.prepend(QStringLiteral("audit"));
        const int before = int(events().size());
        const CliRun r = keyturnctl(ws(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(int(events().size()), before);
    }

    void unknownKeyFails()
    {
        const CliRun r = keyturnctl(
            ws({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--key"), QStringLiteral("nope")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nope"));
    }

    void showPrintsCanonicalJsonAndHash()
    {
        const AuditEvent e = events().at(20);
        const CliRun r = keyturnctl(ws({QStringLiteral("audit"), QStringLiteral("show"), QString::number(e.id)}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(canonicalJson(e)));
        QVERIFY(r.out.contains(e.hash));
        QVERIFY(r.out.contains("matches its content"));
        const CliRun json = keyturnctl(
            ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show"), QString::number(e.id)}));
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QLatin1String("canonical_json")).toString(), QString::fromUtf8(canonicalJson(e)));
        QCOMPARE(o.value(QLatin1String("hash_matches")).toBool(), true);
        QCOMPARE(keyturnctl(ws({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("99999")})).exitCode,
                 1);
    }

    void exportRoundTripsAndChecks_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("jsonl") << QStringLiteral("jsonl");
    }

    void exportRoundTripsAndChecks()
    {
        QFETCH(QString, format);
        // to standard output, unfiltered
        const CliRun out =
            keyturnctl(ws({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), format}));
        QCOMPARE(out.exitCode, 0);
        const QString stdoutFile = m_dir.filePath(QStringLiteral("stdout.") + format);
        {
            QFile f(stdoutFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out.out);
        }
        auto back = readAuditExport(stdoutFile);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->events, events());
        const CliRun check = keyturnctl({QStringLiteral("audit"), QStringLiteral("check-export"), stdoutFile});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("whole chain"), check.out.constData());

        // to a file, filtered as DESIGN.md writes it
        const QString file = m_dir.filePath(QStringLiteral("filtered.") + format);
        const CliRun filtered = keyturnctl(ws(
            {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), format,
             QStringLiteral("--since"), fixedNow().toString(Qt::ISODate), QStringLiteral("--until"),
             fixedNow().addDays(1).date().toString(Qt::ISODate), QStringLiteral("--type"), QStringLiteral("rotation."),
             QStringLiteral("--key-version"), QStringLiteral("0"), QStringLiteral("--output"), file}));
        QCOMPARE(filtered.exitCode, 0);
        QVERIFY(filtered.out.isEmpty());
        QVERIFY(filtered.err.contains("Exported"));
        AuditFilter filter;
        filter.since = fixedNow();
        filter.until = QDateTime(fixedNow().addDays(1).date(), QTime(0, 0), Qt::UTC);
        filter.actions = {QStringLiteral("rotation.")};
        filter.keyVersion = 0;
        QList<qint64> expected = referenceIds(events(), filter, m_d, AuditOrder::OldestFirst);
        std::sort(expected.begin(), expected.end());
        QVERIFY(!expected.isEmpty());
        auto read = readAuditExport(file);
        QVERIFY(read.ok());
        QList<qint64> got;
        for (const AuditEvent &e : read->events)
            got << e.id;
        QCOMPARE(got, expected);
        const CliRun checkFiltered =
            keyturnctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("check-export"), file});
        QCOMPARE(checkFiltered.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(checkFiltered.out).object().value(QLatin1String("complete_chain")).toBool(),
                 false);

        // an edited export fails its check, naming the event
        QByteArray bytes = readAll(file);
        const AuditEvent first = read->events.first();
        bytes.replace(first.hash, QByteArray(64, '1'));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        const CliRun bad = keyturnctl({QStringLiteral("audit"), QStringLiteral("check-export"), file});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("#%1").arg(first.id).toUtf8()), bad.err.constData());
    }

    void checkExportOfSomethingElseIsBadInput()
    {
        const QString file = m_dir.filePath(QStringLiteral("other.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n");
        f.close();
        const CliRun r = keyturnctl({QStringLiteral("audit"), QStringLiteral("check-export"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not an audit export"));
    }

    void evidencePack()
    {
        const QString dir = m_dir.filePath(QStringLiteral("evidence"));
        const QStringList args = {QStringLiteral("audit"),    QStringLiteral("evidence"),
                                  QStringLiteral("--since"),  fixedNow().addDays(-1).date().toString(Qt::ISODate),
                                  QStringLiteral("--until"),  fixedNow().addDays(2).date().toString(Qt::ISODate),
                                  QStringLiteral("--output"), dir};
        const CliRun r = keyturnctl(ws(args));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Evidence pack written"), r.out.constData());
        QVERIFY(QFile::exists(dir + QStringLiteral("/MANIFEST.sha256")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/summary-ISO27001-A.5.17.md")));
        QProcess sum;
        sum.setWorkingDirectory(dir);
        sum.start(QStringLiteral("/usr/bin/sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")});
        QVERIFY(sum.waitForFinished(30000));
        QCOMPARE(sum.exitCode(), 0);
        const CliRun check = keyturnctl(
            {QStringLiteral("audit"), QStringLiteral("check-export"), dir + QStringLiteral("/audit-events.jsonl")});
        QCOMPARE(check.exitCode, 0);

        // the same folder again: refused, nothing changed
        const QStringList before = QDir(dir).entryList(QDir::Files);
        const QByteArray manifest = readAll(dir + QStringLiteral("/MANIFEST.sha256"));
        const CliRun again = keyturnctl(ws(args));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("not empty"), again.err.constData());
        QCOMPARE(QDir(dir).entryList(QDir::Files), before);
        QCOMPARE(readAll(dir + QStringLiteral("/MANIFEST.sha256")), manifest);
    }

    void verifyNamesTheFirstBadEventOfATamperedLog()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.keyturn"));
        QVERIFY(QFile::copy(m_ws, copy));
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            conn.setDatabaseName(copy);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET details='{}' WHERE id=17")));
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliRun bad =
            keyturnctl({QStringLiteral("--workspace"), copy, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("#17"), bad.err.constData());
        // the failed verification is on record
        const CliRun list =
            keyturnctl({QStringLiteral("--workspace"), copy, QStringLiteral("--json"), QStringLiteral("audit"),
                        QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("audit.verified"),
                        QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject latest = QJsonDocument::fromJson(list.out).array().first().toObject();
        QCOMPARE(latest.value(QLatin1String("details")).toObject().value(QLatin1String("result")).toString(),
                 QStringLiteral("broken"));
        QCOMPARE(latest.value(QLatin1String("details")).toObject().value(QLatin1String("first_bad_id")).toInt(), 17);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
