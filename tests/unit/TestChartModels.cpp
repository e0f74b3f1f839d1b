#include "TestSupport.h"
#include "core/models/ChartModels.h"
#include "core/models/InventoryModel.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

class TestChartModels : public QObject
{
    Q_OBJECT

    /// A store with notices and campaigns besides the inventory, acting as alice.
    struct Fixture : StoreFixture
    {
        NoticeStore notices{*db, *audit, clock, QStringLiteral("alice")};
        NoticeStore bob{*db, *audit, clock, QStringLiteral("bob")};
        CampaignNotices campaigns{*store, notices, clock};

        /// A held key whose current key became current `ageDays` ago (and was last used `unusedDays` ago, -1: never).
        qint64 key(const QString &name, int intervalDays, double ageDays, int unusedDays = 0,
                   CredentialKind kind = CredentialKind::Held, const QString &cron = {})
        {
            const QDateTime now = clock.now();
            Credential c = heldCredential(name, intervalDays);
            c.kind = kind;
            c.scheduleCron = cron;
            clock.set(now.addSecs(qint64(-ageDays * 86400)));
            const qint64 id = store->createCredential(c).value();
            const qint64 keyId = store->addKeyVersion(currentKey(id, name.toUtf8())).value();
            clock.set(now);
            if (unusedDays >= 0 && !store->recordLastUsed(keyId, now.addDays(-unusedDays)))
                qFatal("cannot record the last use of %s", qPrintable(name));
            return id;
        }
        qint64 consumer(const QString &name)
        {
            const QString slug = name.toLower().remove(QLatin1Char(' '));
            return store
                ->upsertConsumer(Consumer{
                    0, QStringLiteral("usr_") + slug, name, QStringLiteral("api@%1.example").arg(slug), {}, {}})
                .value();
        }
        qint64 campaign(const QString &name, const QDateTime &deadline)
        {
            CampaignRecord c;
            c.name = name;
            c.deadlineAt = deadline;
            c.policy = QStringLiteral("escalate");
            return notices.createCampaign(c).value();
        }
        /// A campaign run as RotationEngine::startCampaign records it.
        qint64 run(qint64 campaignId, qint64 credentialId, const QString &consumer, const QDateTime &deadline)
        {
            const QJsonObject data{{QStringLiteral("consumer"), consumer},
                                   {QStringLiteral("deadline_at"), deadline.toUTC().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("consumer_state"), QStringLiteral("notified")},
                                   {QStringLiteral("policy"), QStringLiteral("escalate")},
                                   {QStringLiteral("campaign_id"), double(campaignId)}};
            const qint64 id =
                store->startRun(credentialId, QStringLiteral("campaign"), data, false, 60 * 86400).value();
            if (!store->setRunCampaign(id, campaignId))
                qFatal("cannot file the run under its campaign");
            return id;
        }
        /// The first notice of a run, drafted by frank, approved by bob and sent at the clock's now.
        void sendNotice(qint64 runId, qint64 consumerId)
        {
            const RotationRunRecord r = store->run(runId).value();
            NoticeDraft d;
            d.campaignId = qint64(r.data.value(QStringLiteral("campaign_id")).toDouble());
            d.runId = runId;
            d.consumerId = consumerId;
            d.credentialId = r.credentialId;
            d.kind = NoticeKind::Migration;
            d.recipient = QStringLiteral("api@consumer.example");
            d.content = {QStringLiteral("Rotate your API key"), QStringLiteral("Please create a new key.\n")};
            d.templateName = NoticeKind::Migration;
            d.deadlineAt =
                QDateTime::fromString(r.data.value(QStringLiteral("deadline_at")).toString(), Qt::ISODateWithMs);
            d.draftedBy = QStringLiteral("frank");
            const qint64 id = notices.createNotice(d).value();
            const bool ok = bob.approve({id}) &&
                            bob.claim(id, QStringLiteral("test"), 60, QStringLiteral("<n%1@test>").arg(id)).value() &&
                            bob.markSent(id, QStringLiteral("test"), QStringLiteral("delivered"));
            if (!ok)
                qFatal("cannot send notice %lld", id);
        }
        /// The engine's watch step seeing the consumer's new key in use, at the clock's now (audited).
        void migrate(qint64 runId)
        {
            const RotationRunRecord r = store->run(runId).value();
            QJsonObject data = r.data;
            data.insert(QStringLiteral("consumer_state"), QStringLiteral("new_key_used"));
            const auto moved = store->transitionRun(
                runId, r.state, QStringLiteral("awaiting_migration"), data, clock.now().addSecs(3600), {},
                QJsonObject{{QStringLiteral("consumer_state"), QStringLiteral("new_key_used")}});
            if (!moved)
                qFatal("cannot migrate run %lld: %s", runId, qPrintable(moved.errorMessage()));
        }
    };

