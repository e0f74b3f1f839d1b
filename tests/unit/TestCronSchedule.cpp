#include "core/schedule/CronSchedule.h"

#include <QTest>

using namespace keyturn;

namespace {
QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

class TestCronSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsBadExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("day 32") << "0 2 32 * *"
                                << "field 3 (day of month): 32 is out of 1-31";
        QTest::newRow("minute 60") << "60 * * * *"
                                   << "field 1 (minute): 60 is out of 0-59";
        QTest::newRow("hour 24") << "0 24 * * *"
                                 << "field 2 (hour): 24 is out of 0-23";
        QTest::newRow("month 13") << "0 0 * 13 *"
                                  << "field 4 (month): 13 is out of 1-12";
        QTest::newRow("day 0") << "0 0 0 * *"
                               << "field 3 (day of month): 0 is out of 1-31";
        QTest::newRow("weekday 8") << "0 0 * * 8"
                                   << "field 5 (day of week): 8 is out of 0-7";
        QTest::newRow("bad month name") << "0 0 * FOO *"
                                        << "field 4 (month): 'FOO' is not a number or a name";
        QTest::newRow("weekday name in month") << "0 0 * MON *"
                                               << "field 4 (month): 'MON' is not a number";
        QTest::newRow("name in minute") << "a * * * *"
                                        << "field 1 (minute): 'a' is not a number";
        QTest::newRow("step 0") << "*/0 * * * *"
                                << "field 1 (minute): the step in '*/0' must be";
        QTest::newRow("step not a number") << "*/x * * * *"
                                           << "field 1 (minute): the step in '*/x' must be";
        QTest::newRow("backwards range") << "0 5-1 * * *"
                                         << "field 2 (hour): the range 5-1 runs backwards";
        QTest::newRow("range end out of range") << "0 0 1-40 * *"
                                                << "field 3 (day of month): 40 is out of 1-31";
        QTest::newRow("empty list item") << "0 2 1,,2 * *"
                                         << "field 3 (day of month): '1,,2' has an empty list item";
        QTest::newRow("four fields") << "0 2 1 *"
                                     << "has 4";
        QTest::newRow("six fields") << "0 0 2 1 * *"
                                    << "has 6";
        QTest::newRow("empty") << ""
                               << "has 0";
        QTest::newRow("bad weekday range") << "0 0 * * MON-FOO"
                                           << "field 5 (day of week): 'FOO'";
    }
    void rejectsBadExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        auto parsed = CronSchedule::parse(expression);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(error), qPrintable(parsed.errorMessage()));
    }

    void next_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        // the three schedules of the rotation guide (shared/examples/rotation-schedules.yaml)
        QTest::newRow("monthly") << "0 2 1 * *" << utc(2026, 11, 24, 12) << utc(2026, 12, 1, 2);
        QTest::newRow("monthly, strictly after") << "0 2 1 * *" << utc(2026, 12, 1, 2) << utc(2027, 1, 1, 2);
        QTest::newRow("monthly, a second before") << "0 2 1 * *" << utc(2026, 12, 1, 1, 59, 59) << utc(2026, 12, 1, 2);
        QTest::newRow("monthly, across the year") << "0 2 1 * *" << utc(2026, 12, 31, 23, 59) << utc(2027, 1, 1, 2);
        QTest::newRow("weekly Sunday 0") << "0 3 * * 0" << utc(2026, 11, 24, 12) << utc(2026, 11, 29, 3);
        QTest::newRow("weekly Sunday 7") << "0 3 * * 7" << utc(2026, 11, 24, 12) << utc(2026, 11, 29, 3);
        QTest::newRow("weekly SUN") << "0 3 * * SUN" << utc(2026, 11, 24, 12) << utc(2026, 11, 29, 3);
        QTest::newRow("weekly, on Sunday after 3") << "0 3 * * 0" << utc(2026, 11, 29, 3) << utc(2026, 12, 6, 3);
        QTest::newRow("quarterly") << "0 2 1 */3 *" << utc(2026, 11, 24, 12) << utc(2027, 1, 1, 2);
        QTest::newRow("quarterly from January") << "0 2 1 */3 *" << utc(2026, 1, 1, 2) << utc(2026, 4, 1, 2);
        QTest::newRow("quarterly from July") << "0 2 1 */3 *" << utc(2026, 7, 1, 2) << utc(2026, 10, 1, 2);
        // leap years and month ends
        QTest::newRow("29 Feb, next leap year") << "0 0 29 2 *" << utc(2026, 3, 1) << utc(2028, 2, 29);
        QTest::newRow("29 Feb, 2100 is no leap year") << "0 0 29 2 *" << utc(2096, 3, 1) << utc(2104, 2, 29);
        QTest::newRow("31st skips 30-day months") << "0 0 31 * *" << utc(2026, 4, 1) << utc(2026, 5, 31);
        QTest::newRow("31st, from 31 Jan") << "0 0 31 * *" << utc(2026, 1, 31, 0, 1) << utc(2026, 3, 31);
        QTest::newRow("30 Feb never") << "0 0 30 2 *" << utc(2026, 1, 1) << QDateTime();
        QTest::newRow("28 Feb to 29 Feb in a leap year")
            << "0 12 * 2 *" << utc(2028, 2, 28, 13) << utc(2028, 2, 29, 12);
        // lists, ranges, steps, names
        QTest::newRow("list of days") << "0 0 1,15 * *" << utc(2026, 12, 1) << utc(2026, 12, 15);
        QTest::newRow("stepped range") << "10-50/10 * * * *" << utc(2026, 11, 24, 12) << utc(2026, 11, 24, 12, 10);
        QTest::newRow("stepped range wraps the hour")
            << "10-50/10 * * * *" << utc(2026, 11, 24, 12, 50) << utc(2026, 11, 24, 13, 10);
        QTest::newRow("hours 9-17/4 on workdays")
            << "0 9-17/4 * * MON-FRI" << utc(2026, 11, 27, 17) << utc(2026, 11, 30, 9);
        QTest::newRow("start/step") << "5/20 * * * *" << utc(2026, 11, 24, 12, 6) << utc(2026, 11, 24, 12, 25);
        QTest::newRow("lower-case month name") << "0 0 1 jan *" << utc(2026, 11, 24) << utc(2027, 1, 1);
        QTest::newRow("weekday range to 7") << "0 0 * * 6-7" << utc(2026, 11, 24) << utc(2026, 11, 28);
        // both day fields restricted: either matches (the 15th or a Monday)
        QTest::newRow("day or weekday") << "0 0 15 * MON" << utc(2026, 11, 24) << utc(2026, 11, 30);
        QTest::newRow("day only") << "0 0 15 * *" << utc(2026, 11, 24) << utc(2026, 12, 15);
        // a day field starting with * is not restricted: then both must match (Vixie cron)
        QTest::newRow("stepped day and weekday") << "0 0 */15 * MON" << utc(2026, 11, 24) << utc(2027, 2, 1);
        // times are UTC: an offset in the input is converted, daylight saving never moves anything
        QTest::newRow("input with an offset")
            << "0 2 1 * *" << QDateTime(QDate(2026, 12, 1), QTime(2, 30), Qt::OffsetFromUTC, 3600)
            << utc(2026, 12, 1, 2);
        QTest::newRow("night of the EU spring change")
            << "30 2 * * *" << utc(2026, 3, 28, 3) << utc(2026, 3, 29, 2, 30);
        QTest::newRow("night of the US autumn change")
            << "30 1 * * *" << utc(2026, 11, 1, 2) << utc(2026, 11, 2, 1, 30);
    }
    void next()
    {
        QFETCH(QString, expression);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        auto cron = CronSchedule::parse(expression);
        QVERIFY2(cron.ok(), qPrintable(cron.errorMessage()));
        const QDateTime got = cron->next(after);
        QCOMPARE(got, expected);
        if (expected.isValid()) {
            QVERIFY(cron->matches(got));
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }

    void occurrences_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<QDateTime>("last");
        const QDateTime now = utc(2026, 11, 24, 12);
        const QDateTime in13Weeks = now.addDays(91);
        QTest::newRow("monthly, 13 weeks")
            << "0 2 1 * *" << now << in13Weeks << 100 << 3 << utc(2026, 12, 1, 2) << utc(2027, 2, 1, 2);
        QTest::newRow("weekly, 13 weeks")
            << "0 3 * * 0" << now << in13Weeks << 100 << 13 << utc(2026, 11, 29, 3) << utc(2027, 2, 21, 3);
        QTest::newRow("quarterly, 13 weeks")
            << "0 2 1 */3 *" << now << in13Weeks << 100 << 1 << utc(2027, 1, 1, 2) << utc(2027, 1, 1, 2);
        QTest::newRow("from is inclusive") << "0 2 1 * *" << utc(2026, 12, 1, 2) << utc(2027, 1, 1, 2) << 100 << 1
                                           << utc(2026, 12, 1, 2) << utc(2026, 12, 1, 2);
        QTest::newRow("max caps") << "0 3 * * 0" << now << in13Weeks << 5 << 5 << utc(2026, 11, 29, 3)
                                  << utc(2026, 12, 27, 3);
        QTest::newRow("none") << "0 0 30 2 *" << now << in13Weeks << 100 << 0 << QDateTime() << QDateTime();
    }
    void occurrences()
    {
        QFETCH(QString, expression);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, max);
        QFETCH(int, count);
        QFETCH(QDateTime, first);
        QFETCH(QDateTime, last);
        auto cron = CronSchedule::parse(expression);
        QVERIFY(cron.ok());
        const QList<QDateTime> times = cron->occurrences(from, to, max);
        QCOMPARE(times.size(), count);
        if (count > 0) {
            QCOMPARE(times.first(), first);
            QCOMPARE(times.last(), last);
        }
        for (int i = 1; i < times.size(); ++i)
            QVERIFY(times.at(i - 1) < times.at(i));
    }

    void dailyRunsAreExactlyADayApartAcrossDaylightSaving()
    {
        auto cron = CronSchedule::parse(QStringLiteral("30 2 * * *"));
        QVERIFY(cron.ok());
        // March and October hold the EU clock changes, March and November the US ones: UTC has none
        for (int month : {3, 10, 11}) {
            const QList<QDateTime> times = cron->occurrences(utc(2026, month, 1), utc(2026, month + 1, 1), 100);
            QCOMPARE(times.size(), QDate(2026, month, 1).daysInMonth());
            for (int i = 1; i < times.size(); ++i)
                QCOMPARE(times.at(i - 1).secsTo(times.at(i)), qint64(86400));
        }
    }

    void normalisesTheExpression()
    {
        auto cron = CronSchedule::parse(QStringLiteral("  0  2 1   * * "));
        QVERIFY(cron.ok());
        QCOMPARE(cron->expression(), QStringLiteral("0 2 1 * *"));
    }
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "TestCronSchedule.moc"
