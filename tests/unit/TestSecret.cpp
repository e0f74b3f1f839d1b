#include "core/domain/Secret.h"

#include <QTest>

using namespace keyturn;

class TestSecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debugOutputIsRedacted()
    {
        const Secret s(QByteArray("sk_live_canary_4f9a8b7c"));
        QString printed;
        QDebug(&printed) << s;
        QVERIFY(!printed.contains(QLatin1String("canary")));
        QVERIFY(printed.contains(QLatin1String("<redacted>")));
    }
    void fingerprintMatchesBytes()
    {
        const Secret s(QByteArray("abc"));
        QCOMPARE(s.fingerprint(), QStringLiteral("sha256:ba7816bf8f01cfea"));
    }
    void copiesAreIndependent()
    {
        Secret a(QByteArray("value-one"));
        Secret b = a;
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.reveal(), QByteArray("value-one"));
    }
    void clearEmpties()
    {
        Secret s(QByteArray("wipe-me-please"));
        s.clear();
        QVERIFY(s.isEmpty());
        QCOMPARE(s.reveal(), QByteArray());
    }
    void sharedCopyIsNotCorrupted()
    {
        QByteArray header;
        {
            Secret s(QByteArray("token-in-flight"));
            header = s.reveal(); // shares the buffer, as an HTTP header would
        }
        QCOMPARE(header, QByteArray("token-in-flight"));
    }
    void moveLeavesSourceEmpty()
    {
        Secret a(QByteArray("moving"));
        Secret b(std::move(a));
        QCOMPARE(b.reveal(), QByteArray("moving"));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "TestSecret.moc"
