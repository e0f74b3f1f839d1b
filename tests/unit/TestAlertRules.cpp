#include "TestSupport.h"
#include "core/monitoring/AlertRules.h"

using namespace keyturn;
using namespace keyturn::test;

namespace {
constexpr qint64 kDay = 86400;

InventoryRow row(qint64 id, int intervalDays, qint64 ageSecs, const QDateTime &now, qint64 unusedSecs = 0,
                 Lifecycle lifecycle = Lifecycle::Active, const QString &latestRun = {})
{
    InventoryRow r;
    r.credential.id = id;
    r.credential.name = QStringLiteral("stripe-api-key");
    r.credential.rotationIntervalDays = intervalDays;
    r.credential.lifecycle = lifecycle;
    r.currentVersion = 1;
    r.rotatedAt = now.addSecs(-ageSecs);
    r.lastUsedAt = unusedSecs < 0 ? QDateTime() : now.addSecs(-unusedSecs);
    r.latestRunState = latestRun;
    return r;
}

KeyVersion key(qint64 id, KeyState state, const QString &providerId, int version = 1)
{
    KeyVersion k;
    k.id = id;
    k.credentialId = 7;
    k.version = version;
    k.providerKeyId = providerId;
    k.fingerprint = fingerprintOf(providerId.toUtf8());
    k.state = state;
    return k;
}

RotationRunRecord run(qint64 id, const QString &state, const QString &kind = QStringLiteral("manual"))
{
    RotationRunRecord r;
    r.id = id;
    r.credentialId = 7;
    r.kind = kind;
    r.state = state;
    r.credentialName = QStringLiteral("sendgrid-api-key");
    return r;
}
} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void age_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<int>("lifecycle");
        QTest::addColumn<bool>("fires");
        QTest::newRow("fresh") << 30 << 2 * kDay << int(Lifecycle::Active) << false;
        QTest::newRow("overdue, below 1.5x") << 30 << 44 * kDay << int(Lifecycle::Active) << false;
        QTest::newRow("exactly 1.5x") << 30 << 45 * kDay << int(Lifecycle::Active) << false;
        QTest::newRow("one second above 1.5x") << 30 << 45 * kDay + 1 << int(Lifecycle::Active) << true;
        QTest::newRow("far above") << 90 << 400 * kDay << int(Lifecycle::Active) << true;
        QTest::newRow("rotating still old") << 30 << 60 * kDay << int(Lifecycle::Rotating) << true;
        QTest::newRow("revoked credential") << 30 << 60 * kDay << int(Lifecycle::Revoked) << false;
    }
    void age()
    {
        QFETCH(int, interval);
        QFETCH(qint64, ageSecs);
        QFETCH(int, lifecycle);
        QFETCH(bool, fires);
        ManualClock clock(fixedNow());
        const auto out = alertrules::age(row(42, interval, ageSecs, clock.now(), 0, Lifecycle(lifecycle)), clock.now());
        QCOMPARE(out.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(out.first().ruleKey, QStringLiteral("age_over_1_5x:cred:42"));
            QCOMPARE(out.first().severity, alertseverity::kCritical);
            QCOMPARE(out.first().credentialId, 42);
            QVERIFY2(out.first().message.contains(QStringLiteral("1.5×")), qPrintable(out.first().message));
        }
    }

    void ageIgnoresKeysWithoutCurrentVersion()
    {
        InventoryRow r = row(1, 30, 0, fixedNow());
        r.rotatedAt = {};
        QVERIFY(alertrules::age(r, fixedNow()).isEmpty());
        QVERIFY(alertrules::rotationDue(r, fixedNow()).isEmpty());
    }

    void rotationDue_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<QString>("latestRun");
        QTest::addColumn<QString>("severity"); // empty: does not fire
        QTest::newRow("15 days left") << 90 << 75 * kDay << QString() << QString();
        QTest::newRow("14 days and a second left") << 90 << 76 * kDay - 1 << QString() << QString();
        QTest::newRow("exactly 14 days left") << 90 << 76 * kDay << QString() << QStringLiteral("info");
        QTest::newRow("3 days and a second left") << 90 << 87 * kDay - 1 << QString() << QStringLiteral("info");
        QTest::newRow("exactly 3 days left") << 90 << 87 * kDay << QString() << QStringLiteral("warning");
        QTest::newRow("due now: overdue") << 90 << 90 * kDay << QString() << QStringLiteral("warning");
        QTest::newRow("overdue") << 90 << 120 * kDay << QString() << QStringLiteral("warning");
        QTest::newRow("above 1.5x: the age rule instead") << 90 << 135 * kDay + 1 << QString() << QString();
        QTest::newRow("a run under way") << 90 << 80 * kDay << QStringLiteral("grace_period") << QString();
        QTest::newRow("last run finished") << 90 << 80 * kDay << QStringLiteral("completed") << QStringLiteral("info");
        QTest::newRow("last run failed") << 90 << 88 * kDay << QStringLiteral("failed") << QStringLiteral("warning");
        // a 7-day key is "due soon" only in the last half of its interval (3.5 days)
        QTest::newRow("7-day key, 4 days left") << 7 << 3 * kDay << QString() << QString();
        QTest::newRow("7-day key, 3.5 days left") << 7 << 3 * kDay + kDay / 2 << QString() << QStringLiteral("info");
        QTest::newRow("7-day key, 3 days left") << 7 << 4 * kDay << QString() << QStringLiteral("warning");
    }
    void rotationDue()
    {
        QFETCH(int, interval);
        QFETCH(qint64, ageSecs);
        QFETCH(QString, latestRun);
        QFETCH(QString, severity);
        ManualClock clock(fixedNow());
        const auto out = alertrules::rotationDue(
            row(5, interval, ageSecs, clock.now(), 0, Lifecycle::Active, latestRun), clock.now());
        QCOMPARE(out.size(), severity.isEmpty() ? 0 : 1);
        if (!severity.isEmpty()) {
            QCOMPARE(out.first().severity, severity);
            QCOMPARE(out.first().ruleKey, QStringLiteral("rotation_due:cred:5"));
            QCOMPARE(out.first().kind, alertkind::kRotationDue);
        }
    }

    void rotationDueMessageIsStableFromDayToDay()
    {
        // the row is matched by rule key; a message that named "N days left" would rewrite it every day
        ManualClock clock(fixedNow());
        const InventoryRow r = row(5, 90, 80 * kDay, clock.now());
        const auto today = alertrules::rotationDue(r, clock.now());
        clock.advanceSecs(kDay);
        const auto tomorrow = alertrules::rotationDue(r, clock.now());
        QCOMPARE(today.size(), 1);
        QCOMPARE(today, tomorrow);
        QVERIFY2(today.first().message.contains(QStringLiteral("2026-12-04")), qPrintable(today.first().message));
    }

    void staleness_data()
    {
        QTest::addColumn<qint64>("unusedSecs"); // -1: never used
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<int>("lifecycle");
        QTest::addColumn<QString>("kind"); // empty: does not fire
        QTest::addColumn<QString>("severity");
        QTest::newRow("used an hour ago") << 3600ll << 20 * kDay << int(Lifecycle::Active) << QString() << QString();
        QTest::newRow("a second short of 7 days")
            << 7 * kDay - 1 << 20 * kDay << int(Lifecycle::Active) << QString() << QString();
        QTest::newRow("exactly 7 days") << 7 * kDay << 20 * kDay << int(Lifecycle::Active) << alertkind::kKeyUnused
                                        << QStringLiteral("warning");
        QTest::newRow("29 days") << 29 * kDay << 40 * kDay << int(Lifecycle::Active) << alertkind::kKeyUnused
                                 << QStringLiteral("warning");
        QTest::newRow("exactly 30 days") << 30 * kDay << 40 * kDay << int(Lifecycle::Active)
                                         << alertkind::kPotentiallyStale << QStringLiteral("info");
        QTest::newRow("never used, current for 10 days")
            << -1ll << 10 * kDay << int(Lifecycle::Active) << alertkind::kKeyUnused << QStringLiteral("warning");
        QTest::newRow("never used, current for 2 days")
            << -1ll << 2 * kDay << int(Lifecycle::Active) << QString() << QString();
        QTest::newRow("rotating, unused 8 days")
            << 8 * kDay << 20 * kDay << int(Lifecycle::Rotating) << alertkind::kKeyUnused << QStringLiteral("warning");
        QTest::newRow("revoked credential")
            << 40 * kDay << 60 * kDay << int(Lifecycle::Revoked) << QString() << QString();
    }
    void staleness()
    {
        QFETCH(qint64, unusedSecs);
        QFETCH(qint64, ageSecs);
        QFETCH(int, lifecycle);
        QFETCH(QString, kind);
        QFETCH(QString, severity);
        ManualClock clock(fixedNow());
        // a 1000-day interval: no age rule may mask or join the usage rules here
        const auto out =
            alertrules::staleness(row(9, 1000, ageSecs, clock.now(), unusedSecs, Lifecycle(lifecycle)), clock.now());
        QCOMPARE(out.size(), kind.isEmpty() ? 0 : 1);
        if (!kind.isEmpty()) {
            QCOMPARE(out.first().kind, kind);
            QCOMPARE(out.first().severity, severity);
            QCOMPARE(out.first().ruleKey, kind + QStringLiteral(":cred:9"));
        }
    }

    void stalenessAndAgeFireTogether()
    {
        // KeyStatus shows only the worst badge; alerts keep each rule's own condition
        const QDateTime now = fixedNow();
        const InventoryRow r = row(3, 30, 100 * kDay, now, 40 * kDay);
        QCOMPARE(alertrules::age(r, now).size(), 1);
        QCOMPARE(alertrules::staleness(r, now).size(), 1);
        QVERIFY(assessInventoryRow(r, now).status == KeyStatus::OverdueCritical);
    }

    void rotationFailed_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("fires");
        QTest::newRow("failed") << QStringLiteral("failed") << true;
        QTest::newRow("grace period") << QStringLiteral("grace_period") << false;
        QTest::newRow("rolled back") << QStringLiteral("rolled_back") << false;
        QTest::newRow("completed") << QStringLiteral("completed") << false;
    }
    void rotationFailed()
    {
        QFETCH(QString, state);
        QFETCH(bool, fires);
        RotationRunRecord r = run(11, state);
        r.error = QStringLiteral("the vault refused the write");
        const auto out = alertrules::rotationFailed(r);
        QCOMPARE(out.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(out.first().ruleKey, QStringLiteral("rotation_failed:run:11"));
            QCOMPARE(out.first().severity, alertseverity::kCritical);
            QCOMPARE(out.first().runId, 11);
            QCOMPARE(out.first().credentialId, 7);
            QVERIFY(out.first().message.contains(r.error));
        }
    }

    void oldKeyAfterGrace_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("graceEndsIn"); // seconds from now (negative: ended)
        QTest::addColumn<qint64>("oldUsedAgo");  // seconds before now; -1: never
        QTest::addColumn<bool>("byKeyId");       // the run names the old key; else the previous key is taken
        QTest::addColumn<bool>("fires");
        const QString grace = QStringLiteral("grace_period");
        const QString manual = QStringLiteral("manual");
        QTest::newRow("used after grace") << grace << manual << -3600ll << 1800ll << true << true;
        QTest::newRow("used after grace, previous key") << grace << manual << -3600ll << 1800ll << false << true;
        QTest::newRow("used exactly at grace end") << grace << manual << -3600ll << 3600ll << true << false;
        QTest::newRow("used before grace end") << grace << manual << -3600ll << 7200ll << true << false;
        QTest::newRow("never used") << grace << manual << -3600ll << -1ll << true << false;
        QTest::newRow("grace not over") << grace << manual << 600ll << 10ll << true << false;
        QTest::newRow("verified already") << QStringLiteral("verified") << manual << -3600ll << 1800ll << true << false;
        QTest::newRow("a campaign") << grace << QStringLiteral("campaign") << -3600ll << 1800ll << true << false;
    }
    void oldKeyAfterGrace()
    {
        QFETCH(QString, state);
        QFETCH(QString, kind);
        QFETCH(qint64, graceEndsIn);
        QFETCH(qint64, oldUsedAgo);
        QFETCH(bool, byKeyId);
        QFETCH(bool, fires);
        ManualClock clock(fixedNow());
        RotationRunRecord r = run(12, state, kind);
        r.graceUntil = clock.now().addSecs(graceEndsIn);
        if (byKeyId)
            r.data.insert(QStringLiteral("old_key_id"), QStringLiteral("key_old"));
        KeyVersion old = key(1, KeyState::Previous, QStringLiteral("key_old"), 1);
        if (oldUsedAgo >= 0)
            old.lastUsedAt = clock.now().addSecs(-oldUsedAgo);
        KeyVersion fresh = key(2, KeyState::Current, QStringLiteral("key_new"), 2);
        fresh.lastUsedAt = clock.now();
        const auto out = alertrules::oldKeyAfterGrace(r, {old, fresh}, clock.now());
        QCOMPARE(out.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(out.first().ruleKey, QStringLiteral("old_key_used_after_grace:run:12"));
            QCOMPARE(out.first().severity, alertseverity::kWarning);
            QVERIFY(out.first().message.contains(QStringLiteral("v1")));
        }
    }

    void oldKeyAfterGraceReadsGraceFromRunData()
    {
        ManualClock clock(fixedNow());
        RotationRunRecord r = run(12, QStringLiteral("grace_period"));
        r.data.insert(QStringLiteral("grace_until"), isoUtc(clock.now().addSecs(-3600)));
        KeyVersion old = key(1, KeyState::Previous, QStringLiteral("key_old"));
        old.lastUsedAt = clock.now().addSecs(-60);
        QCOMPARE(alertrules::oldKeyAfterGrace(r, {old}, clock.now()).size(), 1);
    }

    void unauthorizedSpike_data()
    {
        QTest::addColumn<qint64>("before"); // 401s counted when the run began, over the 100 days before
        QTest::addColumn<qint64>("since");  // 401s counted since, during one day
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("fires");
        const QString underWay = QStringLiteral("grace_period");
        QTest::newRow("none before, 10 since") << 0ll << 10ll << underWay << true;
        QTest::newRow("none before, 9 since: below the minimum") << 0ll << 9ll << underWay << false;
        QTest::newRow("100 before (1 a day), 10 since") << 100ll << 10ll << underWay << true;
        QTest::newRow("1000 before (10 a day), exactly 3x") << 1000ll << 30ll << underWay << false;
        QTest::newRow("1000 before (10 a day), above 3x") << 1000ll << 31ll << underWay << true;
        QTest::newRow("usual rate") << 1000ll << 12ll << underWay << false;
        QTest::newRow("run failed") << 0ll << 50ll << QStringLiteral("failed") << false;
        QTest::newRow("run completed") << 0ll << 50ll << QStringLiteral("completed") << false;
    }
    void unauthorizedSpike()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, since);
        QFETCH(QString, state);
        QFETCH(bool, fires);
        ManualClock clock(fixedNow());
        const UnauthorizedBaseline baseline{before, clock.now().addSecs(-kDay)};
        KeyVersion old = key(1, KeyState::Previous, QStringLiteral("key_old"), 1);
        old.createdAt = baseline.at.addSecs(-100 * kDay);
        old.unauthorizedCount = before + since - 4;
        KeyVersion fresh = key(2, KeyState::Current, QStringLiteral("key_new"), 2);
        fresh.createdAt = baseline.at.addSecs(3600); // made by the run: not part of the time before
        fresh.unauthorizedCount = 4;
        const auto out = alertrules::unauthorizedSpike(run(13, state), {old, fresh}, baseline, clock.now());
        QCOMPARE(out.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(out.first().ruleKey, QStringLiteral("unauthorized_spike:run:13"));
            QCOMPARE(out.first().severity, alertseverity::kWarning);
            QVERIFY2(out.first().message.contains(QString::number(since)), qPrintable(out.first().message));
        }
    }

    void revokedKeyTried_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("unauthorized");
        QTest::addColumn<qint64>("usedAfterRevocation"); // seconds; 0: not used after
        QTest::addColumn<bool>("fires");
        QTest::newRow("revoked, quiet") << int(KeyState::Revoked) << 0ll << 0ll << false;
        QTest::newRow("revoked, 401s") << int(KeyState::Revoked) << 3ll << 0ll << true;
        QTest::newRow("revoked, used after") << int(KeyState::Revoked) << 0ll << 60ll << true;
        QTest::newRow("revoked, last use at revocation") << int(KeyState::Revoked) << 0ll << -1ll << false;
        QTest::newRow("previous key with 401s") << int(KeyState::Previous) << 5ll << 0ll << false;
    }
    void revokedKeyTried()
    {
        QFETCH(int, state);
        QFETCH(qint64, unauthorized);
        QFETCH(qint64, usedAfterRevocation);
        QFETCH(bool, fires);
        ManualClock clock(fixedNow());
        KeyVersion k = key(21, KeyState(state), QStringLiteral("key_gone"), 3);
        k.revokedAt = clock.now().addSecs(-kDay);
        k.lastUsedAt = usedAfterRevocation > 0   ? k.revokedAt.addSecs(usedAfterRevocation)
                       : usedAfterRevocation < 0 ? k.revokedAt
                                                 : k.revokedAt.addSecs(-kDay);
        k.unauthorizedCount = unauthorized;
        const auto out = alertrules::revokedKeyTried(QStringLiteral("mail-key"), k);
        QCOMPARE(out.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(out.first().ruleKey, QStringLiteral("revoked_key_tried:key:21"));
            QCOMPARE(out.first().severity, alertseverity::kCritical);
            QCOMPARE(out.first().credentialId, 7);
            QVERIFY(out.first().message.contains(QStringLiteral("v3")));
        }
    }

    void evaluateRunsEveryRule()
    {
        ManualClock clock(fixedNow());
        const QDateTime now = clock.now();
        AlertInput in;
        in.now = now;
        in.inventory << row(1, 30, 50 * kDay, now) << row(2, 90, 80 * kDay, now) << row(3, 90, 5 * kDay, now, 8 * kDay)
                     << row(4, 90, 5 * kDay, now);
        in.inventory[3].credential.id = 7;
        RotationRunRecord failed = run(30, QStringLiteral("failed"));
        RotationRunRecord grace = run(31, QStringLiteral("grace_period"));
        grace.graceUntil = now.addSecs(-3600);
        grace.data.insert(QStringLiteral("old_key_id"), QStringLiteral("key_old"));
        in.runs << failed << grace;
        KeyVersion old = key(1, KeyState::Previous, QStringLiteral("key_old"), 1);
        old.lastUsedAt = now.addSecs(-60);
        old.createdAt = now.addSecs(-200 * kDay);
        old.unauthorizedCount = 40;
        KeyVersion gone = key(2, KeyState::Revoked, QStringLiteral("key_gone"), 0);
        gone.unauthorizedCount = 1;
        in.keys.insert(7, {gone, old});
        in.baselines.insert(31, {20, now.addSecs(-3600)});
        QStringList keys;
        for (const AlertCandidate &c : alertrules::evaluate(in))
            keys << c.ruleKey;
        QCOMPARE(keys,
                 QStringList({QStringLiteral("age_over_1_5x:cred:1"), QStringLiteral("rotation_due:cred:2"),
                              QStringLiteral("key_unused:cred:3"), QStringLiteral("rotation_failed:run:30"),
                              QStringLiteral("old_key_used_after_grace:run:31"),
                              QStringLiteral("unauthorized_spike:run:31"), QStringLiteral("revoked_key_tried:key:2")}));
    }

    void severityRanks()
    {
        QVERIFY(alertSeverityRank(QStringLiteral("critical")) > alertSeverityRank(QStringLiteral("warning")));
        QVERIFY(alertSeverityRank(QStringLiteral("warning")) > alertSeverityRank(QStringLiteral("info")));
        QCOMPARE(alertSeverityRank(QStringLiteral("bogus")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "TestAlertRules.moc"
