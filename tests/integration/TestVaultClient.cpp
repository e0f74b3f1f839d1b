#include "SandboxProcess.h"
#include "core/net/VaultClient.h"

#include <QNetworkAccessManager>

using namespace keyturn;
using namespace keyturn::test;

class TestVaultClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;

    VaultClient *client(const QByteArray &token = {})
    {
        VaultConfig config;
        config.address = m_sandbox->url();
        config.token = Secret(token.isNull() ? m_sandbox->vaultToken() : token);
        config.policy.retryBaseMs = 10;
        config.policy.timeoutMs = 3000;
        return new VaultClient(&m_nam, config, this);
    }

    template<typename T> static NetResult<T> wait(const std::function<void(NetCallback<T>)> &call)
    {
        return waitForCall<T>(call);
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

    void health()
    {
        auto h = wait<VaultHealth>([this](auto cb) { client()->health(cb); });
        QVERIFY2(h.ok(), h.ok() ? "" : qPrintable(h.error().toString()));
        QVERIFY(h->initialized);
        QVERIFY(!h->sealed);
    }

    void writeReadVersionsAndCas()
    {
        VaultClient *v = client();
        const QString path = QStringLiteral("secret/test/stripe/api-key");
        QCOMPARE(v->relativePath(path), QStringLiteral("test/stripe/api-key"));
        auto absent = wait<std::optional<VaultSecret>>([&](auto cb) { v->read(path, std::nullopt, cb); });
        QVERIFY(absent.ok());
        QVERIFY(!absent->has_value());

        auto first = wait<int>([&](auto cb) {
            v->write(path, QJsonObject{{QStringLiteral("key"), QStringLiteral("sk_test_one")}}, 0, cb);
        });
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(*first, 1);
        auto second = wait<int>([&](auto cb) {
            v->write(path,
                     QJsonObject{{QStringLiteral("key"), QStringLiteral("sk_test_two")},
                                 {QStringLiteral("previous_key"), QStringLiteral("sk_test_one")}},
                     1, cb);
        });
        QVERIFY(second.ok());
        QCOMPARE(*second, 2);

        // a writer that read version 1 loses
        auto lost = wait<int>([&](auto cb) {
            v->write(path, QJsonObject{{QStringLiteral("key"), QStringLiteral("sk_test_three")}}, 1, cb);
        });
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, NetError::Kind::Conflict);
        QVERIFY(!lost.error().message.contains(QLatin1String("sk_test")));

        auto latest = wait<std::optional<VaultSecret>>([&](auto cb) { v->read(path, std::nullopt, cb); });
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->version, 2);
        QCOMPARE((*latest)->data.value(QStringLiteral("key")).toString(), QStringLiteral("sk_test_two"));
        auto old = wait<std::optional<VaultSecret>>([&](auto cb) { v->read(path, 1, cb); });
        QVERIFY(old.ok() && old->has_value());
        QCOMPARE((*old)->data.value(QStringLiteral("key")).toString(), QStringLiteral("sk_test_one"));

        auto custom = wait<Done>([&](auto cb) {
            v->writeCustomMetadata(path, QJsonObject{{QStringLiteral("owner"), QStringLiteral("payments-team")}}, cb);
        });
        QVERIFY(custom.ok());
        auto meta = wait<std::optional<VaultMetadata>>([&](auto cb) { v->readMetadata(path, cb); });
        QVERIFY(meta.ok() && meta->has_value());
        QCOMPARE((*meta)->currentVersion, 2);
        QCOMPARE((*meta)->versions.size(), 2);
        QCOMPARE((*meta)->customMetadata.value(QStringLiteral("owner")).toString(), QStringLiteral("payments-team"));
    }

    void capabilitiesAndToken()
    {
        VaultClient *v = client();
        auto caps = wait<QStringList>([&](auto cb) { v->capabilities(QStringLiteral("prod/stripe/api-key"), cb); });
        QVERIFY(caps.ok());
        QVERIFY(caps->contains(QStringLiteral("update")));
        auto ro = wait<QStringList>([&](auto cb) { v->capabilities(QStringLiteral("readonly/x"), cb); });
        QVERIFY(ro.ok());
        QVERIFY(!ro->contains(QStringLiteral("update")));
        auto self = wait<VaultTokenInfo>([&](auto cb) { v->lookupSelf(cb); });
        QVERIFY(self.ok());
        QVERIFY(!self->policies.isEmpty());
    }

    void wrongTokenIsAnAuthFailure()
    {
        VaultClient *v = client("hvs.not-the-token");
        auto r = wait<std::optional<VaultSecret>>([&](auto cb) { v->read(QStringLiteral("x"), std::nullopt, cb); });
        QVERIFY(!r.ok());
        QVERIFY(r.error().isAuthFailure());
        QCOMPARE(r.error().httpStatus, 403);
        QVERIFY(r.error().message.contains(QLatin1String("permission denied")));
        QVERIFY(!r.error().message.contains(QLatin1String("not-the-token")));
        VaultClient *none = client(QByteArray(""));
        auto missing = wait<VaultTokenInfo>([&](auto cb) { none->lookupSelf(cb); });
        QCOMPARE(missing.error().kind, NetError::Kind::Config);
    }

    void serverErrorsAreRetriedThenReported()
    {
        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("vault")},
                          {QStringLiteral("error_rate"), 1.0},
                          {QStringLiteral("status"), 500}});
        auto r = wait<VaultTokenInfo>([this](auto cb) { client()->lookupSelf(cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, NetError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 500);
    }

    void malformedAndOversizedAnswers()
    {
        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("vault")}, {QStringLiteral("malformed"), true}});
        auto bad = wait<VaultTokenInfo>([this](auto cb) { client()->lookupSelf(cb); });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, NetError::Kind::Malformed);
        fault({});
        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("vault")},
                          {QStringLiteral("oversize_bytes"), 12 * 1024 * 1024}});
        auto big = wait<VaultTokenInfo>([this](auto cb) { client()->lookupSelf(cb); });
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, NetError::Kind::TooLarge);
    }

    void slowAnswerIsATimeout()
    {
        fault(
            QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("vault")}, {QStringLiteral("latency_ms"), 2000}});
        VaultConfig config;
        config.address = m_sandbox->url();
        config.token = Secret(m_sandbox->vaultToken());
        config.policy.timeoutMs = 300;
        config.policy.maxRetries = 0;
        auto *v = new VaultClient(&m_nam, config, this);
        auto r = wait<VaultTokenInfo>([v](auto cb) { v->lookupSelf(cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, NetError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestVaultClient)
#include "TestVaultClient.moc"
