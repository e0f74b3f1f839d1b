#include "core/domain/Fingerprint.h"

#include <QTest>

using namespace keyturn;

class TestFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("fingerprint");
        // SHA-256 test vectors (FIPS 180-2): only the first 16 hex digits are kept.
        QTest::newRow("empty") << QByteArray() << "sha256:e3b0c44298fc1c14";
        QTest::newRow("abc") << QByteArray("abc") << "sha256:ba7816bf8f01cfea";
        QTest::newRow("long") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "sha256:248d6a61d20638b8";
    }
    void knownVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, fingerprint);
        QCOMPARE(fingerprintOf(key), fingerprint);
        QVERIFY(isValidFingerprint(fingerprintOf(key)));
    }
    void validity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << "sha256:0123456789abcdef" << true;
        QTest::newRow("upper hex") << "sha256:0123456789ABCDEF" << false;
        QTest::newRow("short") << "sha256:0123" << false;
        QTest::newRow("long") << "sha256:0123456789abcdef00" << false;
        QTest::newRow("no scheme") << "0123456789abcdef" << false;
        QTest::newRow("a key, not a fingerprint") << "sk_live_51HxYz0123456789" << false;
    }
    void validity()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidFingerprint(text), valid);
    }
    void display()
    {
        QCOMPARE(displayFingerprint(QStringLiteral("sha256:3f2a91c077de0b15")),
                 QStringLiteral("sha256:3f2a 91c0 77de 0b15"));
        QCOMPARE(displayFingerprint(QStringLiteral("garbage")), QStringLiteral("garbage"));
    }
    void sha256HexIsFull()
    {
        QCOMPARE(sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "TestFingerprint.moc"
