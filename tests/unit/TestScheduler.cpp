#include "TestSupport.h"
#include "core/schedule/Blackout.h"
#include "core/schedule/Scheduler.h"

#include <QJsonArray>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

QStringList names(const QList<ScheduleDecision> &decisions)
{
    QStringList out;
    for (const auto &d : decisions)
        out.append(d.credential.name);
    return out;
}

const ScheduleDecision *find(const QList<ScheduleDecision> &decisions, const QString &name)
{
    for (const auto &d : decisions) {
        if (d.credential.name == name)
            return &d;
    }
    return nullptr;
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

    /// A credential whose current key became current at `rotatedAt`.
    qint64 add(StoreFixture &f, Credential c, const QDateTime &rotatedAt)
    {
        auto id = f.store->createCredential(c);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        KeyVersion k = currentKey(*id, c.name.toUtf8());
        k.activatedAt = rotatedAt;
        k.createdAt = rotatedAt;
        if (auto r = f.store->addKeyVersion(k); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        return *id;
    }

    static Credential held(const QString &name, const QStringList &usedBy, const QString &cron = {}, int days = 30)
    {
        Credential c = heldCredential(name, days);
        c.usedBy = usedBy;
        c.scheduleCron = cron;
        if (cron.isEmpty())
            c.labels << autoRotateLabel(); // opted in to rotation on its interval
        return c;
    }

private Q_SLOTS:
    void nextRotation_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<int>("intervalDays");
        QTest::addColumn<QDateTime>("rotatedAt");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("interval") << QString() << 90 << utc(2026, 10, 1, 9) << utc(2026, 12, 30, 9);
        QTest::newRow("interval over Feb 29") << QString() << 30 << utc(2028, 2, 15) << utc(2028, 3, 16);
        QTest::newRow("monthly cron ignores the interval")
            << "0 2 1 * *" << 90 << utc(2026, 10, 1, 9) << utc(2026, 11, 1, 2);
        QTest::newRow("weekly cron") << "0 3 * * 0" << 90 << utc(2026, 11, 20, 15) << utc(2026, 11, 22, 3);
        QTest::newRow("quarterly cron") << "0 2 1 */3 *" << 90 << utc(2026, 10, 1, 2) << utc(2027, 1, 1, 2);
    }
    void nextRotation()
    {
        QFETCH(QString, cron);
        QFETCH(int, intervalDays);
        QFETCH(QDateTime, rotatedAt);
        QFETCH(QDateTime, expected);
        Credential c = held(QStringLiteral("k"), {}, cron, intervalDays);
        auto next = Scheduler::nextRotation(c, rotatedAt);
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(*next, expected);
    }

    void badCronIsReportedWithTheCredential()
    {
        Credential c = held(QStringLiteral("stripe-api-key"), {}, QStringLiteral("0 2 32 * *"));
        auto next = Scheduler::nextRotation(c, utc(2026, 11, 1));
        QVERIFY(!next.ok());
        QVERIFY2(next.errorMessage().contains(QStringLiteral("stripe-api-key")), qPrintable(next.errorMessage()));
        QVERIFY(next.errorMessage().contains(QStringLiteral("field 3 (day of month): 32 is out of 1-31")));
    }

    void storeRefusesABadCron()
    {
        StoreFixture f;
        auto id = f.store->createCredential(held(QStringLiteral("stripe-api-key"), {}, QStringLiteral("0 2 1 13 *")));
        QVERIFY(!id.ok());
        QVERIFY2(id.errorMessage().contains(QStringLiteral("stripe-api-key")), qPrintable(id.errorMessage()));
        QVERIFY(id.errorMessage().contains(QStringLiteral("field 4 (month): 13 is out of 1-12")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), 0);
        QVERIFY(f.store->createCredential(held(QStringLiteral("ok"), {}, QStringLiteral("0 2 1 */3 *"))).ok());
    }

    void dueRotationsStaggersKeysThatShareAService()
    {
        StoreFixture f; // now: Tuesday 2026-11-24 12:00 UTC
        const QString payment = QStringLiteral("payment-service");
        // due 2026-11-01 02:00: the most overdue of the payment keys
        add(f, held(QStringLiteral("stripe-api-key"), {payment, QStringLiteral("billing-service")}, "0 2 1 * *"),
            utc(2026, 10, 1, 3));
        // due 2026-11-14: shares payment-service with stripe
        add(f, held(QStringLiteral("adyen-api-key"), {payment}, {}, 30), utc(2026, 10, 15));
        // due 2026-11-22 03:00, serves another service
        add(f, held(QStringLiteral("gateway-key"), {QStringLiteral("gateway")}, "0 3 * * 0"), utc(2026, 11, 20, 15));
        // not due until 2027-01-30
        add(f, held(QStringLiteral("mail-key"), {QStringLiteral("notifications")}, {}, 90), utc(2026, 11, 1));
        Credential issued = held(QStringLiteral("consumer-key"), {QStringLiteral("partner-api")}, {}, 30);
        issued.kind = CredentialKind::Issued;
        add(f, issued, utc(2026, 9, 1));
        Credential single = held(QStringLiteral("legacy-sms-key"), {QStringLiteral("sms")}, {}, 30);
        single.provider = QStringLiteral("LegacySMS");
        single.supportsDualKey = false;
        add(f, single, utc(2026, 9, 1));

        Scheduler scheduler(*f.store);
        auto plan = scheduler.dueRotations(f.clock.now());
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(names(plan->start), (QStringList{QStringLiteral("stripe-api-key"), QStringLiteral("gateway-key")}));
        QCOMPARE(plan->start.first().due, utc(2026, 11, 1, 2));
        QCOMPARE(names(plan->deferred), QStringList{QStringLiteral("adyen-api-key")});
        QCOMPARE(plan->deferred.first().reason, QStringLiteral("deferred: shares payment-service with stripe-api-key"));
        QCOMPARE(plan->deferred.first().cause, ScheduleDecision::Cause::SharesService);
        QVERIFY(!plan->deferred.first().notBefore.isValid());
        QCOMPARE(plan->skipped.size(), 2);
        const auto *campaign = find(plan->skipped, QStringLiteral("consumer-key"));
        QVERIFY(campaign);
        QCOMPARE(campaign->cause, ScheduleDecision::Cause::IssuedKey);
        QVERIFY2(campaign->reason.contains(QStringLiteral("campaign")), qPrintable(campaign->reason));
        const auto *noOverlap = find(plan->skipped, QStringLiteral("legacy-sms-key"));
        QVERIFY(noOverlap);
        QCOMPARE(noOverlap->cause, ScheduleDecision::Cause::SingleKey);
        QVERIFY2(noOverlap->reason.contains(QStringLiteral("cannot hold two keys")), qPrintable(noOverlap->reason));

        // stripe's run is under way: adyen still waits, and gateway (started) is not offered twice
        const qint64 stripe = f.store->findCredential(QStringLiteral("stripe-api-key"))->id;
        const qint64 gateway = f.store->findCredential(QStringLiteral("gateway-key"))->id;
        auto stripeRun = f.store->startRun(stripe, QStringLiteral("scheduled"), {}, false, 3600);
        QVERIFY(stripeRun.ok());
        QVERIFY(f.store->startRun(gateway, QStringLiteral("scheduled"), {}, false, 3600).ok());
        f.clock.advanceSecs(300);
        plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QVERIFY(plan->start.isEmpty());
        QCOMPARE(names(plan->deferred), QStringList{QStringLiteral("adyen-api-key")});
        QCOMPARE(plan->deferred.first().reason,
                 QStringLiteral("deferred: shares payment-service with stripe-api-key, which is still rotating"));

        // stripe's run completes with a new key: adyen's turn
        QVERIFY(f.store->setRunState(*stripeRun, QStringLiteral("completed")).ok());
        QVERIFY(f.store->addKeyVersion(currentKey(stripe, "stripe-new")).ok());
        f.clock.advanceSecs(300);
        plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QCOMPARE(names(plan->start), QStringList{QStringLiteral("adyen-api-key")});
        QVERIFY(plan->deferred.isEmpty());
    }

    void aDueKeyThatIsNotScheduledIsNotStarted()
    {
        StoreFixture f;
        Credential plain = heldCredential(QStringLiteral("plain-key"), 30); // no cron, no auto-rotate label
        add(f, plain, utc(2026, 9, 1));
        add(f, held(QStringLiteral("opted-in"), {QStringLiteral("other")}, {}, 30), utc(2026, 9, 1));
        auto plan = Scheduler(*f.store).dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QCOMPARE(names(plan->start), QStringList{QStringLiteral("opted-in")});
        QCOMPARE(plan->skipped.size(), 1);
        QCOMPARE(plan->skipped.first().cause, ScheduleDecision::Cause::NotScheduled);
        QVERIFY(plan->skipped.first().reason.contains(autoRotateLabel()));
    }

    void aFailedRunIsLeftToAnOperator()
    {
        StoreFixture f;
        const qint64 id = add(f, held(QStringLiteral("k"), {QStringLiteral("s")}, {}, 30), utc(2026, 10, 1));
        auto run = f.store->startRun(id, QStringLiteral("scheduled"), {}, false, 3600);
        QVERIFY(run.ok());
        QVERIFY(f.store->setRunState(*run, QStringLiteral("failed"), QStringLiteral("vault unreachable")).ok());
        auto plan = Scheduler(*f.store).dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QVERIFY(plan->start.isEmpty());
        QCOMPARE(plan->skipped.size(), 1);
        QVERIFY2(plan->skipped.first().reason.contains(QStringLiteral("run #%1 failed").arg(*run)),
                 qPrintable(plan->skipped.first().reason));
    }

    void aRolledBackRotationWaitsForTheNextOccurrence()
    {
        StoreFixture f;
        const qint64 id =
            add(f, held(QStringLiteral("k"), {QStringLiteral("s")}, QStringLiteral("0 2 1 * *")), utc(2026, 10, 1, 3));
        auto run = f.store->startRun(id, QStringLiteral("scheduled"), {}, false, 3600);
        QVERIFY(run.ok());
        QVERIFY(f.store->setRunState(*run, QStringLiteral("rolled_back")).ok());
        Scheduler scheduler(*f.store);
        auto plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QVERIFY(plan->start.isEmpty()); // not restarted at once, over and over
        f.clock.set(utc(2026, 12, 1, 2, 5));
        plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QCOMPARE(names(plan->start), QStringList{QStringLiteral("k")});
    }

    void blackoutDefersToTheWindowsEnd()
    {
        StoreFixture f;
        add(f, held(QStringLiteral("stripe-api-key"), {QStringLiteral("payment-service")}, "0 2 1 * *"),
            utc(2026, 10, 1, 3));
        BlackoutWindow freeze;
        freeze.start = utc(2026, 11, 20);
        freeze.end = utc(2026, 11, 27);
        freeze.reason = QStringLiteral("release freeze");
        QVERIFY(writeBlackouts(*f.store, {freeze}).ok());

        Scheduler scheduler(*f.store);
        auto plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QVERIFY(plan->start.isEmpty());
        QCOMPARE(plan->deferred.size(), 1);
        QCOMPARE(plan->deferred.first().notBefore, utc(2026, 11, 27));
        QCOMPARE(plan->deferred.first().cause, ScheduleDecision::Cause::Blackout);
        QVERIFY2(plan->deferred.first().reason.contains(QStringLiteral("release freeze")),
                 qPrintable(plan->deferred.first().reason));
        QVERIFY(plan->deferred.first().reason.contains(QStringLiteral("until 2026-11-27 00:00 UTC")));

        f.clock.set(utc(2026, 11, 27));
        plan = scheduler.dueRotations(f.clock.now());
        QVERIFY(plan.ok());
        QCOMPARE(names(plan->start), QStringList{QStringLiteral("stripe-api-key")});
    }

    void weeklyBlackout_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("until"); // null: outside
        const QString friday = QStringLiteral(R"([{"weekday":5,"from":"16:00","to":"23:59"}])");
        QTest::newRow("Friday evening") << friday << utc(2026, 11, 27, 18) << utc(2026, 11, 28);
        QTest::newRow("Friday 16:00 is inside") << friday << utc(2026, 11, 27, 16) << utc(2026, 11, 28);
        QTest::newRow("Friday 23:59 is inside") << friday << utc(2026, 11, 27, 23, 59) << utc(2026, 11, 28);
        QTest::newRow("Friday afternoon") << friday << utc(2026, 11, 27, 15, 59) << QDateTime();
        QTest::newRow("Saturday") << friday << utc(2026, 11, 28, 0) << QDateTime();
        QTest::newRow("Thursday evening") << friday << utc(2026, 11, 26, 18) << QDateTime();
        const QString overnight = QStringLiteral(R"([{"weekday":0,"from":"22:00","to":"05:59"}])");
        QTest::newRow("overnight, Sunday night") << overnight << utc(2026, 11, 29, 23) << utc(2026, 11, 30, 6);
        QTest::newRow("overnight, Monday morning") << overnight << utc(2026, 11, 30, 3) << utc(2026, 11, 30, 6);
        QTest::newRow("overnight, Monday 6:00") << overnight << utc(2026, 11, 30, 6) << QDateTime();
        const QString chained = QStringLiteral(R"([{"start":"2026-12-20T00:00:00Z","end":"2026-12-25T00:00:00Z"},
            {"start":"2026-12-24T00:00:00Z","end":"2027-01-03T00:00:00Z","reason":"holiday freeze"}])");
        QTest::newRow("overlapping windows are followed") << chained << utc(2026, 12, 21) << utc(2027, 1, 3);
        QTest::newRow("end is outside") << chained << utc(2027, 1, 3) << QDateTime();
    }
    void weeklyBlackout()
    {
        QFETCH(QString, json);
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, until);
        auto windows = blackoutsFromJson(json.toUtf8());
        QVERIFY2(windows.ok(), qPrintable(windows.errorMessage()));
        const auto hit = blackoutAt(*windows, when);
        QCOMPARE(hit.has_value(), until.isValid());
        if (hit)
            QCOMPARE(hit->until, until);
    }

    void blackoutsAreValidated_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an array") << "{}"
                                      << "not a JSON array";
        QTest::newRow("end before start")
            << R"([{"start":"2026-12-20T00:00:00Z","end":"2026-12-01T00:00:00Z"}])"
            << "blackout window 1: the blackout window ends (2026-12-01 00:00) before it starts (2026-12-20 00:00)";
        QTest::newRow("no end") << R"([{"start":"2026-12-20T00:00:00Z"}])"
                                << "blackout window 1: a blackout window "
                                   "needs a start and an end";
        QTest::newRow("weekday 9") << R"([{"weekday":5,"from":"16:00","to":"23:59"},{"weekday":9,"from":"1:00"}])"
                                   << "blackout window 2: a weekly blackout window needs a weekday";
        QTest::newRow("bad time") << R"([{"weekday":5,"from":"16h","to":"23:59"}])"
                                  << "'from' and 'to' times";
    }
    void blackoutsAreValidated()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto windows = blackoutsFromJson(json.toUtf8());
        QVERIFY(!windows.ok());
        QVERIFY2(windows.errorMessage().contains(error), qPrintable(windows.errorMessage()));
    }

    void blackoutsRoundTripThroughTheAuditedSetting()
    {
        StoreFixture f;
        auto none = readBlackouts(*f.store);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        auto windows = blackoutsFromJson(
            R"([{"start":"2026-12-20T00:00:00Z","end":"2027-01-03T00:00:00Z","reason":"holiday freeze"},
                {"weekday":5,"from":"16:00","to":"23:59"}])");
        QVERIFY(windows.ok());
        const qint64 eventsBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        QVERIFY(writeBlackouts(*f.store, *windows).ok());
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'schedule.blackouts_changed'")),
            1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), eventsBefore + 1);
        auto read = readBlackouts(*f.store);
        QVERIFY(read.ok());
        QCOMPARE(*read, *windows);
        QCOMPARE(read->first().describe(), QStringLiteral("2026-12-20 00:00 – 2027-01-03 00:00 UTC (holiday freeze)"));
        QCOMPARE(read->last().describe(), QStringLiteral("every Friday 16:00–23:59 UTC"));

        BlackoutWindow bad;
        bad.start = utc(2027, 1, 2);
        bad.end = utc(2027, 1, 1);
        auto refused = writeBlackouts(*f.store, {read->first(), bad});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("blackout window 2")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(readBlackouts(*f.store)->size(), 2); // left as it was
    }

    void plannedCoversTheHorizon()
    {
        StoreFixture f;
        add(f, held(QStringLiteral("gateway-key"), {QStringLiteral("gateway")}, "0 3 * * 0"), utc(2026, 11, 22, 3));
        add(f, held(QStringLiteral("stripe-api-key"), {QStringLiteral("payment-service")}, "0 2 1 * *"),
            utc(2026, 10, 1, 3));
        Credential revoked = held(QStringLiteral("old-key"), {QStringLiteral("gateway")}, {}, 30);
        const qint64 revokedId = add(f, revoked, utc(2026, 1, 1));
        QVERIFY(f.store->setLifecycle(revokedId, Lifecycle::Revoked, QStringLiteral("retired")).ok());

        const QDateTime now = f.clock.now();
        auto planned = Scheduler(*f.store).planned(now, now.addDays(91));
        QVERIFY2(planned.ok(), qPrintable(planned.errorMessage()));
        int gateway = 0;
        QList<QDateTime> stripe;
        for (qsizetype i = 0; i < planned->size(); ++i) {
            const SchedulePlan::Key &key = planned->keyOf(i);
            QVERIFY(key.name != QLatin1String("old-key"));
            if (key.name == QLatin1String("gateway-key"))
                ++gateway;
            else
                stripe.append(planned->due(i));
        }
        QCOMPARE(gateway, 13);
        QCOMPARE(planned->keys.size(), 2); // each key once
        // overdue since 2026-11-01: planned for now, then the 1st of each month
        QCOMPARE(stripe,
                 (QList<QDateTime>{utc(2026, 11, 1, 2), utc(2026, 12, 1, 2), utc(2027, 1, 1, 2), utc(2027, 2, 1, 2)}));
        QVERIFY(planned->overdue(0));
        QCOMPARE(planned->keyOf(0).name, QStringLiteral("stripe-api-key"));
        QCOMPARE(planned->startsAt(0), now);
        for (qsizetype i = 1; i < planned->size(); ++i) {
            QVERIFY(planned->startsAt(i - 1) <= planned->startsAt(i));
            QVERIFY(!planned->overdue(i));
            QVERIFY(!planned->blackoutOf(i));
        }
    }

    void plannedHoldsBackInBlackoutsAndOrdersByName()
    {
        StoreFixture f;
        // both due Tuesday 2026-12-01 02:00, inside a freeze that touches a second one: they start when both are over
        add(f, held(QStringLiteral("zulu-key"), {QStringLiteral("a")}, "0 2 1 * *"), utc(2026, 11, 1, 3));
        add(f, held(QStringLiteral("alpha-key"), {QStringLiteral("b")}, "0 2 1 * *"), utc(2026, 11, 1, 3));
        // counts from now while it is being rotated: due 2026-11-24 12:00 + 30 d
        const qint64 rotating = add(f, held(QStringLiteral("rotating-key"), {QStringLiteral("c")}), utc(2026, 1, 1));
        QVERIFY(f.store->setLifecycle(rotating, Lifecycle::Rotating, QStringLiteral("rotating")).ok());
        Credential issued = held(QStringLiteral("issued-key"), {QStringLiteral("d")});
        issued.kind = CredentialKind::Issued;
        add(f, issued, utc(2026, 11, 1));
        add(f, held(QStringLiteral("never-key"), {QStringLiteral("e")}, "0 0 30 2 *"), utc(2026, 11, 1)); // no 30 Feb
        auto windows =
            blackoutsFromJson(R"([{"start":"2026-11-30T00:00:00Z","end":"2026-12-01T12:00:00Z","reason":"first"},)"
                              R"({"start":"2026-12-01T12:00:00Z","end":"2026-12-02T00:00:00Z","reason":"second"}])");
        QVERIFY(windows.ok());
        QVERIFY(writeBlackouts(*f.store, *windows).ok());

        const QDateTime now = f.clock.now();
        auto planned = Scheduler(*f.store).planned(now, now.addDays(14), 1);
        QVERIFY2(planned.ok(), qPrintable(planned.errorMessage()));
        QCOMPARE(planned->now, now);
        QCOMPARE(planned->blackouts.size(), 2);
        QCOMPARE(planned->size(), 2); // one each (maxPerKey 1); the rotating key's next is beyond the horizon
        QStringList keys;
        for (const SchedulePlan::Key &k : planned->keys)
            keys.append(k.name);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("alpha-key"), QStringLiteral("zulu-key")}));
        // the same start: by name
        QCOMPARE(planned->keyOf(0).name, QStringLiteral("alpha-key"));
        QCOMPARE(planned->keyOf(1).name, QStringLiteral("zulu-key"));
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(planned->due(i), utc(2026, 12, 1, 2));
            QCOMPARE(planned->startsAt(i), utc(2026, 12, 2));
            QVERIFY(planned->blackoutOf(i));
            QCOMPARE(planned->blackoutOf(i)->reason, QStringLiteral("first"));
            QVERIFY(!planned->overdue(i));
        }
        QVERIFY(planned->keyOf(0).nameRank < planned->keyOf(1).nameRank);

        auto longer = Scheduler(*f.store).planned(now, now.addDays(40));
        QVERIFY(longer.ok());
        QList<QDateTime> rotatingDue;
        for (qsizetype i = 0; i < longer->size(); ++i) {
            if (longer->keyOf(i).name == QLatin1String("rotating-key"))
                rotatingDue.append(longer->due(i));
        }
        QCOMPARE(rotatingDue, QList<QDateTime>{now.addDays(30)});
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
