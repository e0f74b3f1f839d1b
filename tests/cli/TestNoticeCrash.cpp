// Crash safety of the gated send: keyturnctl is killed right after the SMTP server accepted a notice and before the
// workspace recorded it. The next `notices send` must not send it again (SMTP cannot tell a repeat from a new mail): it
// fails the notice with its Message-ID and hands it to the operator, who confirms it. Also the CLI's four-eyes and
// usage errors, and `notices list --json`.
#include "SmtpServer.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/notices/NoticeStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace keyturn;
using namespace keyturn::test;

namespace {
const QString kFrom = QStringLiteral("keyturn@example.org");
const QString kRecipient = QStringLiteral("ops@acme.example");
} // namespace

class TestNoticeCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpServer> m_server;
    QString m_workspace;
    qint64 m_consumerId = 0;
    qint64 m_campaignId = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run keyturnctl(const QStringList &args, const QString &crashAt = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("KEYTURN_TEST_CRASH_AT"));
        env.remove(QStringLiteral("KEYTURN_SMTP_PASSWORD"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("KEYTURN_TEST_CRASH_AT"), crashAt);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYTURNCTL_PATH), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return Run{-1, {}, "keyturnctl did not finish"};
        }
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    std::unique_ptr<Workspace> open(const QString &actor)
    {
        Workspace::Options o;
        o.createIfMissing = false;
        auto ws = Workspace::open(m_workspace, actor, SystemClock::instance(), o);
        if (!ws)
            qFatal("cannot open the workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    /// A notice alice drafts for Acme's migration; left pending.
    qint64 draftAsAlice(const QString &subject)
    {
        auto ws = open(QStringLiteral("alice"));
        NoticeDraft d;
        d.kind = NoticeKind::Migration;
        d.consumerId = m_consumerId;
        d.campaignId = m_campaignId;
        d.recipient = kRecipient;
        d.content = {subject, QStringLiteral("# Rotate your key\n\nHello **Acme**,\n\n- create a new key\n"
                                             "- switch to it before the deadline\n")};
        d.templateName = QStringLiteral("migration-rest");
        auto id = ws->notices().createNotice(d);
        if (!id)
            qFatal("cannot draft: %s", qPrintable(id.errorMessage()));
        return *id;
    }

    NoticeRecord notice(qint64 id)
    {
        auto ws = open(QStringLiteral("checker"));
        return ws->notices().notice(id).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kPython), "needs /usr/bin/python3 with python3-aiosmtpd");
        m_server = std::make_unique<SmtpServer>(m_dir.path());
        const QString why = m_server->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_workspace = m_dir.filePath(QStringLiteral("notices.keyturn"));

        Run r = keyturnctl({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = keyturnctl({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--smtp"), m_server->url(),
                        QStringLiteral("--from"), kFrom});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        auto ws = open(QStringLiteral("alice"));
        Consumer c;
        c.externalId = QStringLiteral("acme");
        c.name = QStringLiteral("Acme Payments");
        c.contactEmail = kRecipient;
        auto consumer = ws->store().upsertConsumer(c);
        QVERIFY2(consumer, qPrintable(consumer.errorMessage()));
        m_consumerId = *consumer;
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Stripe key rotation");
        campaign.deadlineAt = QDateTime::currentDateTimeUtc().addDays(30);
        auto campaignId = ws->notices().createCampaign(campaign);
        QVERIFY2(campaignId, qPrintable(campaignId.errorMessage()));
        m_campaignId = *campaignId;
    }
    void cleanupTestCase() { m_server.reset(); }

    void approveRejectAndListThroughTheCli()
    {
        const qint64 id = draftAsAlice(QStringLiteral("Four eyes"));
        const QString sid = QString::number(id);

        Run r = keyturnctl({QStringLiteral("--actor"), QStringLiteral("alice"), QStringLiteral("notices"),
                            QStringLiteral("approve"), sid});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("another engineer"), r.err.constData());
        QCOMPARE(notice(id).state, NoticeState::Pending);

        r = keyturnctl({QStringLiteral("--actor"), QStringLiteral("bob"), QStringLiteral("notices"),
                        QStringLiteral("reject"), sid});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--reason"), r.err.constData());
        QCOMPARE(notice(id).state, NoticeState::Pending);

        r = keyturnctl({QStringLiteral("--json"), QStringLiteral("notices"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), r.out.constData());
        QJsonObject listed;
        for (const QJsonValue &v : doc.array()) {
            if (v[QLatin1String("id")].toInteger() == id)
                listed = v.toObject();
        }
        QVERIFY2(!listed.isEmpty(), r.out.constData());
        for (const char *field : {"id", "state", "consumer", "campaign", "send_at"})
            QVERIFY2(listed.contains(QLatin1String(field)), field);
        QCOMPARE(listed.value(QLatin1String("state")).toString(), NoticeState::Pending);
        QCOMPARE(listed.value(QLatin1String("consumer")).toString(), QStringLiteral("Acme Payments"));
        QCOMPARE(listed.value(QLatin1String("campaign")).toString(), QStringLiteral("Stripe key rotation"));
        QVERIFY2(QDateTime::fromString(listed.value(QLatin1String("send_at")).toString(), Qt::ISODate).isValid(),
                 r.out.constData());

        // with a reason, bob's rejection goes through; the notice is a draft again and never sent
        r = keyturnctl({QStringLiteral("--actor"), QStringLiteral("bob"), QStringLiteral("notices"),
                        QStringLiteral("reject"), sid, QStringLiteral("--reason"), QStringLiteral("wrong deadline")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(notice(id).state, NoticeState::Draft);
        QCOMPARE(notice(id).rejectionReason, QStringLiteral("wrong deadline"));
    }

    void aSendInterruptedAfterDeliveryIsNotSentAgain()
    {
        const qint64 id = draftAsAlice(QStringLiteral("Action required: rotate your API key"));
        {
            auto bob = open(QStringLiteral("bob"));
            QVERIFY(bob->notices().approve({id}));
        }
        const int before = m_server->messages().size();

        Run r =
            keyturnctl({QStringLiteral("notices"), QStringLiteral("send")}, QStringLiteral("after:notice_delivered"));
        QVERIFY2(r.exitCode == 137, r.err.constData());
        QCOMPARE(m_server->messages().size(), before + 1);
        NoticeRecord n = notice(id);
        QCOMPARE(n.state, NoticeState::Sending);
        const QString messageId = QStringLiteral("<keyturn-notice-%1@example.org>").arg(id);
        QCOMPARE(n.messageId, messageId);
        const QJsonObject mail = parseMail(m_dir.path(), m_server->messages().constLast());
        QCOMPARE(mail.value(QLatin1String("message_id")).toString(), messageId);

        // the next run finds the claim of a dead process: SMTP cannot recognise a repeat, so it asks the operator
        r = keyturnctl({QStringLiteral("notices"), QStringLiteral("send")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_server->messages().size(), before + 1);
        const QString said = QString::fromUtf8(r.err);
        QVERIFY2(said.contains(messageId), r.err.constData());
        QVERIFY2(said.contains(QStringLiteral("notices confirm %1").arg(id)), r.err.constData());
        n = notice(id);
        QCOMPARE(n.state, NoticeState::Failed);
        QVERIFY2(n.lastError.contains(messageId), qPrintable(n.lastError));
        QVERIFY2(n.lastError.contains(QLatin1String("notices confirm")) &&
                     n.lastError.contains(QLatin1String("notices retry")),
                 qPrintable(n.lastError));
        QCOMPARE(n.attempts, 1);

        // and again: a failed notice stays failed and unsent
        r = keyturnctl({QStringLiteral("notices"), QStringLiteral("send")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server->messages().size(), before + 1);
        QCOMPARE(notice(id).state, NoticeState::Failed);

        r = keyturnctl({QStringLiteral("--actor"), QStringLiteral("carol"), QStringLiteral("notices"),
                        QStringLiteral("confirm"), QString::number(id), QStringLiteral("--note"),
                        QStringLiteral("seen in mailbox")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        n = notice(id);
        QCOMPARE(n.state, NoticeState::Sent);
        QVERIFY(n.sentAt.isValid());
        QCOMPARE(m_server->messages().size(), before + 1);

        auto ws = open(QStringLiteral("checker"));
        const auto events = ws->notices().events(id).value();
        QVERIFY(std::any_of(events.begin(), events.end(), [](const NoticeEvent &e) {
            return e.actor == QLatin1String("carol") && e.detail == QLatin1String("seen in mailbox") &&
                   e.toState == NoticeState::Sent;
        }));
        r = keyturnctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestNoticeCrash)
#include "TestNoticeCrash.moc"