    static int rowNamed(const ChartTableModel &model, const QString &name)
    {
        return int(model.rowLabels().indexOf(name));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyAgeSplitsKeysIntoBands()
    {
        Fixture f;
        const qint64 fresh = f.key(QStringLiteral("fresh"), 90, 9);        // 0.1
        const qint64 due = f.key(QStringLiteral("due"), 30, 30.5);         // 1.0167: overdue
        const qint64 old = f.key(QStringLiteral("old"), 30, 40);           // 1.333
        const qint64 edge = f.key(QStringLiteral("edge"), 30, 45);         // exactly 1.5: still overdue, not critical
        const qint64 ancient = f.key(QStringLiteral("ancient"), 10, 20.5); // 2.05
        const qint64 gone = f.key(QStringLiteral("gone"), 10, 50);
        QVERIFY(f.store->setLifecycle(gone, Lifecycle::Revoked, QStringLiteral("test")));
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("keyless"))).ok());

        InventoryModel inventory(*f.store, f.clock);
        KeyAgeChartModel within(&inventory, KeyAgeChartModel::WithinPolicy, f.clock);
        KeyAgeChartModel warning(&inventory, KeyAgeChartModel::Warning, f.clock);
        KeyAgeChartModel critical(&inventory, KeyAgeChartModel::Critical, f.clock);
        QAbstractItemModelTester t1(&within, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&warning, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&critical, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(within.rowCount(), 0);
        QVERIFY(!within.emptyReason().isEmpty());
        inventory.reload(); // the charts follow the inventory's reset

        QCOMPARE(within.rowCount(), 1);
        QCOMPARE(within.emptyReason(), QString());
        QCOMPARE(within.index(0, KeyAgeChartModel::AgeDays).data().toDouble(), 9.0);
        QCOMPARE(within.index(0, KeyAgeChartModel::Ratio).data().toDouble(), 0.1);
        QCOMPARE(within.index(0, 0).data(ChartTableModel::CredentialIdRole).toLongLong(), fresh);

        QCOMPARE(warning.rowCount(), 3);
        QCOMPARE(warning.keyCount(), 3);
        QCOMPARE(warning.credentialIdAt(rowNamed(warning, QStringLiteral("due")), 0), due);
        QCOMPARE(warning.value(rowNamed(warning, QStringLiteral("due")), KeyAgeChartModel::Ratio), 1.017);
        QCOMPARE(warning.value(rowNamed(warning, QStringLiteral("old")), KeyAgeChartModel::AgeDays), 40.0);
        QCOMPARE(warning.value(rowNamed(warning, QStringLiteral("old")), KeyAgeChartModel::Ratio), 1.333);
        QCOMPARE(warning.credentialIdAt(rowNamed(warning, QStringLiteral("old")), 1), old);
        QCOMPARE(warning.credentialIdAt(rowNamed(warning, QStringLiteral("edge")), 1), edge);

        QCOMPARE(critical.rowCount(), 1);
        QCOMPARE(critical.credentialIdAt(0, KeyAgeChartModel::Ratio), ancient);
        QCOMPARE(critical.value(0, KeyAgeChartModel::Ratio), 2.05);
        const QString tip = critical.index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("ancient")) && tip.contains(QStringLiteral("10 d policy")),
                 qPrintable(tip));
        // revoked and keyless credentials are in no band; every band shares the axis range of all live keys
        QCOMPARE(within.rowCount() + warning.rowCount() + critical.rowCount(), 5);
        QCOMPARE(within.maxAgeDays(), 45);
        QCOMPARE(within.maxRatio(), 2.05);
    }

    void keyAgeBinsKeysBeyondThePointCap()
    {
        Fixture f;
        // two keys at the same point share it
        const qint64 twinA = f.key(QStringLiteral("twin-a"), 90, 10);
        f.key(QStringLiteral("twin-b"), 90, 10);
        f.key(QStringLiteral("k20"), 90, 20);
        f.key(QStringLiteral("k21"), 90, 21);
        f.key(QStringLiteral("k60"), 90, 60);
        InventoryModel inventory(*f.store, f.clock);
        inventory.reload();
        KeyAgeChartModel within(&inventory, KeyAgeChartModel::WithinPolicy, f.clock);
        QAbstractItemModelTester tester(&within, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(within.keyCount(), 5);
        QCOMPARE(within.rowCount(), 4);
        const int twins = rowNamed(within, QStringLiteral("twin-a"));
        QVERIFY(twins >= 0);
        QCOMPARE(within.index(twins, 0).data(ChartTableModel::CountRole).toInt(), 2);
        QVERIFY(within.toolTipAt(twins, 0).contains(QStringLiteral("1 more")));
        QCOMPARE(within.credentialIdAt(twins, 0), twinA);

        // a cap of 3 points coarsens the grid until 20 and 21 days share a bin, drawn at the older key
        within.setMaxPoints(3);
        QVERIFY(within.rowCount() <= 3);
        QCOMPARE(within.keyCount(), 5);
        int counted = 0;
        for (int r = 0; r < within.rowCount(); ++r)
            counted += within.index(r, 0).data(ChartTableModel::CountRole).toInt();
        QCOMPARE(counted, 5);
        QVERIFY(rowNamed(within, QStringLiteral("k21")) >= 0);
        QCOMPARE(rowNamed(within, QStringLiteral("k20")), -1);
        QCOMPARE(within.index(rowNamed(within, QStringLiteral("k60")), 0).data(ChartTableModel::CountRole).toInt(), 1);
    }

    void lastUseBucketsByDaysSinceUse()
    {
        Fixture f;
        const qint64 today = f.key(QStringLiteral("today"), 90, 50, 0);
        f.key(QStringLiteral("three"), 90, 50, 3);
        const qint64 eight = f.key(QStringLiteral("eight"), 90, 50, 8);
        const qint64 twelve = f.key(QStringLiteral("twelve"), 90, 50, 12);
        const qint64 old = f.key(QStringLiteral("old"), 90, 100, 45);
        const qint64 never = f.key(QStringLiteral("never"), 90, 2, -1);
        InventoryModel inventory(*f.store, f.clock);
        inventory.reload();
        LastUseChartModel model(&inventory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), int(LastUseChartModel::buckets().size()));
        QCOMPARE(model.columnCount(), int(LastUseChartModel::ColumnCount));
        QCOMPARE(model.rowLabels().at(LastUseChartModel::staleRow()), QStringLiteral("7–13"));
        QCOMPARE(model.rowLabels().at(LastUseChartModel::potentiallyStaleRow()), QStringLiteral("30–59"));
        QCOMPARE(model.value(0, LastUseChartModel::InUse), 1.0);
        QCOMPARE(model.credentialIdAt(0, LastUseChartModel::InUse), today);
        QCOMPARE(model.rowLabels().at(2), QStringLiteral("2–3"));
        QCOMPARE(model.value(2, LastUseChartModel::InUse), 1.0);
        QCOMPARE(model.value(1, LastUseChartModel::InUse), 0.0);
        // 8 and 12 days share the stale week; a click opens the longer unused
        QCOMPARE(model.value(LastUseChartModel::staleRow(), LastUseChartModel::Stale), 2.0);
        QCOMPARE(model.value(LastUseChartModel::staleRow(), LastUseChartModel::InUse), 0.0);
        QCOMPARE(model.credentialIdAt(LastUseChartModel::staleRow(), LastUseChartModel::Stale), twelve);
        QVERIFY(eight != twelve);
        QCOMPARE(model.value(LastUseChartModel::potentiallyStaleRow(), LastUseChartModel::PotentiallyStale), 1.0);
        QCOMPARE(model.credentialIdAt(LastUseChartModel::potentiallyStaleRow(), LastUseChartModel::PotentiallyStale),
                 old);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.rowLabels().at(last), QStringLiteral("never"));
        QCOMPARE(model.value(last, LastUseChartModel::NeverUsed), 1.0);
        QCOMPARE(model.credentialIdAt(last, LastUseChartModel::NeverUsed), never);
        QCOMPARE(model.maxValue(0, LastUseChartModel::ColumnCount - 1), 2.0);
    }

    void upcomingRowFor_data()
    {
        QTest::addColumn<qint64>("secondsFromNow");
        QTest::addColumn<int>("row");
        QTest::newRow("overdue") << qint64(-86400) << 0;
        QTest::newRow("due right now") << qint64(0) << 0;
        QTest::newRow("in an hour") << qint64(3600) << 1;
        QTest::newRow("last second of week 1") << qint64(7 * 86400 - 1) << 1;
        QTest::newRow("first second of week 2") << qint64(7 * 86400) << 2;
        QTest::newRow("week 13") << qint64(13 * 7 * 86400 - 1) << 13;
        QTest::newRow("beyond") << qint64(13 * 7 * 86400) << -1;
    }

    void upcomingRowFor()
    {
        QFETCH(qint64, secondsFromNow);
        QFETCH(int, row);
        QCOMPARE(UpcomingRotationsChartModel::rowFor(fixedNow().addSecs(secondsFromNow), fixedNow()), row);
    }

    void upcomingRotationsPerWeek()
    {
        Fixture f;
        const qint64 overdue = f.key(QStringLiteral("overdue"), 30, 40);
        f.key(QStringLiteral("overdue-less"), 30, 31);
        const qint64 soon = f.key(QStringLiteral("soon"), 30, 27);                                   // due in 3 d
        f.key(QStringLiteral("issued-soon"), 30, 25, 0, CredentialKind::Issued);                     // due in 5 d
        f.key(QStringLiteral("week3"), 30, 14);                                                      // due in 16 d
        f.key(QStringLiteral("later"), 365, 1);                                                      // beyond 13 weeks
        f.key(QStringLiteral("cron"), 365, 1, 0, CredentialKind::Held, QStringLiteral("0 2 1 * *")); // Dec 1
        const qint64 busy = f.key(QStringLiteral("busy"), 30, 60);
        QVERIFY(f.store->setLifecycle(busy, Lifecycle::Rotating, QStringLiteral("test")));
        InventoryModel inventory(*f.store, f.clock);
        inventory.reload();
        UpcomingRotationsChartModel model(&inventory, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.rowLabels().first(), QStringLiteral("overdue"));
        QCOMPARE(model.rowLabels().at(1), QStringLiteral("Nov 24"));
        QCOMPARE(model.rowLabels().at(2), QStringLiteral("Dec 1"));
        QCOMPARE(model.value(0, UpcomingRotationsChartModel::Overdue), 2.0);
        QCOMPARE(model.credentialIdAt(0, UpcomingRotationsChartModel::Overdue), overdue); // the most overdue
        QCOMPARE(model.value(0, UpcomingRotationsChartModel::Held), 0.0);
        // week 1: two held (soon; cron on Dec 1 02:00 is 6.6 d away) and one issued key
        QCOMPARE(model.value(1, UpcomingRotationsChartModel::Held), 2.0);
        QCOMPARE(model.credentialIdAt(1, UpcomingRotationsChartModel::Held), soon);
        QCOMPARE(model.value(1, UpcomingRotationsChartModel::Issued), 1.0);
        QCOMPARE(model.value(3, UpcomingRotationsChartModel::Held), 1.0);
        QCOMPARE(model.laterCount(), 1);
        QCOMPARE(model.rotatingCount(), 1);
        QVERIFY(model.toolTipAt(0, UpcomingRotationsChartModel::Overdue).contains(QStringLiteral("overdue")));
    }

    void burnDownCountsNotifiedAndMigratedPerDay()
    {
        Fixture f;
        MigrationBurnDownModel model(*f.store, f.notices, f.campaigns, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.emptyReason(), QStringLiteral("No open campaign"));

        const QDateTime start = fixedNow().addDays(-5); // 2026-11-19 12:00
        const QDateTime deadline = start.addDays(10);
        f.clock.set(start);
        const qint64 acme = f.consumer(QStringLiteral("Acme"));
        const qint64 globex = f.consumer(QStringLiteral("Globex"));
        const qint64 hooli = f.consumer(QStringLiteral("Hooli"));
        const qint64 campaign = f.campaign(QStringLiteral("Autumn rotation"), deadline);
        const qint64 acmeRun =
            f.run(campaign, f.key(QStringLiteral("acme-prod"), 90, 80), QStringLiteral("Acme"), deadline);
        const qint64 globexRun =
            f.run(campaign, f.key(QStringLiteral("globex-prod"), 90, 80), QStringLiteral("Globex"), deadline);
        f.run(campaign, f.key(QStringLiteral("hooli-prod"), 90, 80), QStringLiteral("Hooli"), deadline);
        Q_UNUSED(hooli);
        f.clock.set(start.addDays(1)); // Nov 20 12:00
        f.sendNotice(acmeRun, acme);
        f.clock.set(start.addDays(2)); // Nov 21 12:00
        f.sendNotice(globexRun, globex);
        f.clock.set(start.addDays(3)); // Nov 22 12:00
        f.migrate(acmeRun);
        f.clock.set(fixedNow());

        QSignalSpy reloaded(&model, &ChartTableModel::reloaded);
        model.reload();
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.campaignId(), campaign);
        QCOMPARE(model.campaignName(), QStringLiteral("Autumn rotation"));
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.start(), start);
        QCOMPARE(model.deadline(), deadline);
        // the start, midnights of Nov 20 … 24, and now
        QCOMPARE(model.rowCount(), 7);
        const QList<int> notified{0, 0, 1, 2, 2, 2, 2};
        const QList<int> migrated{0, 0, 0, 0, 1, 1, 1};
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.value(r, MigrationBurnDownModel::Total), 3.0);
            QCOMPARE(model.value(r, MigrationBurnDownModel::Notified), double(notified[r]));
            QCOMPARE(model.value(r, MigrationBurnDownModel::Migrated), double(migrated[r]));
        }
        QCOMPARE(qint64(model.value(0, MigrationBurnDownModel::At)), start.toMSecsSinceEpoch());
        QCOMPARE(qint64(model.value(1, MigrationBurnDownModel::At)),
                 QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(qint64(model.value(6, MigrationBurnDownModel::At)), fixedNow().toMSecsSinceEpoch());
        QVERIFY(model.toolTipAt(6, 0).contains(QStringLiteral("2 of 3 consumers notified, 1 migrated")));

        // once it is closed there is no open campaign to show, unless it is asked for
        QVERIFY(f.notices.closeCampaign(campaign));
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.emptyReason(), QStringLiteral("No open campaign"));
        model.setCampaignId(campaign);
        QCOMPARE(model.rowCount(), 7);
    }

    void unauthorizedCountsPerRunningRun()
    {
        Fixture f;
        UnauthorizedChartModel model(*f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.emptyReason(), QStringLiteral("No rotation is running"));

        const qint64 stripe = f.key(QStringLiteral("stripe"), 30, 40);
        const qint64 oldKey = f.store->keyVersions(stripe).value().first().id;
        KeyVersion fresh = currentKey(stripe, "stripe-new");
        const qint64 newKey = f.store->addKeyVersion(fresh).value();
        QVERIFY(f.store->recordUsage(oldKey, fixedNow(), 100, 7));
        QVERIFY(f.store->recordUsage(newKey, fixedNow(), 50, 2));
        const QJsonObject data{{QStringLiteral("old_fingerprint"), fingerprintOf("stripe")},
                               {QStringLiteral("new_fingerprint"), fingerprintOf("stripe-new")}};
        const qint64 stripeRun = f.store->startRun(stripe, QStringLiteral("manual"), data, false, 3600).value();

        // a run that has not named its keys yet: the current key is the old one
        const qint64 mail = f.key(QStringLiteral("mail"), 30, 40);
        QVERIFY(f.store->recordUsage(f.store->keyVersions(mail).value().first().id, fixedNow(), 10, 12));
        f.store->startRun(mail, QStringLiteral("manual"), {}, false, 3600).value();
        // a finished run is left out
        const qint64 done = f.key(QStringLiteral("done"), 30, 40);
        QVERIFY(f.store->recordUsage(f.store->keyVersions(done).value().first().id, fixedNow(), 10, 99));
        const qint64 doneRun = f.store->startRun(done, QStringLiteral("manual"), {}, false, 3600).value();
        QVERIFY(f.store->setRunState(doneRun, QStringLiteral("completed")));

        model.reload();
        QCOMPARE(model.emptyReason(), QString());
        QCOMPARE(model.rowLabels(), (QStringList{QStringLiteral("mail"), QStringLiteral("stripe")}));
        QCOMPARE(model.value(0, UnauthorizedChartModel::OldKey), 12.0);
        QCOMPARE(model.value(0, UnauthorizedChartModel::NewKey), 0.0);
        QCOMPARE(model.value(1, UnauthorizedChartModel::OldKey), 7.0);
        QCOMPARE(model.value(1, UnauthorizedChartModel::NewKey), 2.0);
        QCOMPARE(model.credentialIdAt(1, UnauthorizedChartModel::NewKey), stripe);
        QCOMPARE(model.runIdAt(1), stripeRun);
        QCOMPARE(model.credentialIdAt(0, UnauthorizedChartModel::OldKey), mail);
        QVERIFY(model.toolTipAt(1, 0).contains(QStringLiteral("7 with the old key, 2 with the new key")));
    }
};

QTEST_GUILESS_MAIN(TestChartModels)
#include "TestChartModels.moc"
