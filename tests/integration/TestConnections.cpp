#include "Sandbox.h"
#include "core/net/Connections.h"
#include "core/net/MailTransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace keyturn;

class TestConnections : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    static QList<ServiceCheck> test(Connections &c)
    {
        std::optional<QList<ServiceCheck>> out;
        c.test([&out](QList<ServiceCheck> checks) { out = checks; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 15000);
        return out.value_or(QList<ServiceCheck>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0).ok());
    }

    void everyServiceAnswers()
    {
        ConnectionProfile p;
        p.platformUrl = p.vaultUrl = p.mailApiUrl = QUrl(m_sandbox->url());
        p.mailTransport = QStringLiteral("mail-api");
        Connections c(p);
        c.setToken(TokenKind::Platform, m_sandbox->adminToken());
        c.setToken(TokenKind::Vault, m_sandbox->vaultToken());
        c.setToken(TokenKind::Mail, m_sandbox->mailToken());
        const QList<ServiceCheck> checks = test(c);
        QCOMPARE(checks.size(), 3);
        for (const ServiceCheck &check : checks) {
            QVERIFY(check.configured);
            QVERIFY2(check.ok, qPrintable(check.detail));
        }
        QCOMPARE(c.mail()->name(), QStringLiteral("mail-api"));
        QSignalSpy sent(c.mail(), &MailTransport::sent);
        MailMessage m;
        m.from = QStringLiteral("security@example.org");
        m.to = {QStringLiteral("a@example.org")};
        m.subject = QStringLiteral("s");
        m.textBody = QStringLiteral("t");
        m.htmlBody = QStringLiteral("<p>t</p>");
        m.messageId = MailMessage::messageIdForNotice(1, QStringLiteral("example.org"));
        c.mail()->send(m);
        QVERIFY(sent.wait(10000));
    }

    void missingTokensAndServicesAreReported()
    {
        ConnectionProfile p;
        p.platformUrl = QUrl(m_sandbox->url());
        Connections c(p);
        const QList<ServiceCheck> checks = test(c);
        QVERIFY(checks.at(0).configured && !checks.at(0).ok);
        QVERIFY2(checks.at(0).detail.contains(QLatin1String("KEYTURN_PLATFORM_TOKEN")),
                 qPrintable(checks.at(0).detail));
        QVERIFY(!checks.at(1).configured);
        QVERIFY(!checks.at(2).configured);
        QVERIFY(c.vault() == nullptr);
        QVERIFY(c.mail() == nullptr);
    }

    void smtpRelayReachability()
    {
        QTcpServer relay;
        QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
        ConnectionProfile p;
        p.mailTransport = QStringLiteral("smtp");
        p.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(relay.serverPort()));
        Connections c(p);
        QCOMPARE(c.mail()->name(), QStringLiteral("smtp"));
        QList<ServiceCheck> checks = test(c);
        QVERIFY2(checks.at(2).ok, qPrintable(checks.at(2).detail));
        const quint16 port = relay.serverPort();
        relay.close();
        Connections closed(p);
        checks = test(closed);
        QVERIFY(!checks.at(2).ok);
        QVERIFY(checks.at(2).detail.contains(QString::number(port)));
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "TestConnections.moc"
