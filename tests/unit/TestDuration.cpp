#include "core/domain/Duration.h"

#include <QTest>

using namespace keyturn;
using namespace std::chrono;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("days") << "30d" << true << qint64(30 * 86400);
        QTest::newRow("hours") << "2h" << true << qint64(7200);
        QTest::newRow("minutes") << "90m" << true << qint64(5400);
        QTest::newRow("seconds") << "45s" << true << qint64(45);
        QTest::newRow("weeks") << "2w" << true << qint64(14 * 86400);
        QTest::newRow("compound") << "1h30m" << true << qint64(5400);
        QTest::newRow("upper case and spaces") << " 4H " << true << qint64(4 * 3600);
        QTest::newRow("zero") << "0d" << false << qint64(0);
        QTest::newRow("no unit") << "30" << false << qint64(0);
        QTest::newRow("unknown unit") << "3y" << false << qint64(0);
        QTest::newRow("negative") << "-2h" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("garbage") << "soon" << false << qint64(0);
        QTest::newRow("absurd") << "99999999d" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        const auto parsed = parseDuration(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->count(), seconds);
    }
    void format_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("days") << qint64(30 * 86400) << "30d";
        QTest::newRow("hours") << qint64(7200) << "2h";
        QTest::newRow("mixed") << qint64(5400) << "1h30m";
        QTest::newRow("zero") << qint64(0) << "0s";
    }
    void format()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(std::chrono::seconds(seconds)), text);
    }
    void roundTrip()
    {
        for (const char *text : {"30d", "2h", "1h30m", "7d", "45s"})
            QCOMPARE(formatDuration(*parseDuration(QString::fromLatin1(text))), QString::fromLatin1(text));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
