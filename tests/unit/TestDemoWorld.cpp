#include "TestSupport.h"
#include "core/demo/DemoWorld.h"

#include <QSet>

using namespace keyturn;
using namespace keyturn::test;

class TestDemoWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsARealisticWorld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.keyturn"));
        auto summary = DemoWorld::create(path, fixedNow());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QVERIFY(summary->heldKeys >= 35 && summary->heldKeys <= 50);
        QCOMPARE(summary->consumers, 200);
        QVERIFY(summary->issuedKeys >= 200);
        QVERIFY(summary->rotations > 100);

        auto db = Database::open(path);
        QVERIFY(db.ok());
        ManualClock clock(fixedNow());
        AuditLog audit(**db, clock);
        WorkspaceStore store(**db, audit, clock, QStringLiteral("test"));
        auto verification = audit.verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification->intact, qPrintable(verification->problem));
        QCOMPARE(verification->eventsChecked, summary->auditEvents);

        auto rows = store.inventory();
        QVERIFY(rows.ok());
        QSet<QString> providers, environments;
        QHash<KeyStatus, int> statuses;
        for (const InventoryRow &row : *rows) {
            providers.insert(row.credential.provider);
            environments.insert(row.credential.environment);
            ++statuses[assessInventoryRow(row, fixedNow()).status];
            if (row.credential.lifecycle != Lifecycle::Revoked)
                QVERIFY2(isValidFingerprint(row.currentFingerprint), qPrintable(row.credential.name));
        }
        QVERIFY(providers.contains(QStringLiteral("Stripe")));
        QVERIFY(providers.contains(QStringLiteral("SendGrid")));
        QVERIFY(providers.contains(QStringLiteral("Internal API Gateway")));
        QCOMPARE(environments.size(), 3);
        // every kind of situation an administrator meets is there
        for (KeyStatus s : {KeyStatus::Healthy, KeyStatus::DueSoon, KeyStatus::Overdue, KeyStatus::OverdueCritical,
                            KeyStatus::Stale, KeyStatus::PotentiallyStale, KeyStatus::Revoked})
            QVERIFY2(statuses.value(s) > 0, qPrintable(toString(s)));
        QVERIFY2(statuses.value(KeyStatus::Healthy) > rows->size() / 3, "most keys are healthy");
        // the guide's inventory shape: the stripe key with its vault path and services
        auto stripe = store.findCredential(QStringLiteral("stripe-api-key"));
        QVERIFY(stripe.ok());
        QCOMPARE(stripe->vaultPath, QStringLiteral("secret/prod/stripe/api-key"));
        QCOMPARE(stripe->usedBy, (QStringList{QStringLiteral("payment-service"), QStringLiteral("billing-service")}));
        QCOMPARE(stripe->rotationIntervalDays, 30);
    }

    void sameSeedSameWorld()
    {
        QTemporaryDir dir;
        auto fingerprints = [&dir](const QString &name, quint32 seed) {
            const QString path = dir.filePath(name);
            auto summary = DemoWorld::create(path, fixedNow(), seed);
            if (!summary)
                qFatal("%s", qPrintable(summary.errorMessage()));
            auto db = Database::open(path);
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("SELECT group_concat(fingerprint) FROM (SELECT fingerprint FROM key_versions"
                                  " ORDER BY id)"));
            q.next();
            return q.value(0).toString();
        };
        const QString a = fingerprints(QStringLiteral("a.keyturn"), 7);
        QCOMPARE(fingerprints(QStringLiteral("b.keyturn"), 7), a);
        QVERIFY(fingerprints(QStringLiteral("c.keyturn"), 8) != a);
    }

    void replacesAnExistingDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.keyturn"));
        QVERIFY(DemoWorld::create(path, fixedNow()).ok());
        auto second = DemoWorld::create(path, fixedNow());
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        auto db = Database::open(path);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM consumers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "TestDemoWorld.moc"
