#include "SandboxProcess.h"
#include "core/domain/Fingerprint.h"
#include "core/net/PlatformAdminClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyturn;
using namespace keyturn::test;

class TestPlatformAdminClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;

    PlatformAdminClient *client(const QByteArray &token = {})
    {
        PlatformConfig config;
        config.baseUrl = m_sandbox->url();
        config.token = Secret(token.isNull() ? m_sandbox->adminToken() : token);
        config.policy.retryBaseMs = 10;
        config.policy.timeoutMs = 3000;
        return new PlatformAdminClient(&m_nam, config, this);
    }

    template<typename T> static NetResult<T> wait(const std::function<void(NetCallback<T>)> &call)
    {
        return waitForCall<T>(call);
    }

    int dataPlane(const Secret &key)
    {
        QNetworkRequest req(m_sandbox->url().resolved(QUrl(QStringLiteral("/v1/health"))));
        req.setRawHeader("Authorization", "Bearer " + key.reveal());
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void fault(const QJsonObject &body) { QVERIFY(m_sandbox->setFaults(m_nam, body)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->ok(), m_sandbox->stderrOutput().constData());
    }
    void cleanup() { fault({}); }
    void cleanupTestCase() { m_sandbox.reset(); }

    void keyLifecycle()
    {
        PlatformAdminClient *p = client();
        QVERIFY(p->supportsDualKey());
        NewKeyRequest request{
            QStringLiteral("usr_test1"), QStringLiteral("test-prod"), QStringLiteral("production"), {}};
        auto created = wait<CreatedKey>([&](auto cb) { p->createKey(request, QStringLiteral("run-1-create"), cb); });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        QCOMPARE(created->key.version, 1);
        QCOMPARE(created->key.status, QStringLiteral("active"));
        QCOMPARE(created->secret.fingerprint(), created->key.fingerprint);

        // the same idempotency key is the same create
        auto again = wait<CreatedKey>([&](auto cb) { p->createKey(request, QStringLiteral("run-1-create"), cb); });
        QVERIFY(again.ok());
        QCOMPARE(again->key.id, created->key.id);

        QCOMPARE(dataPlane(created->secret), 200);
        auto usage = wait<KeyUsage>([&](auto cb) { p->keyUsage(created->key.id, cb); });
        QVERIFY(usage.ok());
        QVERIFY(usage->lastUsedAt.isValid());
        QVERIFY(usage->requestCount >= 1);

        auto rotated = wait<CreatedKey>([&](auto cb) { p->rotateKey(created->key.id, QString(), cb); });
        QVERIFY(rotated.ok());
        QCOMPARE(rotated->key.version, 2);
        QCOMPARE(rotated->previousKeyId, created->key.id);
        QVERIFY(rotated->key.fingerprint != created->key.fingerprint);
        // dual-key: both valid until the old one is revoked
        QCOMPARE(dataPlane(created->secret), 200);
        QCOMPARE(dataPlane(rotated->secret), 200);

        auto revoked = wait<ProviderKey>([&](auto cb) { p->revokeKey(created->key.id, cb); });
        QVERIFY(revoked.ok());
        QCOMPARE(revoked->status, QStringLiteral("revoked"));
        QCOMPARE(dataPlane(created->secret), 401);
        QCOMPARE(dataPlane(rotated->secret), 200);

        auto keys = wait<QList<ProviderKey>>([&](auto cb) { p->listKeys(QStringLiteral("usr_test1"), cb); });
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 2);

        auto log = wait<QList<ProviderAuditEntry>>([&](auto cb) { p->rotationLog({}, cb); });
        QVERIFY(log.ok());
        QVERIFY(std::any_of(log->begin(), log->end(), [&](const ProviderAuditEntry &e) {
            return e.oldFingerprint == created->key.fingerprint && e.newFingerprint == rotated->key.fingerprint;
        }));

        auto disabled = wait<int>([&](auto cb) { p->disableUserKeys(QStringLiteral("usr_test1"), cb); });
        QVERIFY(disabled.ok());
        QCOMPARE(*disabled, 1);
        QCOMPARE(dataPlane(rotated->secret), 401);
    }

    void errors()
    {
        auto unknown = wait<ProviderKey>([this](auto cb) { client()->revokeKey(QStringLiteral("key_nope"), cb); });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 404);

        auto denied = wait<QList<ProviderUser>>([this](auto cb) { client("kt_admin_wrong")->listUsers(cb); });
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().httpStatus, 401);
        QVERIFY(!denied.error().message.contains(QLatin1String("kt_admin_wrong")));

        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("admin")},
                          {QStringLiteral("error_rate"), 1.0},
                          {QStringLiteral("status"), 503}});
        auto down = wait<QList<ProviderUser>>([this](auto cb) { client()->listUsers(cb); });
        QCOMPARE(down.error().httpStatus, 503);
        NewKeyRequest request{QStringLiteral("usr_test2"), QStringLiteral("x"), {}, {}};
        auto create = wait<CreatedKey>([&](auto cb) { client()->createKey(request, QString(), cb); });
        QCOMPARE(create.error().httpStatus, 503);
        fault({});

        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("admin")}, {QStringLiteral("outage"), true}});
        auto outage = wait<QList<ProviderUser>>([this](auto cb) { client()->listUsers(cb); });
        QVERIFY(!outage.ok());
        QCOMPARE(outage.error().kind, NetError::Kind::Network);
        fault({});

        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("admin")}, {QStringLiteral("malformed"), true}});
        auto malformed = wait<QList<ProviderKey>>([this](auto cb) { client()->listKeys({}, cb); });
        QCOMPARE(malformed.error().kind, NetError::Kind::Malformed);
    }

    void parseKeyNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("says");
        QTest::newRow("id") << "id"
                            << "key id";
        QTest::newRow("version") << "version"
                                 << "version";
        QTest::newRow("fingerprint") << "fingerprint"
                                     << "fingerprint";
        QTest::newRow("status") << "status"
                                << "status";
        QTest::newRow("created") << "created_at"
                                 << "creation time";
    }
    void parseKeyNamesWhatIsWrong()
    {
        QFETCH(QString, drop);
        QFETCH(QString, says);
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("key_1")},
                      {QStringLiteral("user_id"), QStringLiteral("usr_1")},
                      {QStringLiteral("name"), QStringLiteral("a")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("prefix"), QStringLiteral("kt_live_abcd")},
                      {QStringLiteral("fingerprint"), fingerprintOf("x")},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("created_at"), QStringLiteral("2026-11-24T10:00:00.000Z")}};
        QVERIFY(PlatformAdminClient::parseKey(o).ok());
        o.remove(drop);
        auto r = PlatformAdminClient::parseKey(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, NetError::Kind::Malformed);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPlatformAdminClient)
#include "TestPlatformAdminClient.moc"
