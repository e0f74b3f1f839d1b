#include "core/net/ConnectionProfile.h"

#include <QTest>

using namespace keyturn;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("https platform") << "platform"
                                        << "https://api.example.org"
                                        << "";
        QTest::newRow("loopback http") << "platform"
                                       << "http://127.0.0.1:8200"
                                       << "";
        QTest::newRow("localhost http") << "vault"
                                        << "http://localhost:8200"
                                        << "";
        QTest::newRow("remote http") << "vault"
                                     << "http://vault.example.org:8200"
                                     << "only allowed to this machine";
        QTest::newRow("not a url") << "platform"
                                   << "vault.example.org"
                                   << "not an http";
        QTest::newRow("ftp") << "vault"
                             << "ftp://vault.example.org"
                             << "not an http";
        QTest::newRow("credentials in url") << "vault"
                                            << "https://root:hunter2@vault.example.org"
                                            << "no user name";
        QTest::newRow("bad mount") << "mount"
                                   << "se cret"
                                   << "not a mount path";
        QTest::newRow("nested mount") << "mount"
                                      << "kv/team-a"
                                      << "";
        QTest::newRow("smtp starttls") << "smtp"
                                       << "smtp://mail.example.org:587"
                                       << "";
        QTest::newRow("smtps") << "smtp"
                               << "smtps://mail.example.org:465"
                               << "";
        QTest::newRow("smtp http") << "smtp"
                                   << "http://mail.example.org"
                                   << "not an smtp";
        QTest::newRow("smtp password") << "smtp"
                                       << "smtp://u:pw@mail.example.org"
                                       << "no password";
        QTest::newRow("mail api") << "mail-api"
                                  << "https://mail.example.org"
                                  << "";
        QTest::newRow("mail api empty") << "mail-api"
                                        << ""
                                        << "needs a URL";
        QTest::newRow("from") << "from"
                              << "security@example.org"
                              << "";
        QTest::newRow("bad from") << "from"
                                  << "security team"
                                  << "not a mail address";
        QTest::newRow("unreadable ca") << "ca"
                                       << "/nonexistent/ca.pem"
                                       << "cannot be read";
    }
    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        ConnectionProfile p;
        if (field == QLatin1String("platform"))
            p.platformUrl = QUrl(value);
        else if (field == QLatin1String("vault"))
            p.vaultUrl = QUrl(value);
        else if (field == QLatin1String("mount"))
            p.vaultMount = value;
        else if (field == QLatin1String("smtp")) {
            p.mailTransport = QStringLiteral("smtp");
            p.smtpUrl = QUrl(value);
        } else if (field == QLatin1String("mail-api")) {
            p.mailTransport = QStringLiteral("mail-api");
            p.mailApiUrl = QUrl(value);
        } else if (field == QLatin1String("from"))
            p.fromAddress = value;
        else if (field == QLatin1String("ca"))
            p.caBundle = value;
        const auto r = p.validate();
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
        }
    }

    void jsonRoundTripHasNoTokens()
    {
        ConnectionProfile p;
        p.platformUrl = QUrl(QStringLiteral("https://api.example.org"));
        p.vaultUrl = QUrl(QStringLiteral("https://vault.example.org:8200"));
        p.vaultNamespace = QStringLiteral("team-a");
        p.mailTransport = QStringLiteral("smtp");
        p.smtpUrl = QUrl(QStringLiteral("smtp://mail.example.org:587"));
        p.smtpUsername = QStringLiteral("keyturn");
        p.fromAddress = QStringLiteral("security@example.org");
        const QJsonObject json = p.toJson();
        for (auto it = json.begin(); it != json.end(); ++it)
            QVERIFY2(!it.key().contains(QLatin1String("token")) && !it.key().contains(QLatin1String("password")),
                     qPrintable(it.key()));
        auto back = ConnectionProfile::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), json);
    }

    void damagedJsonIsRefused()
    {
        QJsonObject json{{QStringLiteral("vault_url"), QStringLiteral("gopher://x")}};
        QVERIFY(!ConnectionProfile::fromJson(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "TestConnectionProfile.moc"
