#include "SandboxProcess.h"
#include "core/net/MailApiTransport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

class TestMailApiTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;

    QJsonArray outbox()
    {
        QNetworkRequest req(m_sandbox->url().resolved(QUrl(QStringLiteral("/v1/outbox"))));
        req.setRawHeader("Authorization", "Bearer " + m_sandbox->mailToken());
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("messages")).toArray();
    }

    static MailMessage message(qint64 noticeId)
    {
        MailMessage m;
        m.from = QStringLiteral("security@keyturn.example");
        m.to = {QStringLiteral("api-owner@acme.example")};
        m.subject = QStringLiteral("Rotate your API key before 2026-12-24");
        m.textBody = QStringLiteral("Your key kt_live_ab12… (sha256:0123456789abcdef) will be revoked.");
        m.htmlBody = QStringLiteral("<p>Your key will be revoked.</p>");
        m.messageId = MailMessage::messageIdForNotice(noticeId, QStringLiteral("keyturn.example"));
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->ok(), m_sandbox->stderrOutput().constData());
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void sendsOnceEvenWhenRepeated()
    {
        MailApiConfig config;
        config.baseUrl = m_sandbox->url();
        config.token = Secret(m_sandbox->mailToken());
        MailApiTransport transport(&m_nam, config);
        QSignalSpy sent(&transport, &MailTransport::sent);
        QSignalSpy failed(&transport, &MailTransport::failed);
        transport.send(message(42));
        QVERIFY(sent.wait(10000));
        const QString id = sent.first().at(1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(sent.first().at(0).toString(), message(42).messageId);

        transport.send(message(42)); // a resend after a crash
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.at(1).at(1).toString(), id);
        QCOMPARE(failed.count(), 0);
        const QJsonArray messages = outbox();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first().toObject();
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), message(42).subject);
        QCOMPARE(m.value(QStringLiteral("html_body")).toString(), message(42).htmlBody);
    }

    void wrongTokenFails()
    {
        MailApiConfig config;
        config.baseUrl = m_sandbox->url();
        config.token = Secret(QByteArray("kt_mail_canary_wrong"));
        MailApiTransport transport(&m_nam, config);
        QSignalSpy failed(&transport, &MailTransport::failed);
        transport.send(message(7));
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().at(1).value<NetError>();
        QCOMPARE(error.httpStatus, 401);
        QVERIFY(!error.message.contains(QLatin1String("canary")));
    }

    void missingRecipientIsRefusedBeforeSending()
    {
        MailApiConfig config;
        config.baseUrl = m_sandbox->url();
        config.token = Secret(m_sandbox->mailToken());
        MailApiTransport transport(&m_nam, config);
        QSignalSpy failed(&transport, &MailTransport::failed);
        MailMessage m = message(8);
        m.to.clear();
        transport.send(m);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<NetError>().kind, NetError::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestMailApiTransport)
#include "TestMailApiTransport.moc"
