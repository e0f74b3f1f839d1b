// The rotation guide's test cases for held keys, against an in-process keyturn-sandbox: assertions on the vault's
// versions, the provider's key states and the data plane's answers.
#include "Sandbox.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/net/VaultClient.h"
#include "core/rotation/RotationEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyturn;
using namespace keyturn::test;

class TestRotationEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    QNetworkAccessManager m_nam;
    int m_workspaces = 0;

    RotationEngine *engine() const { return m_ws->rotationEngine(); }

    template<typename T>
    static std::optional<T> wait(const std::function<void(std::function<void(T)>)> &call, int ms = 20000)
    {
        std::optional<T> out;
        call([&out](T r) { out = std::move(r); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, ms);
        return out;
    }

    Result<RotationRunRecord> advance(qint64 runId)
    {
        auto r = wait<Result<RotationRunRecord>>([&](auto cb) { engine()->advance(runId, cb); });
        return r ? *r : Result<RotationRunRecord>(Error{QStringLiteral("advance did not answer")});
    }

    /// Advances until the run reaches `state` (or a terminal one), letting the simulator tick in between.
    QString advanceUntil(qint64 runId, const QString &state, int seconds = 40)
    {
        QElapsedTimer timer;
        timer.start();
        QString now;
        while (timer.elapsed() < seconds * 1000) {
            auto r = advance(runId);
            now = r ? r->state : QStringLiteral("error: ") + r.errorMessage();
            if (now == state || RotationEngine::isTerminal(now) || now == QLatin1String("failed"))
                return now;
            QTest::qWait(150);
        }
        return now;
    }

    QJsonObject http(const QByteArray &method, const QString &path, const QByteArray &token,
                     const QJsonObject &body = {}, int *status = nullptr)
    {
        QNetworkRequest req(QUrl(m_sandbox->url() + path));
        req.setRawHeader(path.startsWith(QLatin1String("/v1/secret")) ? "X-Vault-Token" : "Authorization",
                         path.startsWith(QLatin1String("/v1/secret")) ? token : "Bearer " + token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply =
            m_nam.sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QJsonObject vaultEntry(const QString &path)
    {
        return http("GET", QStringLiteral("/v1/secret/data/") + path, m_sandbox->vaultToken().reveal())
            .value(QStringLiteral("data"))
            .toObject();
    }

    QJsonObject providerKey(const QString &provider, const QString &keyId)
    {
        return http("GET", QStringLiteral("/providers/%1/admin/keys/%2/usage").arg(provider, keyId),
                    m_sandbox->adminToken().reveal());
    }

    QString keyStatus(const QString &provider, const QString &keyId)
    {
        const QJsonArray keys =
            http("GET", QStringLiteral("/providers/%1/admin/keys").arg(provider), m_sandbox->adminToken().reveal())
                .value(QStringLiteral("keys"))
                .toArray();
        for (const auto &k : keys) {
            if (k.toObject().value(QStringLiteral("id")).toString() == keyId)
                return k.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    int dataPlane(const QString &provider, const QString &secret)
    {
        int status = 0;
        http("GET", QStringLiteral("/providers/%1/v1/health").arg(provider), secret.toUtf8(), {}, &status);
        return status;
    }

    void fault(const QJsonObject &body)
    {
        http(body.isEmpty() ? QByteArray("DELETE") : QByteArray("POST"), QStringLiteral("/_sandbox/faults"),
             m_sandbox->adminToken().reveal(), body);
    }

    /// A fresh demo workspace wired to the sandbox, with its services connected.
    void freshWorkspace()
    {
        m_ws.reset();
        const QString path =
            newTestWorkspace(m_dir, QStringLiteral("w%1.keyturn").arg(++m_workspaces), QStringLiteral("erin"));
        auto built = DemoWorld::create(path, QDateTime::currentDateTimeUtc(), 42, DemoWorld::Consumers::FromProvider,
                                       m_sandbox->url());
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        auto ws = Workspace::open(path, QStringLiteral("erin"), SystemClock::instance());
        QVERIFY(ws.ok());
        m_ws = std::move(ws.value());
        ConnectionProfile p;
        p.platformUrl = p.vaultUrl = QUrl(m_sandbox->url());
        QVERIFY(m_ws->saveProfile(p).ok());
        auto connected = wait<Result<void>>([this](auto cb) { m_ws->connectServices(cb); });
        QVERIFY(connected && connected->ok());
        QVERIFY(engine());
    }

    qint64 credentialId(const QString &name) { return m_ws->store().findCredential(name)->id; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SandboxOptions options;
        options.world = SandboxOptions::World::Demo;
        options.tickMs = 100;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0).ok());
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        qputenv("KEYTURN_VAULT_TOKEN", m_sandbox->vaultToken().reveal());
    }
    void init()
    {
        fault({});
        freshWorkspace();
    }
    void cleanupTestCase()
    {
        m_ws.reset();
        m_sandbox.reset();
    }

    void happyPath()
    {
        const QString path = QStringLiteral("staging/stripe/api-key");
        const QJsonObject before = vaultEntry(path);
        const QString oldKeyId =
            before.value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString();
        const int versionBefore =
            before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("version")).toInt();
        QVERIFY(!oldKeyId.isEmpty());

        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("stripe-api-key-staging"));
        request.grace = std::chrono::seconds(2);
        auto plan = wait<Result<RotationPlan>>([&](auto cb) { engine()->plan(request, cb); });
        QVERIFY(plan && plan->ok());
        QVERIFY2((*plan)->ready(), qPrintable((*plan)->checks.isEmpty() ? QString() : (*plan)->checks.last().detail));
        QCOMPARE((*plan)->oldKeyId, oldKeyId);

        auto run = engine()->start(request);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        QCOMPARE(advanceUntil(*run, QStringLiteral("grace_period")), QStringLiteral("grace_period"));
        // staged beside the old one
        const QJsonObject staged = vaultEntry(path).value(QStringLiteral("data")).toObject();
        const QString newKeyId = staged.value(QStringLiteral("key_id")).toString();
        QVERIFY(newKeyId != oldKeyId);
        QCOMPARE(staged.value(QStringLiteral("previous_key_id")).toString(), oldKeyId);
        // grace period: both keys work
        QCOMPARE(dataPlane(QStringLiteral("stripe"), staged.value(QStringLiteral("key")).toString()), 200);
        QCOMPARE(dataPlane(QStringLiteral("stripe"), staged.value(QStringLiteral("previous_key")).toString()), 200);
        QCOMPARE(keyStatus(QStringLiteral("stripe"), oldKeyId), QStringLiteral("active"));

        QCOMPARE(advanceUntil(*run, QStringLiteral("completed")), QStringLiteral("completed"));
        const QJsonObject after = vaultEntry(path);
        const QJsonObject data = after.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("key_id")).toString(), newKeyId);
        QVERIFY(!data.contains(QStringLiteral("previous_key")));
        QVERIFY(after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("version")).toInt() >=
                versionBefore + 2);
        QCOMPARE(keyStatus(QStringLiteral("stripe"), oldKeyId), QStringLiteral("revoked"));
        QCOMPARE(keyStatus(QStringLiteral("stripe"), newKeyId), QStringLiteral("active"));
        // no request of the simulated services failed during the run
        QCOMPARE(providerKey(QStringLiteral("stripe"), oldKeyId).value(QStringLiteral("unauthorized_count")).toInt(),
                 0);
        QCOMPARE(providerKey(QStringLiteral("stripe"), newKeyId).value(QStringLiteral("unauthorized_count")).toInt(),
                 0);
        // the inventory follows, the lock is free, the chain verifies
        auto keys = m_ws->store().keyVersions(request.credentialId);
        const auto current =
            std::find_if(keys->begin(), keys->end(), [](const KeyVersion &k) { return k.state == KeyState::Current; });
        QVERIFY(current != keys->end());
        QCOMPARE(current->providerKeyId, newKeyId);
        QVERIFY(engine()->start(request).ok());
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void concurrentRotationIsRefused()
    {
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("sendgrid-api-key-staging"));
        QVERIFY(engine()->start(request).ok());
        auto second = engine()->start(request);
        QVERIFY(!second.ok());
        QVERIFY2(second.errorMessage().contains(QLatin1String("already being rotated")),
                 qPrintable(second.errorMessage()));
    }

    void rollbackRestoresTheOldKey()
    {
        const QString path = QStringLiteral("staging/twilio/auth-token");
        const QString oldKeyId =
            vaultEntry(path).value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString();
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("twilio-auth-token-staging"));
        request.grace = std::chrono::seconds(30);
        auto run = engine()->start(request);
        QVERIFY(run.ok());
        QCOMPARE(advanceUntil(*run, QStringLiteral("grace_period")), QStringLiteral("grace_period"));
        const QString newKeyId =
            vaultEntry(path).value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString();
        auto rolled = wait<Result<RotationRunRecord>>([&](auto cb) { engine()->rollback(*run, cb); });
        QVERIFY(rolled && rolled->ok());
        QCOMPARE((*rolled)->state, QStringLiteral("rolled_back"));
        const QJsonObject data = vaultEntry(path).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("key_id")).toString(), oldKeyId);
        QCOMPARE(keyStatus(QStringLiteral("twilio"), oldKeyId), QStringLiteral("active"));
        QCOMPARE(keyStatus(QStringLiteral("twilio"), newKeyId), QStringLiteral("revoked"));
        QCOMPARE(dataPlane(QStringLiteral("twilio"), data.value(QStringLiteral("key")).toString()), 200);
        // the services recover on the previous key
        QTest::qWait(1000);
        QCOMPARE(providerKey(QStringLiteral("twilio"), oldKeyId).value(QStringLiteral("unauthorized_count")).toInt(),
                 0);
        // a finished run cannot be rolled back again
        auto again = wait<Result<RotationRunRecord>>([&](auto cb) { engine()->rollback(*run, cb); });
        QVERIFY(again && !again->ok());
    }

    void providerOutageFailsCleanlyAndRetryCompletes()
    {
        const QString path = QStringLiteral("staging/datadog/api-key");
        const QString oldKeyId =
            vaultEntry(path).value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString();
        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("admin")}, {QStringLiteral("outage"), true}});
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("datadog-api-key-staging"));
        request.grace = std::chrono::seconds(1);
        auto run = engine()->start(request);
        QVERIFY(run.ok());
        auto failed = advance(*run);
        QVERIFY(!failed.ok());
        QCOMPARE(m_ws->store().run(*run)->state, QStringLiteral("failed"));
        QVERIFY(!m_ws->store().run(*run)->error.isEmpty());
        fault({});
        QCOMPARE(keyStatus(QStringLiteral("datadog"), oldKeyId), QStringLiteral("active"));
        QCOMPARE(vaultEntry(path).value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString(),
                 oldKeyId);
        auto resumed = wait<Result<RotationRunRecord>>([&](auto cb) { engine()->resume(*run, cb); });
        QVERIFY(resumed && resumed->ok());
        QCOMPARE(advanceUntil(*run, QStringLiteral("completed")), QStringLiteral("completed"));
        QCOMPARE(keyStatus(QStringLiteral("datadog"), oldKeyId), QStringLiteral("revoked"));
    }

    void vaultOutageWritesNothing()
    {
        const QString path = QStringLiteral("staging/github/deploy-token");
        const QJsonObject before = vaultEntry(path);
        fault(QJsonObject{{QStringLiteral("subsystem"), QStringLiteral("vault")},
                          {QStringLiteral("error_rate"), 1.0},
                          {QStringLiteral("status"), 503}});
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("github-deploy-token-staging"));
        request.grace = std::chrono::seconds(1);
        auto run = engine()->start(request);
        QVERIFY(run.ok());
        QVERIFY(!advance(*run).ok());
        QCOMPARE(m_ws->store().run(*run)->state, QStringLiteral("failed"));
        fault({});
        QCOMPARE(vaultEntry(path), before);
        auto resumed = wait<Result<RotationRunRecord>>([&](auto cb) { engine()->resume(*run, cb); });
        QVERIFY(resumed && resumed->ok());
        QCOMPARE(advanceUntil(*run, QStringLiteral("completed")), QStringLiteral("completed"));
    }

    void emergencyRevokesAtOnce()
    {
        const QString path = QStringLiteral("dev/slack/bot-token");
        const QString oldKeyId =
            vaultEntry(path).value(QStringLiteral("data")).toObject().value(QStringLiteral("key_id")).toString();
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("slack-bot-token-dev"));
        request.emergency = true;
        request.acceptNoDualKey = true;          // Slack holds one token at a time in the demo
        QVERIFY(!engine()->start(request).ok()); // no reason
        request.reason = QStringLiteral("token pasted into a public channel");
        auto run = engine()->start(request);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        auto r = advance(*run);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->state, QStringLiteral("completed"));
        QVERIFY(r->urgent);
        QCOMPARE(keyStatus(QStringLiteral("slack"), oldKeyId), QStringLiteral("revoked"));
    }

    void oldKeyStillUsedWaitsAndAlerts()
    {
        RotationRequest request;
        request.credentialId = credentialId(QStringLiteral("algolia-search-key-staging"));
        request.grace = std::chrono::seconds(1);
        auto run = engine()->start(request);
        QVERIFY(run.ok());
        QCOMPARE(advanceUntil(*run, QStringLiteral("grace_period")), QStringLiteral("grace_period"));
        // someone keeps calling with the old key
        const QString oldKey = vaultEntry(QStringLiteral("staging/algolia/search-key"))
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("previous_key"))
                                   .toString();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3500) {
            QCOMPARE(dataPlane(QStringLiteral("algolia"), oldKey), 200);
            QVERIFY(advance(*run).ok());
            QTest::qWait(100);
        }
        QCOMPARE(m_ws->store().run(*run)->state, QStringLiteral("grace_period"));
        auto alerts = m_ws->store().openAlerts();
        QVERIFY(std::any_of(alerts->begin(), alerts->end(), [&](const AlertRecord &a) {
            return a.runId == *run && a.kind == QLatin1String("old_key_still_used");
        }));
        QVERIFY(!engine()->overrideVerification(*run, QStringLiteral("short")).ok());
        QVERIFY(engine()->overrideVerification(*run, QStringLiteral("the batch job using it was retired")).ok());
        QCOMPARE(advanceUntil(*run, QStringLiteral("completed")), QStringLiteral("completed"));
        auto events = m_ws->audit().eventsFor(QStringLiteral("run"), QString::number(*run));
        QVERIFY(std::any_of(events->begin(), events->end(), [](const AuditEvent &e) {
            return e.details.contains("the batch job using it was retired");
        }));
    }

    void ownerSignOffComesFirst()
    {
        auto c = m_ws->store().findCredential(QStringLiteral("cloudflare-api-token-staging"));
        QVERIFY(c.ok());
        Credential labelled = c.value();
        labelled.labels << RotationEngine::signOffLabel();
        QVERIFY(m_ws->store().updateCredential(labelled).ok());
        const QString path = QStringLiteral("staging/cloudflare/api-token");
        const QJsonObject before = vaultEntry(path);
        RotationRequest request;
        request.credentialId = labelled.id;
        request.grace = std::chrono::seconds(1);
        auto run = engine()->start(request);
        QVERIFY(run.ok());
        auto waiting = advance(*run);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->state, QStringLiteral("planned"));
        QVERIFY(waiting->data.value(QStringLiteral("waiting_for")).toString().contains(QLatin1String("sign-off")));
        QCOMPARE(vaultEntry(path), before);
        // four eyes: the starter cannot sign off
        QVERIFY(!engine()->signOff(*run, {}).ok());
        auto other = Workspace::open(withTestUser(m_ws->location(), QStringLiteral("olga")), QStringLiteral("olga"),
                                     SystemClock::instance());
        QVERIFY(other.ok());
        auto connected = wait<Result<void>>([&](auto cb) { (*other)->connectServices(cb); });
        QVERIFY(connected);
        QVERIFY2((*other)->rotationEngine()->signOff(*run, QStringLiteral("owner approves")).ok(), "sign-off refused");
        other->reset();
        QCOMPARE(advanceUntil(*run, QStringLiteral("completed")), QStringLiteral("completed"));
    }

    void issuedKeysAreNotSwapped()
    {
        Credential issued = heldCredential(QStringLiteral("acme-bank-prod"), 180);
        issued.kind = CredentialKind::Issued;
        auto id = m_ws->store().createCredential(issued);
        QVERIFY(id.ok());
        RotationRequest request;
        request.credentialId = *id;
        auto r = engine()->start(request);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QLatin1String("campaign")));
    }
};

QTEST_GUILESS_MAIN(TestRotationEngine)
#include "TestRotationEngine.moc"
