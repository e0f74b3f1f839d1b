// Fault injection per subsystem (POST/GET/DELETE /_sandbox/faults), in-process over loopback.
#include "SandboxTestClient.h"

#include <QElapsedTimer>

using namespace keyturn;
using namespace keyturn::test;

namespace {
HttpAnswer setFault(SandboxClient &http, const QJsonObject &fault)
{
    return http.post(As::Admin, QStringLiteral("/_sandbox/faults"), fault);
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void faultsAreSetListedAndCleared()
    {
        InProcessSandbox s;
        const HttpAnswer set = setFault(s.http(), {{"subsystem", "vault"}, {"latency_ms", 250}});
        QCOMPARE(set.status, 200);
        const QJsonObject echoed = set.json();
        QCOMPARE(echoed.value("subsystem").toString(), QStringLiteral("vault"));
        QCOMPARE(echoed.value("latency_ms").toInt(), 250);
        // Omitted fields are 0 or false; status defaults to 500.
        QCOMPARE(echoed.value("error_rate").toDouble(-1), 0.0);
        QCOMPARE(echoed.value("status").toInt(), 500);
        QCOMPARE(echoed.value("outage").toBool(true), false);
        QCOMPARE(echoed.value("malformed").toBool(true), false);
        QCOMPARE(echoed.value("oversize_bytes").toInt(-1), 0);
        QCOMPARE(setFault(s.http(), {{"subsystem", "mail"}, {"outage", true}}).status, 200);

        QJsonArray listed =
            s.http().get(As::Admin, QStringLiteral("/_sandbox/faults")).json().value("faults").toArray();
        QCOMPARE(listed.size(), 2);
        QStringList subsystems;
        for (const QJsonValue &f : listed)
            subsystems << f.toObject().value("subsystem").toString();
        QCOMPARE(subsystems, QStringList({"vault", "mail"}));

        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/_sandbox/faults")).status, 200);
        listed = s.http().get(As::Admin, QStringLiteral("/_sandbox/faults")).json().value("faults").toArray();
        QCOMPARE(listed.size(), 0);
        QCOMPARE(s.http().post(As::Mail, QStringLiteral("/v1/send"), QJsonObject()).status, 400);
    }

    void badFaultsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("unknown subsystem") << QJsonObject{{"subsystem", "dns"}};
        QTest::newRow("no subsystem") << QJsonObject{{"latency_ms", 10}};
        QTest::newRow("rate above one") << QJsonObject{{"subsystem", "admin"}, {"error_rate", 1.5}};
        QTest::newRow("negative latency") << QJsonObject{{"subsystem", "admin"}, {"latency_ms", -1}};
        QTest::newRow("status not an error") << QJsonObject{{"subsystem", "admin"}, {"status", 299}};
        QTest::newRow("outage not a flag") << QJsonObject{{"subsystem", "admin"}, {"outage", "yes"}};
        QTest::newRow("unknown field") << QJsonObject{{"subsystem", "admin"}, {"latency", 10}};
    }
    void badFaultsAreRefused()
    {
        QFETCH(QJsonObject, fault);
        InProcessSandbox s;
        const HttpAnswer r = setFault(s.http(), fault);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value("error").toString().isEmpty());
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/_sandbox/faults")).json().value("faults").toArray().size(),
                 0);
    }

    void latencyDelaysOneSubsystemWithoutBlockingOthers()
    {
        InProcessSandbox s;
        const int latency = 3000;
        QCOMPARE(setFault(s.http(), {{"subsystem", "vault"}, {"latency_ms", latency}}).status, 200);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = s.http().start("GET", QStringLiteral("/v1/sys/health"), {});
        // Another connection is served at once while the vault's answer waits.
        const HttpAnswer fast = s.http().get(As::Admin, QStringLiteral("/admin/users"));
        QCOMPARE(fast.status, 200);
        QVERIFY2(!slow->isFinished(), "the delayed answer came before the undelayed one");
        const HttpAnswer delayed = SandboxClient::finish(slow);
        QCOMPARE(delayed.status, 200);
        QCOMPARE(delayed.json().value("sealed").toBool(true), false);
        // Coarse timers may fire a little early; the delay is still most of what was asked.
        QVERIFY2(clock.elapsed() >= latency * 9 / 10, qPrintable(QString::number(clock.elapsed())));
    }

    void errorRateOneFailsEveryRequestInTheSubsystemsShape()
    {
        InProcessSandbox s;
        QCOMPARE(setFault(s.http(), {{"subsystem", "admin"}, {"error_rate", 1.0}, {"status", 503}}).status, 200);
        QCOMPARE(setFault(s.http(), {{"subsystem", "vault"}, {"error_rate", 1.0}}).status, 200);
        const HttpAnswer admin = s.http().get(As::Admin, QStringLiteral("/admin/keys"));
        QCOMPARE(admin.status, 503);
        QVERIFY(admin.json().value("error").isString());
        const HttpAnswer vault = s.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/x"));
        QCOMPARE(vault.status, 500);
        QVERIFY(vault.json().value("errors").isArray());
        // The failed request did nothing.
        QCOMPARE(s.http().post(As::Admin, QStringLiteral("/admin/keys"), {{"user_id", "u"}, {"name", "n"}}).status,
                 503);
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/_sandbox/faults")).status, 200);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 0);
        // Other subsystems were unaffected all along.
        QCOMPARE(s.http().get(As::Mail, QStringLiteral("/v1/outbox")).status, 200);
    }

    void errorRateDrawsFromTheSeed()
    {
        auto statuses = [](quint32 seed) {
            InProcessSandbox s(SandboxOptions::World::Empty, seed);
            setFault(s.http(), {{"subsystem", "mail"}, {"error_rate", 0.5}, {"status", 502}});
            QList<int> out;
            for (int i = 0; i < 24; ++i)
                out << s.http().get(As::Mail, QStringLiteral("/v1/outbox")).status;
            return out;
        };
        const QList<int> first = statuses(7);
        QCOMPARE(statuses(7), first);
        QVERIFY(first.contains(502));
        QVERIFY(first.contains(200));
        QVERIFY(statuses(8) != first);
    }

    void everyAllowedStatusCanBeInjected()
    {
        InProcessSandbox s;
        for (int status : {400, 401, 403, 404, 405, 408, 409, 410, 413, 422, 423, 429, 500, 501, 502, 503, 504, 507}) {
            QCOMPARE(setFault(s.http(), {{"subsystem", "data"}, {"error_rate", 1.0}, {"status", status}}).status, 200);
            QCOMPARE(s.http().get(As::Nobody, QStringLiteral("/v1/health")).status, status);
        }
    }

    void outageClosesTheConnectionWithoutAnAnswer()
    {
        InProcessSandbox s;
        QCOMPARE(setFault(s.http(), {{"subsystem", "mail"}, {"outage", true}}).status, 200);
        const HttpAnswer r = s.http().post(As::Mail, QStringLiteral("/v1/send"),
                                           {{"from", "a@x.example"},
                                            {"to", "b@y.example"},
                                            {"subject", "s"},
                                            {"text_body", "t"},
                                            {"message_id", "<m1@x.example>"}});
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError, "an outage answered");
        // The control API still answers, and after the outage the message was never stored.
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/_sandbox/faults")).status, 200);
        QCOMPARE(s.http().get(As::Mail, QStringLiteral("/v1/outbox")).json().value("messages").toArray().size(), 0);
    }

    void malformedAnswersAreNotJson()
    {
        InProcessSandbox s;
        QCOMPARE(setFault(s.http(), {{"subsystem", "admin"}, {"malformed", true}}).status, 200);
        const HttpAnswer r = s.http().get(As::Admin, QStringLiteral("/admin/users"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
    }

    void oversizePadsSuccessfulAnswers()
    {
        InProcessSandbox s;
        const int size = 3 * 1024 * 1024;
        QCOMPARE(setFault(s.http(), {{"subsystem", "vault"}, {"oversize_bytes", size}}).status, 200);
        const HttpAnswer r = s.http().get(As::Nobody, QStringLiteral("/v1/sys/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), size);
        // Padding is whitespace after the document, so the answer is as valid as it was, only too large.
        QCOMPARE(r.json().value("initialized").toBool(), true);
        const HttpAnswer missing = s.http().get(As::Vault, QStringLiteral("/v1/secret/data/absent"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.size() < 100);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
