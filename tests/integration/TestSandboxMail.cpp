// The sandbox's HTTP mail API and outbox (docs/sandbox-api.md), in-process over loopback.
#include "SandboxTestClient.h"

using namespace keyturn;
using namespace keyturn::test;

namespace {
QJsonObject notice()
{
    return QJsonObject{
        {QStringLiteral("from"), QStringLiteral("Keyturn <keyturn@platform.example>")},
        {QStringLiteral("to"), QStringLiteral("api-owner@acme-logistics.example")},
        {QStringLiteral("subject"), QStringLiteral("Rotate acme-logistics-prod by 24 December")},
        {QStringLiteral("text_body"), QStringLiteral("Please create a new key.")},
        {QStringLiteral("html_body"), QStringLiteral("<p>Please create a new key.</p>")},
    };
}
} // namespace

class TestSandboxMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendStoresTheMessageInTheOutbox()
    {
        InProcessSandbox s;
        QCOMPARE(s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray().size(), 0);
        const HttpAnswer sent = s.http().post(As::Mail, QStringLiteral("/v1/send"), notice());
        QCOMPARE(sent.status, 200);
        const QString id = sent.json().value("id").toString();
        QVERIFY(id.startsWith(QLatin1String("msg_")));

        const HttpAnswer outbox = s.http().get(As::Mail, QStringLiteral("/v1/outbox"));
        QCOMPARE(outbox.status, 200);
        const QJsonArray messages = outbox.json().value("messages").toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.at(0).toObject();
        QCOMPARE(m.value("id").toString(), id);
        QCOMPARE(m.value("from").toString(), QStringLiteral("Keyturn <keyturn@platform.example>"));
        QCOMPARE(m.value("to").toArray(), QJsonArray({"api-owner@acme-logistics.example"}));
        QCOMPARE(m.value("subject").toString(), notice().value("subject").toString());
        QCOMPARE(m.value("text_body").toString(), notice().value("text_body").toString());
        QCOMPARE(m.value("html_body").toString(), notice().value("html_body").toString());
        QVERIFY(m.contains(QStringLiteral("message_id")));
        QCOMPARE(m.value("received_at").toString(), QStringLiteral("2026-11-24T12:00:00.000Z"));
    }

    void sendTakesAListOfRecipients()
    {
        InProcessSandbox s;
        QJsonObject body = notice();
        body.insert(QStringLiteral("to"), QJsonArray{"a@one.example", "b@two.example"});
        QCOMPARE(s.http().post(As::Mail, QStringLiteral("/v1/send"), body).status, 200);
        const QJsonObject m =
            s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray().at(0).toObject();
        QCOMPARE(m.value("to").toArray(), QJsonArray({"a@one.example", "b@two.example"}));
    }

    void sendNamesTheBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
        QTest::addColumn<QString>("named");
        QTest::newRow("no from") << "from" << QJsonValue(QJsonValue::Undefined) << "from";
        QTest::newRow("bad from") << "from" << QJsonValue("keyturn") << "from";
        QTest::newRow("no to") << "to" << QJsonValue(QJsonValue::Undefined) << "to";
        QTest::newRow("empty to") << "to" << QJsonValue(QJsonArray()) << "to";
        QTest::newRow("bad to") << "to" << QJsonValue("not-an-address") << "to";
        QTest::newRow("bad one of to") << "to" << QJsonValue(QJsonArray{"a@x.example", "nope"}) << "to";
        QTest::newRow("to a number") << "to" << QJsonValue(5) << "to";
        QTest::newRow("no subject") << "subject" << QJsonValue(QJsonValue::Undefined) << "subject";
        QTest::newRow("subject not text") << "subject" << QJsonValue(true) << "subject";
        QTest::newRow("html not text") << "html_body" << QJsonValue(42) << "html_body";
        QTest::newRow("message_id not text") << "message_id" << QJsonValue(7) << "message_id";
    }
    void sendNamesTheBadField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        InProcessSandbox s;
        QJsonObject body = notice();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpAnswer r = s.http().post(As::Mail, QStringLiteral("/v1/send"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value("error").toString().contains(named), r.body.constData());
        QCOMPARE(s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray().size(), 0);
    }

    void sendWantsABody()
    {
        InProcessSandbox s;
        QJsonObject body = notice();
        body.remove(QStringLiteral("text_body"));
        body.remove(QStringLiteral("html_body"));
        const HttpAnswer r = s.http().post(As::Mail, QStringLiteral("/v1/send"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value("error").toString().contains(QLatin1String("text_body")));
        QCOMPARE(s.http().send("POST", QStringLiteral("/v1/send"), s.http().credentials(As::Mail), "{oops").status,
                 400);
    }

    void aKnownMessageIdIsNotStoredTwice()
    {
        InProcessSandbox s;
        QJsonObject body = notice();
        body.insert(QStringLiteral("message_id"), QStringLiteral("<keyturn-notice-42@platform.example>"));
        const HttpAnswer first = s.http().post(As::Mail, QStringLiteral("/v1/send"), body);
        const HttpAnswer resend = s.http().post(As::Mail, QStringLiteral("/v1/send"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(resend.status, 200);
        QCOMPARE(resend.json().value("id").toString(), first.json().value("id").toString());
        const QJsonArray messages =
            s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value("message_id").toString(),
                 QStringLiteral("<keyturn-notice-42@platform.example>"));

        // Another message id, or none, is another message.
        body.insert(QStringLiteral("message_id"), QStringLiteral("<keyturn-notice-43@platform.example>"));
        const HttpAnswer other = s.http().post(As::Mail, QStringLiteral("/v1/send"), body);
        QVERIFY(other.json().value("id").toString() != first.json().value("id").toString());
        QCOMPARE(s.http().post(As::Mail, QStringLiteral("/v1/send"), notice()).status, 200);
        QCOMPARE(s.http().post(As::Mail, QStringLiteral("/v1/send"), notice()).status, 200);
        QCOMPARE(s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMail)
#include "TestSandboxMail.moc"
