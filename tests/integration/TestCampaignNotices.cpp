// A whole campaign with its notices against keyturn-sandbox's demo world (in-process) on a manual clock: first notices
// 30 days before the deadline, approved by a second engineer and delivered through the mail API; reminders at 14, 7
// and 1 days only to consumers whose new key is unused; an extension honoured (the consumer is told, reminders follow
// the new deadline); the old keys revoked after the deadline.
#include "Sandbox.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeSender.h"
#include "core/notices/NoticeStore.h"
#include "core/rotation/RotationEngine.h"
#include "core/sync/ProviderSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyturn;
using namespace keyturn::test;

class TestCampaignNotices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_ws;     // acting as frank, who starts the campaign
    std::unique_ptr<NoticeStore> m_gina; // the second engineer, who approves
    QNetworkAccessManager m_nam;
    PlatformAdminClient *m_admin = nullptr;

    template<typename T> static std::optional<T> wait(const std::function<void(std::function<void(T)>)> &call)
    {
        std::optional<T> out;
        call([&out](T r) { out = std::move(r); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 30000);
        return out;
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

    /// The mail API's outbox: what consumers received.
    QList<QJsonObject> outbox()
    {
        QNetworkRequest req(QUrl(m_sandbox->url() + QStringLiteral("/v1/outbox")));
        req.setRawHeader("Authorization", "Bearer " + m_sandbox->mailToken().reveal());
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        QList<QJsonObject> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(reply->readAll()).object().value(u"messages").toArray())
            out << v.toObject();
        return out;
    }

    int mailsTo(const QString &address)
    {
        int n = 0;
        for (const QJsonObject &m : outbox()) {
            for (const QJsonValue &to : m.value(u"to").toArray())
                n += to.toString().contains(address, Qt::CaseInsensitive) ? 1 : 0;
        }
        return n;
    }

    void advanceAll(const QList<qint64> &runs)
    {
        for (qint64 id : runs) {
            auto r = wait<Result<RotationRunRecord>>([&](auto cb) { m_ws->rotationEngine()->advance(id, cb); });
            QVERIFY(r);
            QVERIFY2(r->ok(), qPrintable(r->errorMessage()));
        }
    }

    /// What run-due does for notices: draft what is due; then gina approves every pending notice; then send.
    QList<NoticeRecord> draftApproveSend()
    {
        auto drafted = m_ws->campaignNotices().draftDue();
        if (!drafted || !drafted->problems.isEmpty())
            qWarning("drafting: %s", drafted ? qPrintable(drafted->problems.join(QStringLiteral("; "))) : "failed");
        NoticeFilter pending;
        pending.states = {NoticeState::Pending};
        const QList<NoticeRecord> waiting = m_gina->notices(pending).value();
        QList<qint64> ids;
        for (const NoticeRecord &n : waiting)
            ids << n.id;
        if (!ids.isEmpty() && !m_gina->approve(ids))
            qWarning("approval refused");
        sendDue();
        return waiting;
    }

    NoticeSender::Report sendDue()
    {
        auto r = wait<Result<NoticeSender::Report>>([&](auto cb) { m_ws->noticeSender()->sendDue(cb); });
        if (!r || !r->ok())
            qFatal("sending failed: %s", r ? qPrintable(r->errorMessage()) : "no answer");
        return r->value();
    }

    static QString kindsOf(const QList<NoticeRecord> &notices, const QString &consumer)
    {
        QStringList kinds;
        for (const NoticeRecord &n : notices) {
            if (n.consumerName == consumer)
                kinds << (n.kind == NoticeKind::Reminder ? QStringLiteral("reminder-%1").arg(n.reminderDays) : n.kind);
        }
        return kinds.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SandboxOptions options;
        options.world = SandboxOptions::World::Demo;
        options.seed = 7;
        options.tickMs = 0; // no simulated traffic: the test decides who migrates
        options.clock = &m_clock;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0).ok());
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        qputenv("KEYTURN_MAIL_TOKEN", m_sandbox->mailToken().reveal());
        PlatformConfig config;
        config.baseUrl = QUrl(m_sandbox->url());
        config.token = m_sandbox->adminToken();
        m_admin = new PlatformAdminClient(&m_nam, config, this);

        auto ws = Workspace::open(newTestWorkspace(m_dir, QStringLiteral("campaign.keyturn"), QStringLiteral("frank")),
                                  QStringLiteral("frank"), m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws.value());
        m_gina = std::make_unique<NoticeStore>(m_ws->database(), m_ws->audit(), m_clock, QStringLiteral("gina"));
        ConnectionProfile p;
        p.platformUrl = QUrl(m_sandbox->url());
        p.mailTransport = QStringLiteral("mail-api");
        p.mailApiUrl = QUrl(m_sandbox->url());
        p.fromAddress = QStringLiteral("api-platform@keyturn.example");
        QVERIFY(m_ws->saveProfile(p).ok());
        QVERIFY(wait<Result<void>>([this](auto cb) { m_ws->connectServices(cb); }));
        auto *sync = new ProviderSync(m_ws->store(), *m_ws->connections()->platform(), this);
        auto synced = wait<Result<SyncReport>>([&](auto cb) { sync->run(cb); });
        QVERIFY(synced && synced->ok());
        NoticeSettings settings;
        settings.dashboardUrl = QStringLiteral("https://dashboard.keyturn.example/keys");
        QVERIFY(m_ws->campaignNotices().saveSettings(settings));
    }
    void cleanupTestCase()
    {
        m_gina.reset();
        m_ws.reset();
        m_sandbox.reset();
    }

    void wholeCampaign()
    {
        // Three consumers' production keys: A migrates early, B after the first reminder, C never (and asks for
        // an extension).
        QList<Credential> keys;
        QStringList emails;
        QStringList names;
        const QList<Consumer> consumers = m_ws->store().consumers().value();
        for (const InventoryRow &row : m_ws->store().inventory().value()) {
            const Credential &c = row.credential;
            if (c.kind != CredentialKind::Issued || c.environment != QLatin1String("production") || !c.consumerId ||
                row.currentVersion == 0)
                continue;
            for (const Consumer &k : consumers) {
                if (k.id == *c.consumerId && !names.contains(k.name) && keys.size() < 3) {
                    keys << c;
                    names << k.name;
                    emails << k.contactEmail;
                }
            }
        }
        QCOMPARE(keys.size(), 3);
        const QDateTime start = m_clock.now();
        const QDateTime deadline = start.addDays(30);

        // Too short a deadline for the 30-day lead is refused, and changes nothing.
        CampaignRequest request;
        for (const Credential &c : keys)
            request.credentialIds << c.id;
        request.deadline = std::chrono::seconds(20 * 86400);
        request.policy = QStringLiteral("revoke");
        QVERIFY(!m_ws->rotationEngine()->startCampaign(request));
        request.deadline = std::chrono::seconds(30 * 86400);
        auto started = m_ws->rotationEngine()->startCampaign(request);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        const QList<qint64> runs = *started;
        advanceAll(runs);

        // Day 0: one migration notice per consumer, drafted by frank (who started the rotation) and so not his to
        // approve; nothing is delivered before gina approves it.
        auto drafted = m_ws->campaignNotices().draftDue();
        QVERIFY(drafted && drafted->problems.isEmpty());
        QCOMPARE(drafted->drafted, 3);
        QCOMPARE(m_ws->campaignNotices().draftDue()->drafted, 0); // idempotent
        QCOMPARE(sendDue().sent, 0);
        QCOMPARE(outbox().size(), 0);
        NoticeFilter pending;
        pending.states = {NoticeState::Pending};
        const QList<NoticeRecord> first = m_ws->notices().notices(pending).value();
        QCOMPARE(first.size(), 3);
        for (const NoticeRecord &n : first) {
            QCOMPARE(n.kind, NoticeKind::Migration);
            QCOMPARE(n.draftedBy, QStringLiteral("frank"));
            QCOMPARE(n.deadlineAt, deadline);
            QVERIFY(n.deadlineAt >= n.sendAt.addDays(30)); // at least 30 days before the deadline
            QVERIFY(n.bodyMarkdown.contains(deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            QVERIFY(n.templateName.startsWith(QStringLiteral("migration-")));
        }
        QVERIFY(!m_ws->notices().approve({first.first().id}));
        draftApproveSend();
        QCOMPARE(outbox().size(), 3);
        for (const QString &email : emails)
            QCOMPARE(mailsTo(email), 1);
        for (const NoticeRecord &n : first) {
            const NoticeRecord sent = m_ws->notices().notice(n.id).value();
            QCOMPARE(sent.state, NoticeState::Sent);
            QCOMPARE(sent.approvedBy, QStringLiteral("gina"));
            QVERIFY(sent.transportId.startsWith(QStringLiteral("msg_")));
        }

        // Day 5: A creates a new key and uses it; A's old key has been quiet since day 0.
        m_clock.advanceSecs(5 * 86400);
        auto oldKeyOf = [&](int i) {
            return m_ws->store().run(runs.at(i))->data.value(QStringLiteral("old_key_id")).toString();
        };
        auto rotateAndUse = [&](int i) {
            auto made = wait<NetResult<CreatedKey>>([&](auto cb) { m_admin->rotateKey(oldKeyOf(i), QString(), cb); });
            QVERIFY(made && made->ok());
            QCOMPARE(use(made->value().secret), 200);
        };
        rotateAndUse(0);
        advanceAll(runs);
        QVERIFY(CampaignNotices::isMigrated(m_ws->store().run(runs.at(0)).value()));

        // Day 15: the 14-day reminders are drafted a day ahead, for B and C only, and go out on day 16.
        m_clock.set(deadline.addDays(-15).addSecs(3600));
        advanceAll(runs);
        QList<NoticeRecord> batch = draftApproveSend();
        QCOMPARE(kindsOf(batch, names.at(0)), QString());
        QCOMPARE(kindsOf(batch, names.at(1)), QStringLiteral("reminder-14"));
        QCOMPARE(kindsOf(batch, names.at(2)), QStringLiteral("reminder-14"));
        QCOMPARE(mailsTo(emails.at(1)), 1); // approved, but not due before day 16
        m_clock.set(deadline.addDays(-14));
        QCOMPARE(sendDue().sent, 2);
        QCOMPARE(mailsTo(emails.at(0)), 1);
        QCOMPARE(mailsTo(emails.at(1)), 2);
        QCOMPARE(mailsTo(emails.at(2)), 2);

        // Day 20: B migrates.
        m_clock.set(start.addDays(20));
        rotateAndUse(1);
        advanceAll(runs);

        // Day 23: only C gets the 7-day reminder.
        m_clock.set(deadline.addDays(-7));
        advanceAll(runs);
        batch = draftApproveSend();
        QCOMPARE(kindsOf(batch, names.at(1)), QString());
        QCOMPARE(kindsOf(batch, names.at(2)), QStringLiteral("reminder-7"));
        QCOMPARE(mailsTo(emails.at(1)), 2);
        QCOMPARE(mailsTo(emails.at(2)), 3);

        // Day 25: C asks for a week more. The extension is audited with its reason and C is told the new date.
        m_clock.set(start.addDays(25));
        QVERIFY(m_ws->rotationEngine()->extendDeadline(runs.at(2), std::chrono::seconds(7 * 86400),
                                                       QStringLiteral("Initech asked for a week: release freeze")));
        const QDateTime extended = deadline.addDays(7);
        batch = draftApproveSend();
        QCOMPARE(kindsOf(batch, names.at(2)), QStringLiteral("extension"));
        QVERIFY(batch.first().bodyMarkdown.contains(extended.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        QCOMPARE(mailsTo(emails.at(2)), 4);

        // Day 29: the old deadline's 1-day reminder is not drafted: C's deadline moved. The new deadline's 7-day
        // reminder is drafted a day ahead instead.
        m_clock.set(deadline.addDays(-1));
        advanceAll(runs);
        batch = draftApproveSend();
        QCOMPARE(kindsOf(batch, names.at(2)), QStringLiteral("reminder-7"));
        QCOMPARE(batch.first().deadlineAt, extended);
        QCOMPARE(mailsTo(emails.at(2)), 4);

        // Day 31: the first deadline passed: A and B, who migrated, have their old keys revoked; C's run waits, and
        // C's reminder goes out.
        m_clock.set(deadline.addSecs(3600));
        advanceAll(runs);
        QCOMPARE(m_ws->store().run(runs.at(0))->state, QStringLiteral("completed"));
        QCOMPARE(m_ws->store().run(runs.at(1))->state, QStringLiteral("completed"));
        QCOMPARE(m_ws->store().run(runs.at(2))->state, QStringLiteral("awaiting_migration"));
        QCOMPARE(sendDue().sent, 1);
        QCOMPARE(mailsTo(emails.at(2)), 5);
        m_clock.set(extended.addDays(-1));
        batch = draftApproveSend();
        QCOMPARE(kindsOf(batch, names.at(2)), QStringLiteral("reminder-1"));
        QCOMPARE(mailsTo(emails.at(2)), 6);

        // After the extended deadline, the policy revokes C's old key: C was told, five times.
        m_clock.set(extended.addSecs(3600));
        advanceAll(runs);
        const RotationRunRecord c = m_ws->store().run(runs.at(2)).value();
        QCOMPARE(c.state, QStringLiteral("completed"));
        QVERIFY(c.data.value(QStringLiteral("revoked_unmigrated")).toBool());
        const QString userC = c.data.value(QStringLiteral("user_id")).toString();
        auto listed = wait<NetResult<QList<ProviderKey>>>([&](auto cb) { m_admin->listKeys(userC, cb); });
        QVERIFY(listed && listed->ok());
        bool oldRevoked = false;
        for (const ProviderKey &k : listed->value()) {
            if (k.id == c.data.value(QStringLiteral("old_key_id")).toString())
                oldRevoked = k.status != QLatin1String("active");
        }
        QVERIFY(oldRevoked);

        // Where each consumer stands, and the history is intact.
        const QList<ConsumerMigration> status = m_ws->campaignNotices().migrationStatus().value();
        QCOMPARE(status.size(), 3);
        for (const ConsumerMigration &m : status) {
            QCOMPARE(m.state, QStringLiteral("revoked"));
            QCOMPARE(m.noticesWaiting, 0);
        }
        QCOMPARE(outbox().size(), 1 + 2 + 6);
        QVERIFY(m_ws->audit().verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestCampaignNotices)
#include "TestCampaignNotices.moc"
