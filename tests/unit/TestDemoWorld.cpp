#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeStore.h"
#include "core/sync/ProviderSync.h"

#include <QElapsedTimer>
#include <QSet>

// The demo campaign is opened against keyturn-sandbox in-process: with keyturn_sandbox linked (LIBS keyturn_sandbox).
#if __has_include("Sandbox.h")
#include "Sandbox.h"
#define KEYTURN_TEST_HAS_SANDBOX 1
#endif

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

    /// What `keyturn --demo` does after its sync: a campaign started by frank whose notices wait for approval.
    void opensALiveCampaignAfterTheSync()
    {
#ifndef KEYTURN_TEST_HAS_SANDBOX
        QSKIP("needs the in-process sandbox: link TestDemoWorld with keyturn_sandbox");
#else
        SandboxOptions options;
        options.world = SandboxOptions::World::Demo;
        options.tickMs = 0;
        Sandbox sandbox(options);
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.keyturn"));
        QVERIFY(DemoWorld::create(path, QDateTime::currentDateTimeUtc(), 42, DemoWorld::Consumers::FromProvider,
                                  sandbox.url())
                    .ok());
        auto opened = Workspace::open(path, QStringLiteral("alice"), SystemClock::instance());
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        ConnectionProfile profile;
        profile.platformUrl = profile.vaultUrl = profile.mailApiUrl = QUrl(sandbox.url());
        profile.mailTransport = QStringLiteral("mail-api");
        profile.fromAddress = QStringLiteral("security@keyturn.example");
        QVERIFY(ws.saveProfile(profile).ok());
        Connections connections(profile);
        connections.setToken(TokenKind::Platform, sandbox.adminToken());
        connections.setToken(TokenKind::Mail, sandbox.mailToken());
        ProviderSync sync(ws.store(), *connections.platform());
        std::optional<Result<SyncReport>> synced;
        sync.run([&synced](Result<SyncReport> r) { synced = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(synced.has_value(), 20000);
        QVERIFY2(synced->ok(), qPrintable(synced->errorMessage()));

        QElapsedTimer timer;
        timer.start();
        std::optional<Result<DemoCampaignSummary>> result;
        DemoWorld::openDemoCampaign(ws, connections,
                                    [&result](Result<DemoCampaignSummary> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage()));
        qInfo("the demo campaign opened in %lld ms", timer.elapsed());
        const DemoCampaignSummary summary = result->value();
        QCOMPARE(summary.runIds.size(), 8);
        QCOMPARE(summary.sentNotices, 2);
        QCOMPARE(summary.pendingNotices, 6);

        const CampaignRecord campaign = ws.notices().campaign(summary.campaignId).value();
        QCOMPARE(campaign.createdBy, DemoWorld::demoCampaignStarter());
        QCOMPARE(campaign.policy, QStringLiteral("escalate"));
        QCOMPARE(campaign.state, QStringLiteral("open"));
        const qint64 days = QDateTime::currentDateTimeUtc().secsTo(campaign.deadlineAt) / 86400;
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));

        // eight production keys of eight consumers who integrate in different ways
        QSet<QString> consumers, patterns;
        QHash<QString, QString> patternOf;
        for (const Consumer &c : ws.store().consumers().value())
            patternOf.insert(c.name, c.integrationPattern);
        for (qint64 id : summary.runIds) {
            const RotationRunRecord run = ws.store().run(id).value();
            QCOMPARE(run.startedBy, DemoWorld::demoCampaignStarter());
            QCOMPARE(run.state, QStringLiteral("awaiting_migration"));
            QCOMPARE(ws.store().credential(run.credentialId).value().environment, QStringLiteral("production"));
            const QString consumer = run.data.value(QStringLiteral("consumer")).toString();
            consumers.insert(consumer);
            patterns.insert(patternOf.value(consumer));
        }
        QCOMPARE(consumers.size(), 8);
        QVERIFY2(patterns.size() >= 4, qPrintable(QStringList(patterns.values()).join(u',')));

        // the pending notices are frank's, so the demo's own user may approve them; two went out, approved by gina
        NoticeFilter filter;
        filter.campaignId = summary.campaignId;
        int approvable = 0;
        for (const NoticeRecord &n : ws.notices().notices(filter).value()) {
            QCOMPARE(n.draftedBy, DemoWorld::demoCampaignStarter());
            if (n.state == NoticeState::Sent)
                QCOMPARE(n.approvedBy, DemoWorld::demoApprover());
            else if (ws.notices().approvalBlocker(n).isEmpty())
                ++approvable;
            QVERIFY2(n.bodyMarkdown.contains(QStringLiteral("api-platform@keyturn.example")),
                     qPrintable(n.bodyMarkdown));
        }
        QCOMPARE(approvable, 6);
        QHash<QString, int> states;
        for (const ConsumerMigration &m : ws.campaignNotices().migrationStatus(summary.campaignId).value())
            ++states[m.state];
        QCOMPARE(states.value(QStringLiteral("notified")), 2);
        QCOMPARE(states.value(QStringLiteral("to_notify")), 6);

        auto verification = ws.audit().verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification->intact, qPrintable(verification->problem));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "TestDemoWorld.moc"
