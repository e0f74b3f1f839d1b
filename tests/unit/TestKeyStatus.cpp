#include "core/domain/KeyStatus.h"

#include <QTest>

using namespace keyturn;

class TestKeyStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assess_data()
    {
        QTest::addColumn<double>("ageDays");    // age of the current key
        QTest::addColumn<int>("interval");      // policy, days
        QTest::addColumn<double>("unusedDays"); // days since last use; negative: never used
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("expectedAge");

        QTest::newRow("fresh and used") << 3.0 << 90 << 0.1 << "active"
                                        << "healthy" << 3;
        QTest::newRow("due in 20 d: not yet") << 70.0 << 90 << 0.1 << "active"
                                              << "healthy" << 70;
        QTest::newRow("due in 14 d") << 76.0 << 90 << 0.1 << "active"
                                     << "due_soon" << 76;
        QTest::newRow("due in 1 h") << 89.96 << 90 << 0.1 << "active"
                                    << "due_soon" << 89;
        QTest::newRow("exactly at interval") << 90.0 << 90 << 0.1 << "active"
                                             << "overdue" << 90;
        QTest::newRow("overdue") << 120.0 << 90 << 0.1 << "active"
                                 << "overdue" << 120;
        QTest::newRow("exactly 1.5x is not critical") << 135.0 << 90 << 0.1 << "active"
                                                      << "overdue" << 135;
        QTest::newRow("above 1.5x") << 136.0 << 90 << 0.1 << "active"
                                    << "overdue_critical" << 136;
        QTest::newRow("7-day key mid-week is healthy") << 2.0 << 7 << 0.1 << "active"
                                                       << "healthy" << 2;
        QTest::newRow("7-day key due soon within half its interval") << 4.0 << 7 << 0.1 << "active"
                                                                     << "due_soon" << 4;
        QTest::newRow("unused 6 d") << 10.0 << 90 << 6.9 << "active"
                                    << "healthy" << 10;
        QTest::newRow("unused 7 d: stale") << 10.0 << 90 << 7.0 << "active"
                                           << "stale" << 10;
        QTest::newRow("unused 29 d: stale") << 40.0 << 90 << 29.5 << "active"
                                            << "stale" << 40;
        QTest::newRow("unused 30 d: potentially stale") << 40.0 << 90 << 30.0 << "active"
                                                        << "potentially_stale" << 40;
        QTest::newRow("never used, 3 d old") << 3.0 << 90 << -1.0 << "active"
                                             << "healthy" << 3;
        QTest::newRow("never used, 8 d old") << 8.0 << 90 << -1.0 << "active"
                                             << "stale" << 8;
        QTest::newRow("overdue beats stale") << 100.0 << 90 << 10.0 << "active"
                                             << "overdue" << 100;
        QTest::newRow("potentially stale beats due soon") << 80.0 << 90 << 40.0 << "active"
                                                          << "potentially_stale" << 80;
        QTest::newRow("rotating beats overdue") << 200.0 << 90 << 0.1 << "rotating"
                                                << "rotating" << 200;
        QTest::newRow("revoked beats all") << 500.0 << 90 << 400.0 << "revoked"
                                           << "revoked" << 500;
    }
    void assess()
    {
        QFETCH(double, ageDays);
        QFETCH(int, interval);
        QFETCH(double, unusedDays);
        QFETCH(QString, lifecycle);
        QFETCH(QString, expected);
        QFETCH(int, expectedAge);

        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        StatusInput in;
        in.now = now;
        in.rotatedAt = now.addSecs(-qint64(ageDays * 86400));
        in.rotationIntervalDays = interval;
        if (unusedDays >= 0)
            in.lastUsedAt = now.addSecs(-qint64(unusedDays * 86400));
        in.lifecycle = *lifecycleFromString(lifecycle);
        const StatusAssessment a = assessStatus(in);
        QCOMPARE(toString(a.status), expected);
        QCOMPARE(a.ageDays, expectedAge);
        QCOMPARE(a.nextRotation, in.rotatedAt.addDays(interval));
        if (a.status != KeyStatus::Healthy)
            QVERIFY2(!a.reasons.isEmpty(), "a status other than healthy says why");
        // without the reasons (a table of 100,000 keys): the same status and numbers, no text
        StatusPolicy quiet;
        quiet.withReasons = false;
        const StatusAssessment b = assessStatus(in, quiet);
        QCOMPARE(int(b.status), int(a.status));
        QCOMPARE(b.ageDays, a.ageDays);
        QCOMPARE(b.nextRotation, a.nextRotation);
        QCOMPARE(b.daysSinceUse, a.daysSinceUse);
        QVERIFY(b.reasons.isEmpty());
    }
    void reasonsNameAgeAndPolicy()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        StatusInput in{now, now.addDays(-134), 90, now.addSecs(-60), Lifecycle::Active};
        const StatusAssessment a = assessStatus(in);
        QVERIFY(a.reasons.join(QLatin1Char(' ')).contains(QLatin1String("age 134 d, policy 90 d")));
    }
    void wholeDays_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("days");
        QTest::newRow("zero") << qint64(0) << 0;
        QTest::newRow("23 h") << qint64(23 * 3600) << 0;
        QTest::newRow("24 h") << qint64(24 * 3600) << 1;
        QTest::newRow("-1 s") << qint64(-1) << -1;
        QTest::newRow("-24 h") << qint64(-24 * 3600) << -1;
        QTest::newRow("-25 h") << qint64(-25 * 3600) << -2;
    }
    void wholeDays()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, days);
        const QDateTime from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(wholeDaysBetween(from, from.addSecs(seconds)), days);
    }
    void namesRoundTrip()
    {
        for (KeyStatus s : allKeyStatuses())
            QCOMPARE(keyStatusFromString(toString(s)), std::optional<KeyStatus>(s));
        QVERIFY(!keyStatusFromString(QStringLiteral("fine")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeyStatus)
#include "TestKeyStatus.moc"
