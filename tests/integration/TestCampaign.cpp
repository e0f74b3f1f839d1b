// A rotation campaign of issued keys against an in-process keyturn-sandbox on a manual clock: consumers who create
// and use a new key have their old key revoked after the deadline; one who does not is handled as the policy says.
#include "Sandbox.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeStore.h"
#include "core/rotation/RotationEngine.h"
#include "core/sync/ProviderSync.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyturn;
using namespace keyturn::test;

class TestCampaign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    QNetworkAccessManager m_nam;
    PlatformAdminClient *m_admin = nullptr;

    template<typename T> static std::optional<T> wait(const std::function<void(std::function<void(T)>)> &call)
    {
        std::optional<T> out;
        call([&out](T r) { out = std::move(r); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
        return out;
    }

    CreatedKey createKey(const QString &user, const QString &name)
    {
        auto r = wait<NetResult<CreatedKey>>([&](auto cb) {
            m_admin->createKey(NewKeyRequest{user, name, QStringLiteral("production"), {}}, QString(), cb);
        });
        if (!r || !r->ok())
            qFatal("cannot create a key in the sandbox");
        return r->value();
    }

    CreatedKey consumerRotates(const QString &keyId)
    {
        auto r = wait<NetResult<CreatedKey>>([&](auto cb) { m_admin->rotateKey(keyId, QString(), cb); });
        if (!r || !r->ok())
            qFatal("cannot rotate a key in the sandbox");
        return r->value();
    }

    int use(const Secret &key)
    {
        QNetworkRequest req(QUrl(m_sandbox->url() + QStringLiteral("/v1/health")));
        req.setRawHeader("Authorization", "Bearer " + key.reveal());
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    Result<RotationRunRecord> advance(qint64 runId)
    {
        auto r = wait<Result<RotationRunRecord>>([&](auto cb) { m_ws->rotationEngine()->advance(runId, cb); });
        return r ? *r : Result<RotationRunRecord>(Error{QStringLiteral("no answer")});
    }

    /// The campaign's first notices, drafted, approved by someone else and recorded as delivered: the revoke policy
    /// never cuts off a consumer who was not told. (Delivery itself is TestCampaignNotices' subject.)
    void notifyConsumers()
    {
        NoticeSettings settings;
        settings.contact = QStringLiteral("api-team@example.org");
        settings.dashboardUrl = QStringLiteral("https://dashboard.example.org/keys");
        QVERIFY(m_ws->campaignNotices().saveSettings(settings));
        // the sandbox users made by createKey have no address; give them one
        for (Consumer c : m_ws->store().consumers().value()) {
            if (c.contactEmail.isEmpty()) {
                c.contactEmail = c.externalId + QStringLiteral("@example.org");
                QVERIFY(m_ws->store().upsertConsumer(c));
            }
        }
        auto drafted = m_ws->campaignNotices().draftDue();
        QVERIFY2(drafted && drafted->problems.isEmpty(), qPrintable(drafted ? drafted->problems.join(u';') : ""));
        NoticeStore gina(m_ws->database(), m_ws->audit(), m_clock, QStringLiteral("gina"));
        NoticeFilter pending;
        pending.states = {NoticeState::Pending};
        QList<qint64> ids;
        for (const NoticeRecord &n : gina.notices(pending).value())
            ids << n.id;
        QVERIFY(!ids.isEmpty());
        QVERIFY(gina.approve(ids));
        for (qint64 id : ids) {
            QVERIFY(gina.claim(id, QStringLiteral("test"), 60, QStringLiteral("<n%1@example.org>").arg(id)).value());
            QVERIFY(gina.markSent(id, QStringLiteral("test"), QStringLiteral("delivered")));
        }
    }

    void syncWorkspace()
    {
        auto *sync = new ProviderSync(m_ws->store(), *m_ws->connections()->platform(), this);
        auto r = wait<Result<SyncReport>>([&](auto cb) { sync->run(cb); });
        QVERIFY(r && r->ok());
        sync->deleteLater();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SandboxOptions options;
        options.tickMs = 0;
        options.clock = &m_clock;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0).ok());
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        PlatformConfig config;
        config.baseUrl = QUrl(m_sandbox->url());
        config.token = m_sandbox->adminToken();
        m_admin = new PlatformAdminClient(&m_nam, config, this);
    }
    void cleanupTestCase()
    {
        m_ws.reset();
        m_sandbox.reset();
    }

    void campaign_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("revoke the laggard") << "revoke";
        QTest::newRow("escalate the laggard") << "escalate";
    }
    void campaign()
    {
        QFETCH(QString, policy);
        const QString tag = policy.left(3);
        // three consumers, each with a production key in use
        const CreatedKey a = createKey(QStringLiteral("usr_a_") + tag, QStringLiteral("a-prod-") + tag);
        const CreatedKey b = createKey(QStringLiteral("usr_b_") + tag, QStringLiteral("b-prod-") + tag);
        const CreatedKey c = createKey(QStringLiteral("usr_c_") + tag, QStringLiteral("c-prod-") + tag);
        for (const CreatedKey *k : {&a, &b, &c})
            QCOMPARE(use(k->secret), 200);

        auto ws = Workspace::open(newTestWorkspace(m_dir, policy + QStringLiteral(".keyturn"), QStringLiteral("frank")),
                                  QStringLiteral("frank"), m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws.value());
        ConnectionProfile p;
        p.platformUrl = QUrl(m_sandbox->url());
        QVERIFY(m_ws->saveProfile(p).ok());
        auto connected = wait<Result<void>>([this](auto cb) { m_ws->connectServices(cb); });
        QVERIFY(connected);
        syncWorkspace();

        CampaignRequest request;
        for (const QString &name : {QStringLiteral("a-prod-"), QStringLiteral("b-prod-"), QStringLiteral("c-prod-")})
            request.credentialIds << m_ws->store().findCredential(name + tag)->id;
        request.deadline = std::chrono::seconds(30 * 86400);
        request.policy = policy;
        request.quiet = std::chrono::seconds(86400);
        auto runs = m_ws->rotationEngine()->startCampaign(request);
        QVERIFY2(runs.ok(), qPrintable(runs.errorMessage()));
        QCOMPARE(runs->size(), 3);
        for (qint64 id : *runs)
            QCOMPARE(advance(id)->state, QStringLiteral("awaiting_migration"));
        notifyConsumers();
        // a second campaign on the same keys is refused whole
        QVERIFY(!m_ws->rotationEngine()->startCampaign(request).ok());

        // day 5: A creates a new key and switches to it; B creates one but keeps calling with the old one
        m_clock.advanceSecs(5 * 86400);
        const CreatedKey a2 = consumerRotates(a.key.id);
        const CreatedKey b2 = consumerRotates(b.key.id);
        QCOMPARE(use(a2.secret), 200);
        QCOMPARE(use(b2.secret), 200);
        QCOMPARE(use(b.secret), 200);
        // A's old key has been silent since day 0: migrated; B still calls with the old one
        QCOMPARE(advance(runs->at(0))->data.value(QStringLiteral("consumer_state")).toString(),
                 QStringLiteral("old_key_quiet"));
        QCOMPARE(advance(runs->at(1))->data.value(QStringLiteral("consumer_state")).toString(),
                 QStringLiteral("new_key_used"));
        QCOMPARE(advance(runs->at(2))->data.value(QStringLiteral("consumer_state")).toString(),
                 QStringLiteral("notified"));
        // day 29: B still uses the old key; A's old key has been quiet for weeks
        m_clock.advanceSecs(24 * 86400);
        QCOMPARE(use(b.secret), 200);
        QCOMPARE(advance(runs->at(0))->data.value(QStringLiteral("consumer_state")).toString(),
                 QStringLiteral("old_key_quiet"));
        QCOMPARE(advance(runs->at(1))->data.value(QStringLiteral("consumer_state")).toString(),
                 QStringLiteral("new_key_used"));
        // nothing is revoked before the deadline
        QCOMPARE(use(a.secret), 200);

        // day 31: the deadline has passed, and B still calls with the old key
        m_clock.advanceSecs(2 * 86400);
        QCOMPARE(use(b.secret), 200);
        QCOMPARE(advance(runs->at(0))->state, QStringLiteral("completed"));
        QCOMPARE(use(a.secret), 401);
        QCOMPARE(use(a2.secret), 200);
        const QString laggard =
            policy == QLatin1String("revoke") ? QStringLiteral("completed") : QStringLiteral("escalated");
        QCOMPARE(advance(runs->at(1))->state, laggard);
        QCOMPARE(advance(runs->at(2))->state, laggard);
        if (policy == QLatin1String("revoke")) {
            QCOMPARE(use(b.secret), 401);
            QCOMPARE(use(c.secret), 401);
            QVERIFY(m_ws->store().run(runs->at(2))->data.value(QStringLiteral("revoked_unmigrated")).toBool());
        } else {
            QCOMPARE(use(b.secret), 200); // held: an engineer decides
            QCOMPARE(use(c.secret), 200);
            auto alerts = m_ws->store().openAlerts();
            QVERIFY(std::count_if(alerts->begin(), alerts->end(), [](const AlertRecord &al) {
                        return al.kind == QLatin1String("campaign_deadline_missed");
                    }) >= 2);
            // an extension gives C another week; then C migrates and is revoked at the new deadline
            QVERIFY(!m_ws->rotationEngine()->extendDeadline(runs->at(2), std::chrono::seconds(7 * 86400), {}).ok());
            QVERIFY(
                m_ws->rotationEngine()
                    ->extendDeadline(runs->at(2), std::chrono::seconds(7 * 86400), QStringLiteral("asked by Initech"))
                    .ok());
            QCOMPARE(m_ws->store().run(runs->at(2))->state, QStringLiteral("awaiting_migration"));
            const CreatedKey c2 = consumerRotates(c.key.id);
            QCOMPARE(use(c2.secret), 200);
            m_clock.advanceSecs(8 * 86400);
            QCOMPARE(advance(runs->at(2))->state, QStringLiteral("completed"));
            QCOMPARE(use(c.secret), 401);
        }
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void disableAllKeysOfAConsumer()
    {
        const CreatedKey one = createKey(QStringLiteral("usr_evil"), QStringLiteral("evil-prod"));
        const CreatedKey two = createKey(QStringLiteral("usr_evil"), QStringLiteral("evil-staging"));
        QCOMPARE(use(one.secret), 200);
        auto ws = Workspace::open(newTestWorkspace(m_dir, QStringLiteral("disable.keyturn"), QStringLiteral("frank")),
                                  QStringLiteral("frank"), m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws.value());
        ConnectionProfile p;
        p.platformUrl = QUrl(m_sandbox->url());
        QVERIFY(m_ws->saveProfile(p).ok());
        QVERIFY(wait<Result<void>>([this](auto cb) { m_ws->connectServices(cb); }));
        syncWorkspace();
        auto none = wait<Result<int>>(
            [&](auto cb) { m_ws->rotationEngine()->disableConsumerKeys(QStringLiteral("usr_evil"), {}, cb); });
        QVERIFY(none && !none->ok());
        auto r = wait<Result<int>>([&](auto cb) {
            m_ws->rotationEngine()->disableConsumerKeys(QStringLiteral("usr_evil"),
                                                        QStringLiteral("keys leaked in a public repository"), cb);
        });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->errorMessage()) : "no answer");
        QCOMPARE(**r, 2);
        QCOMPARE(use(one.secret), 401);
        QCOMPARE(use(two.secret), 401);
        QCOMPARE(toString(m_ws->store().findCredential(QStringLiteral("evil-prod"))->lifecycle),
                 QStringLiteral("revoked"));
        QVERIFY(m_ws->audit().verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "TestCampaign.moc"
