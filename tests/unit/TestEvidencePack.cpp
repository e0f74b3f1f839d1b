// The evidence pack: the files an auditor gets for a period, a manifest that matches them, summaries that name what
// happened, and a folder that is written whole or not at all.
#include "TestSupport.h"
#include "core/audit/AuditExport.h"
#include "core/audit/EvidencePack.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace keyturn;
using namespace keyturn::test;

class TestEvidencePack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return f.readAll();
    }

    static void append(StoreFixture &f, const QString &actor, const QString &action, const QString &type,
                       const QString &id, const QJsonObject &details, std::optional<int> version = {},
                       const QString &oldFp = {}, const QString &newFp = {})
    {
        Transaction tx(*f.db);
        AuditEvent e;
        e.actor = actor;
        e.action = action;
        e.targetType = type;
        e.targetId = id;
        e.keyVersion = version;
        e.oldFingerprint = oldFp;
        e.newFingerprint = newFp;
        e.details = canonicalDetails(details);
        QVERIFY(f.audit->append(e).ok());
        QVERIFY(tx.commit().ok());
    }

    struct Period
    {
        QDateTime since, until;
    };

    /// A month of history: a rotation with a sign-off, an approved and sent notice, a rejected one, a revocation;
    /// events before and after the month; and one key overdue at its end.
    static Period seed(StoreFixture &f)
    {
        f.clock.set(fixedNow().addDays(-200));
        const qint64 stripe = *f.store->createCredential(heldCredential(QStringLiteral("stripe-api-key"), 30));
        (void)*f.store->addKeyVersion(currentKey(stripe, "stripe-old"));
        const qint64 stale = *f.store->createCredential(heldCredential(QStringLiteral("legacy-gateway-key"), 90));
        (void)*f.store->addKeyVersion(currentKey(stale, "legacy"));
        f.clock.set(fixedNow().addDays(-40)); // before the period
        append(f, QStringLiteral("alice"), QStringLiteral("credential.updated"), QStringLiteral("credential"),
               QString::number(stripe), {{QStringLiteral("before"), true}});
        const Period p{fixedNow().addDays(-30), fixedNow()};
        f.clock.set(p.since.addDays(1));
        const qint64 run = *f.store->createRun(stripe, QStringLiteral("manual"));
        const QString runId = QString::number(run);
        f.clock.advanceSecs(3600);
        append(f, QStringLiteral("olivia-owner"), QStringLiteral("rotation.planned"), QStringLiteral("run"), runId,
               {{QStringLiteral("signed_off_by"), QStringLiteral("olivia-owner")},
                {QStringLiteral("note"), QStringLiteral("go | ahead")}});
        f.clock.advanceSecs(3600);
        append(f, QStringLiteral("alice"), QStringLiteral("rotation.new_key_created"), QStringLiteral("run"), runId,
               {{QStringLiteral("to"), QStringLiteral("new_key_created")}}, 2,
               QStringLiteral("sha256:00000000000000aa"), QStringLiteral("sha256:00000000000000bb"));
        f.clock.advanceSecs(3600);
        (void)*f.store->addKeyVersion(currentKey(stripe, "stripe-new")); // the rotated key: stripe is not overdue
        append(f, QStringLiteral("bob"), QStringLiteral("notice.approved"), QStringLiteral("notice"),
               QStringLiteral("5"), {{QStringLiteral("consumer"), QStringLiteral("acme-payments")}});
        append(f, QStringLiteral("carol"), QStringLiteral("notice.rejected"), QStringLiteral("notice"),
               QStringLiteral("6"), {{QStringLiteral("detail"), QStringLiteral("wrong deadline")}});
        append(f, QStringLiteral("scheduler"), QStringLiteral("notice.sent"), QStringLiteral("notice"),
               QStringLiteral("5"),
               {{QStringLiteral("recipient"), QStringLiteral("ops@acme.example")},
                {QStringLiteral("consumer"), QStringLiteral("acme-payments")},
                {QStringLiteral("message_id"), QStringLiteral("<m1@keyturn>")}});
        f.clock.advanceSecs(86400);
        append(f, QStringLiteral("alice"), QStringLiteral("rotation.old_key_revoked"), QStringLiteral("run"), runId,
               {{QStringLiteral("to"), QStringLiteral("old_key_revoked")}}, 2,
               QStringLiteral("sha256:00000000000000aa"), QStringLiteral("sha256:00000000000000bb"));
        append(f, QStringLiteral("alice"), QStringLiteral("rotation.completed"), QStringLiteral("run"), runId,
               {{QStringLiteral("to"), QStringLiteral("completed")}}, 2, QStringLiteral("sha256:00000000000000aa"),
               QStringLiteral("sha256:00000000000000bb"));
        f.clock.set(p.until.addDays(2)); // after the period
        append(f, QStringLiteral("alice"), QStringLiteral("credential.updated"), QStringLiteral("credential"),
               QString::number(stripe), {{QStringLiteral("after"), true}});
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void writesEveryFileAndAMatchingManifest()
    {
        StoreFixture f(QStringLiteral("auditor"));
        const Period p = seed(f);
        const QString folder = m_dir.filePath(QStringLiteral("pack"));
        QStringList stages;
        auto pack = writeEvidencePack(*f.store, {p.since, p.until, folder, true},
                                      [&stages](const QString &stage, qint64, qint64) {
                                          if (!stages.contains(stage))
                                              stages << stage;
                                          return true;
                                      });
        QVERIFY2(pack.ok(), qPrintable(pack.errorMessage()));
        QCOMPARE(stages, (QStringList{QStringLiteral("verify"), QStringLiteral("export"), QStringLiteral("summaries"),
                                      QStringLiteral("manifest")}));
        QCOMPARE(pack->folder, QFileInfo(folder).absoluteFilePath());
        QVERIFY(pack->verification.intact);
        QVERIFY(pack->verificationEventId > 0);
        QCOMPARE(pack->overdueKeys, 1);

        QStringList expectedFiles = {QStringLiteral("audit-events.csv"), QStringLiteral("audit-events.jsonl"),
                                     QStringLiteral("verification.json"), QStringLiteral("README.md"),
                                     QStringLiteral("MANIFEST.sha256")};
        for (const QString &c : evidenceControls())
            expectedFiles << QStringLiteral("summary-%1.md").arg(c);
        QCOMPARE(evidenceControls().size(), 4);
        QStringList onDisk = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        std::sort(onDisk.begin(), onDisk.end());
        std::sort(expectedFiles.begin(), expectedFiles.end());
        QCOMPARE(onDisk, expectedFiles);
        QStringList reported = pack->files;
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, expectedFiles);
        QCOMPARE(pack->files.last(), QStringLiteral("MANIFEST.sha256"));
        // nothing left beside it
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("pack")});

        // the manifest: every other file, each hash recomputed here
        const QList<QByteArray> lines = readAll(folder + QStringLiteral("/MANIFEST.sha256")).split('\n');
        QStringList listed;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QCOMPARE(line.at(64), ' ');
            QCOMPARE(line.at(65), ' ');
            const QString name = QString::fromUtf8(line.mid(66));
            listed << name;
            QCOMPARE(line.left(64),
                     QCryptographicHash::hash(readAll(folder + QLatin1Char('/') + name), QCryptographicHash::Sha256)
                         .toHex());
        }
        QStringList others = expectedFiles;
        others.removeAll(QStringLiteral("MANIFEST.sha256"));
        QCOMPARE(listed, others);
        // and the tool auditors use agrees
        if (QFile::exists(QStringLiteral("/usr/bin/sha256sum"))) {
            QProcess sum;
            sum.setWorkingDirectory(folder);
            sum.start(QStringLiteral("/usr/bin/sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")});
            QVERIFY(sum.waitForFinished(30000));
            QCOMPARE(sum.exitCode(), 0);
        }

        // the exports hold the period's events only, and check out
        auto csv = readAuditExport(folder + QStringLiteral("/audit-events.csv"));
        QVERIFY(csv.ok());
        QCOMPARE(qint64(csv->events.size()), pack->events);
        for (const AuditEvent &e : csv->events) {
            QVERIFY(e.at >= p.since && e.at < p.until);
            QVERIFY(!e.details.contains("before") && !e.details.contains("after"));
        }
        auto jsonl = readAuditExport(folder + QStringLiteral("/audit-events.jsonl"));
        QVERIFY(jsonl.ok());
        QCOMPARE(jsonl->events, csv->events);
        QVERIFY(checkAuditExport(folder + QStringLiteral("/audit-events.csv"))->ok);

        const QJsonObject v = QJsonDocument::fromJson(readAll(folder + QStringLiteral("/verification.json"))).object();
        QCOMPARE(v.value(QLatin1String("intact")).toBool(), true);
        QCOMPARE(v.value(QLatin1String("head_hash")).toString(), QString::fromLatin1(pack->verification.headHash));
        QCOMPARE(v.value(QLatin1String("recorded_event_id")).toInteger(), pack->verificationEventId);
        QCOMPARE(v.value(QLatin1String("verified_by")).toString(), QStringLiteral("auditor"));

        // the summaries name what happened
        const QString cc81 = QString::fromUtf8(readAll(folder + QStringLiteral("/summary-SOC2-CC8.1.md")));
        for (const char *needle : {"stripe-api-key", "olivia-owner", "go \\| ahead", "bob", "acme-payments",
                                   "ops@acme.example", "wrong deadline", "completed"})
            QVERIFY2(cc81.contains(QLatin1String(needle)), needle);
        const QString pci = QString::fromUtf8(readAll(folder + QStringLiteral("/summary-PCI-DSS-3.6-8.3.md")));
        for (const char *needle :
             {"sha256:00000000000000aa", "sha256:00000000000000bb", "old key revoked", "legacy-gateway-key"})
            QVERIFY2(pci.contains(QLatin1String(needle)), needle);
        QVERIFY(!pci.contains(QLatin1String("| stripe-api-key | Stripe"))); // rotated in the period: not overdue
        const QString readme = QString::fromUtf8(readAll(folder + QStringLiteral("/README.md")));
        QVERIFY(readme.contains(QLatin1String("sha256sum -c MANIFEST.sha256")));
        QVERIFY(readme.contains(QLatin1String("check-export")));
    }

    void refusesANonEmptyFolder()
    {
        StoreFixture f;
        const Period p = seed(f);
        const QString folder = m_dir.filePath(QStringLiteral("occupied"));
        QVERIFY(QDir().mkpath(folder));
        QFile keep(folder + QStringLiteral("/notes.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        const qint64 events = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        auto pack = writeEvidencePack(*f.store, {p.since, p.until, folder, true});
        QVERIFY(!pack.ok());
        QVERIFY2(pack.errorMessage().contains(QLatin1String("not empty")), qPrintable(pack.errorMessage()));
        QVERIFY(pack.errorMessage().contains(QLatin1String("nothing was written")));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);

        // an empty folder is fine
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(writeEvidencePack(*f.store, {p.since, p.until, empty, true}).ok());
        QVERIFY(QFile::exists(empty + QStringLiteral("/MANIFEST.sha256")));

        // a file in the way, or a period that ends before it starts
        QVERIFY(!writeEvidencePack(*f.store, {p.since, p.until, folder + QStringLiteral("/notes.txt"), true}).ok());
        QVERIFY(!writeEvidencePack(*f.store, {p.until, p.since, m_dir.filePath(QStringLiteral("x")), true}).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void cancelledPackLeavesNothing()
    {
        StoreFixture f;
        const Period p = seed(f);
        const QString parent = m_dir.filePath(QStringLiteral("cancel"));
        QVERIFY(QDir().mkpath(parent));
        auto pack =
            writeEvidencePack(*f.store, {p.since, p.until, parent + QStringLiteral("/pack"), true},
                              [](const QString &stage, qint64, qint64) { return stage != QLatin1String("manifest"); });
        QVERIFY(!pack.ok());
        QVERIFY(pack.errorMessage().contains(QLatin1String("cancelled")));
        QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void brokenChainIsReportedNotHidden()
    {
        StoreFixture f;
        const Period p = seed(f);
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE id=3")));
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        auto pack = writeEvidencePack(*f.store, {p.since, p.until, folder, true});
        QVERIFY(pack.ok());
        QVERIFY(!pack->verification.intact);
        QCOMPARE(pack->verification.firstBadId, qint64(3));
        const QJsonObject v = QJsonDocument::fromJson(readAll(folder + QStringLiteral("/verification.json"))).object();
        QCOMPARE(v.value(QLatin1String("intact")).toBool(), false);
        QCOMPARE(v.value(QLatin1String("first_bad_event")).toInt(), 3);
        QVERIFY(readAll(folder + QStringLiteral("/README.md")).contains("NOT intact"));
        QVERIFY(readAll(folder + QStringLiteral("/summary-SOC2-CC6.1.md")).contains("NOT INTACT"));
    }
};

QTEST_GUILESS_MAIN(TestEvidencePack)
#include "TestEvidencePack.moc"
