// The gated send end to end: a Workspace whose profile names a real SMTP server (aiosmtpd on loopback) and its
// NoticeSender. Nothing leaves before a second engineer approved it; an approved notice arrives exactly once with its
// stable Message-ID and both bodies; a transient failure is retried later, a permanent one is failed with an alert.
#include "SmtpServer.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/MailTransport.h"
#include "core/notices/NoticeSender.h"
#include "core/notices/NoticeStore.h"
#include "core/notices/NoticeTemplate.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <optional>

using namespace keyturn;
using namespace keyturn::test;

namespace {

const QString kFrom = QStringLiteral("keyturn@example.org");
const QString kRecipient = QStringLiteral("ops@acme.example");
const QString kSubject = QStringLiteral("Action required: rotate your Stripe key – by 1 December");
const QString kBody = QStringLiteral("# Rotate your key\n\n"
                                     "Hello **Acme Payments**,\n\n"
                                     "the key `sk_live_…4f9a` is replaced on *1 December 2026*:\n\n"
                                     "- create a new key in the dashboard\n"
                                     "- switch your services to it\n\n"
                                     "Questions? See [the guide](https://docs.example.org/rotate).\n");

/// An aiosmtpd handler: a Mailbox that answers RCPT for an address starting with "refused" with the reply given on
/// the command line (e.g. "550 5.1.1 mailbox unavailable").
const char kRefusingHandler[] = R"(
from aiosmtpd.handlers import Mailbox


class Refusing(Mailbox):
    def __init__(self, mail_dir, reply):
        super().__init__(mail_dir)
        self.reply = reply

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 2:
            parser.error('arguments: MAILDIR REPLY')
        return cls(*args)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith('refused'):
            return self.reply
        envelope.rcpt_tos.append(address)
        return '250 OK'
)";

NoticeDraft draft(const QString &recipient = kRecipient, const QString &draftedBy = {})
{
    NoticeDraft d;
    d.kind = NoticeKind::Migration;
    d.recipient = recipient;
    d.content = {kSubject, kBody};
    d.templateName = QStringLiteral("migration-rest");
    d.draftedBy = draftedBy;
    return d;
}

QString normalised(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

/// A workspace acting as alice on a manual clock, its profile pointing at aiosmtpd, and bob's view of its notices.
struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock{fixedNow()};
    SmtpServer server{dir.path()};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<NoticeStore> bob;

    /// Starts the server and opens the workspace; an empty string on success.
    QString setUp(const SmtpServer::Options &options = {})
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        if (QString why = server.start(options); !why.isEmpty())
            return why;
        auto opened =
            Workspace::open(newTestWorkspace(dir, QStringLiteral("delivery.keyturn"), QStringLiteral("alice")),
                            QStringLiteral("alice"), clock);
        if (!opened)
            return opened.errorMessage();
        ws = std::move(opened.value());
        bob = std::make_unique<NoticeStore>(ws->database(), ws->audit(), clock, QStringLiteral("bob"));
        return connectTo(server.url());
    }

    /// Points the profile at `url` and rebuilds the services, as the settings page does after a change.
    QString connectTo(const QString &url)
    {
        ConnectionProfile p;
        p.mailTransport = QStringLiteral("smtp");
        p.smtpUrl = QUrl(url);
        p.fromAddress = kFrom;
        if (auto r = ws->saveProfile(p); !r)
            return r.errorMessage();
        std::optional<Result<void>> connected;
        ws->connectServices([&connected](Result<void> r) { connected = std::move(r); });
        if (!QTest::qWaitFor([&connected] { return connected.has_value(); }, 10000))
            return QStringLiteral("connectServices did not finish");
        if (!*connected)
            return connected->errorMessage();
        return ws->noticeSender() ? QString() : QStringLiteral("no notice sender after connectServices");
    }

    Result<NoticeSender::Report> sendDue()
    {
        std::optional<Result<NoticeSender::Report>> out;
        ws->noticeSender()->sendDue([&out](Result<NoticeSender::Report> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 40000))
            return Error{QStringLiteral("sendDue did not finish")};
        return std::move(*out);
    }

    /// Drafted by alice, approved by bob.
    qint64 approvedNotice(const QString &recipient = kRecipient)
    {
        auto id = ws->notices().createNotice(draft(recipient));
        if (!id)
            qFatal("cannot draft: %s", qPrintable(id.errorMessage()));
        if (auto r = bob->approve({*id}); !r)
            qFatal("cannot approve: %s", qPrintable(r.errorMessage()));
        return *id;
    }

    NoticeRecord notice(qint64 id) const { return ws->notices().notice(id).value(); }

    QStringList auditActions(qint64 id) const
    {
        QStringList out;
        for (const AuditEvent &e : ws->audit().eventsFor(QStringLiteral("notice"), QString::number(id)).value())
            out << e.action;
        return out;
    }
};

} // namespace

class TestNoticeDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // no keychain: this profile needs no token, and a session bus could prompt
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(QFile::exists(kPython), "needs /usr/bin/python3 with python3-aiosmtpd");
    }

    void aPendingNoticeIsNeverDelivered()
    {
        Fixture f;
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 id = f.ws->notices().createNotice(draft()).value();
        QCOMPARE(f.notice(id).state, NoticeState::Pending);

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(report->failed, 0);
        // a day later it is still only waiting for approval
        f.clock.advanceSecs(24 * 3600);
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);

        QCOMPARE(f.server.messages(), QStringList());
        const NoticeRecord n = f.notice(id);
        QCOMPARE(n.state, NoticeState::Pending);
        QCOMPARE(n.attempts, 0);
        QVERIFY(n.messageId.isEmpty());
        QVERIFY(!f.auditActions(id).contains(QStringLiteral("notice.sending")));
    }

    void selfApprovalIsRefused()
    {
        Fixture f;
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // alice drafted it: she cannot approve it
        const qint64 own = f.ws->notices().createNotice(draft()).value();
        QVERIFY(!f.ws->notices().approvalBlocker(f.notice(own)).isEmpty());
        auto r = f.ws->notices().approve({own});
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("another engineer")), qPrintable(r.errorMessage()));
        QCOMPARE(f.notice(own).state, NoticeState::Pending);
        QVERIFY(f.notice(own).approvedBy.isEmpty());

        // a rotation bob started drafted this one (the store acting as a timer): bob cannot approve it, alice can
        NoticeStore timer(f.ws->database(), f.ws->audit(), f.clock, QStringLiteral("keyturn-timer"));
        const qint64 bobs = timer.createNotice(draft(kRecipient, QStringLiteral("bob"))).value();
        QCOMPARE(f.notice(bobs).draftedBy, QStringLiteral("bob"));
        r = f.bob->approve({bobs});
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("another engineer")), qPrintable(r.errorMessage()));
        QCOMPARE(f.notice(bobs).state, NoticeState::Pending);
        // all or nothing: with alice's own notice in the batch, bob approves neither
        QVERIFY(!f.bob->approve({own, bobs}));
        QCOMPARE(f.notice(own).state, NoticeState::Pending);

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(f.server.messages(), QStringList());
        QVERIFY(!f.auditActions(own).contains(QStringLiteral("notice.approved")));
        QVERIFY(!f.auditActions(bobs).contains(QStringLiteral("notice.approved")));

        // the four-eyes path still works: alice approves the notice of bob's rotation
        QVERIFY(f.ws->notices().approve({bobs}));
        QCOMPARE(f.notice(bobs).approvedBy, QStringLiteral("alice"));
    }

    void anApprovedNoticeArrivesExactlyOnce()
    {
        Fixture f;
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 id = f.approvedNotice();
        QCOMPARE(f.notice(id).state, NoticeState::Approved);
        QSignalSpy changed(f.ws->noticeSender(), &NoticeSender::noticeChanged);
        const QDateTime sentAt = f.clock.now();

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 1);
        QCOMPARE(report->failed + report->deferred + report->surfaced, 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), id);
        QCOMPARE(changed.at(0).at(1).toString(), NoticeState::Sent);

        const QStringList files = f.server.messages();
        QCOMPARE(files.size(), 1);
        const QJsonObject mail = parseMail(f.dir.path(), files.first());
        QVERIFY(!mail.isEmpty());
        QCOMPARE(mail.value(QLatin1String("defects")).toArray(), QJsonArray());
        const QString messageId = MailMessage::messageIdForNotice(id, kFrom);
        QCOMPARE(messageId, QStringLiteral("<keyturn-notice-%1@example.org>").arg(id));
        QCOMPARE(mail.value(QLatin1String("message_id")).toString(), messageId);
        QCOMPARE(mail.value(QLatin1String("subject")).toString(), kSubject);
        QCOMPARE(mail.value(QLatin1String("rcpt_to")).toString(), kRecipient);
        QCOMPARE(mail.value(QLatin1String("mail_from")).toString(), kFrom);
        const QJsonArray to = mail.value(QLatin1String("to")).toArray();
        QCOMPARE(to.size(), 1);
        QCOMPARE(to.at(0).toArray().at(1).toString(), kRecipient);
        QCOMPARE(mail.value(QLatin1String("from")).toArray().at(0).toArray().at(1).toString(), kFrom);

        const auto rendered = NoticeTemplates::render(kBody);
        QVERIFY2(rendered, qPrintable(rendered.errorMessage()));
        QString text, html;
        int textParts = 0, htmlParts = 0;
        for (const QJsonValue &part : mail.value(QLatin1String("parts")).toArray()) {
            const QString type = part[QLatin1String("type")].toString();
            if (type == QLatin1String("text/plain")) {
                ++textParts;
                text = normalised(part[QLatin1String("body")].toString());
            } else if (type == QLatin1String("text/html")) {
                ++htmlParts;
                html = normalised(part[QLatin1String("body")].toString());
            }
        }
        QCOMPARE(textParts, 1);
        QCOMPARE(htmlParts, 1);
        QCOMPARE(text, rendered->text);
        QCOMPARE(html, rendered->html);
        QVERIFY2(html.contains(QLatin1String("<strong>Acme Payments</strong>")) ||
                     html.contains(QLatin1String("<b>Acme Payments</b>")),
                 qPrintable(html));
        QVERIFY2(!text.contains(QLatin1String("**")), qPrintable(text));

        // a second run, also a day later, sends nothing more
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        f.clock.advanceSecs(24 * 3600);
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent + report->resolved + report->surfaced, 0);
        QCOMPARE(f.server.messages().size(), 1);

        const NoticeRecord n = f.notice(id);
        QCOMPARE(n.state, NoticeState::Sent);
        QCOMPARE(n.messageId, messageId);
        QVERIFY2(!n.transportId.isEmpty(), "the SMTP server's reply is recorded");
        QCOMPARE(n.sentAt, sentAt);
        QCOMPARE(n.attempts, 1);
        QVERIFY(n.lastError.isEmpty());
        QVERIFY(n.leaseHolder.isEmpty());

        const auto events = f.ws->audit().eventsFor(QStringLiteral("notice"), QString::number(id)).value();
        const auto sent = std::find_if(events.begin(), events.end(),
                                       [](const AuditEvent &e) { return e.action == QLatin1String("notice.sent"); });
        QVERIFY2(sent != events.end(), "notice.sent is audited");
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const AuditEvent &e) { return e.action == QLatin1String("notice.sent"); }),
                 1);
        const QJsonObject details = QJsonDocument::fromJson(sent->details).object();
        QCOMPARE(details.value(QLatin1String("message_id")).toString(), messageId);
        QCOMPARE(details.value(QLatin1String("transport_id")).toString(), n.transportId);
        QCOMPARE(details.value(QLatin1String("recipient")).toString(), kRecipient);
    }

    void aRejectedNoticeIsNotDelivered()
    {
        Fixture f;
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 pending = f.ws->notices().createNotice(draft()).value();
        QVERIFY(!f.bob->reject(pending, QStringLiteral("   ")));
        QCOMPARE(f.notice(pending).state, NoticeState::Pending);
        QVERIFY(f.bob->reject(pending, QStringLiteral("the deadline is wrong")));
        // approved, then rejected before it went out: the approval no longer holds
        const qint64 approved = f.approvedNotice();
        NoticeStore carol(f.ws->database(), f.ws->audit(), f.clock, QStringLiteral("carol"));
        QVERIFY(carol.reject(approved, QStringLiteral("wrong consumer")));

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(f.server.messages(), QStringList());

        NoticeRecord n = f.notice(pending);
        QCOMPARE(n.state, NoticeState::Draft);
        QCOMPARE(n.rejectionReason, QStringLiteral("the deadline is wrong"));
        QCOMPARE(n.attempts, 0);
        n = f.notice(approved);
        QCOMPARE(n.state, NoticeState::Draft);
        QCOMPARE(n.rejectionReason, QStringLiteral("wrong consumer"));
        QVERIFY(n.approvedBy.isEmpty());
        QCOMPARE(n.attempts, 0);
        QVERIFY(f.auditActions(approved).contains(QStringLiteral("notice.rejected")));
    }

    void aTransientFailureIsRetriedLaterAndDeliveredOnce()
    {
        Fixture f;
        QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 id = f.approvedNotice();
        f.server.stop(); // connection refused
        const QDateTime firstTry = f.clock.now();

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->deferred, 1);
        QCOMPARE(report->sent + report->failed, 0);
        NoticeRecord n = f.notice(id);
        QCOMPARE(n.state, NoticeState::Approved);
        QCOMPARE(n.attempts, 1);
        QCOMPARE(n.sendAt, firstTry.addSecs(NoticeSender::backoffSeconds(1)));
        QVERIFY(n.sendAt > firstTry);
        QVERIFY2(n.lastError.contains(QLatin1String("cannot connect")), qPrintable(n.lastError));
        QVERIFY(f.auditActions(id).contains(QStringLiteral("notice.send_deferred")));
        QVERIFY(f.ws->store().openAlerts().value().isEmpty());

        // the server is back (on another port), but the retry time has not come
        why = f.server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = f.connectTo(f.server.url());
        QVERIFY2(why.isEmpty(), qPrintable(why));
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(f.server.messages(), QStringList());
        QCOMPARE(f.notice(id).state, NoticeState::Approved);

        f.clock.advanceSecs(NoticeSender::backoffSeconds(1) + 1);
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 1);
        report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);

        const QStringList files = f.server.messages();
        QCOMPARE(files.size(), 1);
        QCOMPARE(parseMail(f.dir.path(), files.first()).value(QLatin1String("message_id")).toString(),
                 MailMessage::messageIdForNotice(id, kFrom));
        n = f.notice(id);
        QCOMPARE(n.state, NoticeState::Sent);
        QCOMPARE(n.attempts, 2);
        QVERIFY(n.lastError.isEmpty());
    }

    void aRefusalFailsOrDefersByItsReplyCode_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("state");
        QTest::newRow("550 mailbox unavailable") << "550 5.1.1 mailbox unavailable" << NoticeState::Failed;
        QTest::newRow("553 address not allowed") << "553 5.1.3 address not allowed" << NoticeState::Failed;
        QTest::newRow("503 bad sequence") << "503 5.5.1 bad sequence of commands" << NoticeState::Failed;
        QTest::newRow("451 try again later") << "451 4.3.0 try again later" << NoticeState::Approved;
    }
    void aRefusalFailsOrDefersByItsReplyCode()
    {
        QFETCH(QString, reply);
        QFETCH(QString, state);
        Fixture f;
        QFile module(f.dir.filePath(QStringLiteral("keyturn_refusing.py")));
        QVERIFY(module.open(QIODevice::WriteOnly) && module.write(kRefusingHandler) > 0);
        module.close();
        SmtpServer::Options options;
        options.handler = QStringLiteral("keyturn_refusing.Refusing");
        options.handlerArguments = {reply};
        options.modulePath = f.dir.path();
        const QString why = f.setUp(options);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString recipient = QStringLiteral("refused-ops@acme.example");
        const qint64 id = f.approvedNotice(recipient);

        auto report = f.sendDue();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(f.server.messages(), QStringList());
        NoticeRecord n = f.notice(id);
        QCOMPARE(n.state, state);
        QCOMPARE(n.attempts, 1);
        QVERIFY2(n.lastError.contains(reply.left(3)), qPrintable(n.lastError));
        QVERIFY2(n.lastError.contains(QLatin1String("refused a recipient")), qPrintable(n.lastError));
        const QList<AlertRecord> alerts = f.ws->store().openAlerts().value();

        if (state == NoticeState::Failed) {
            QCOMPARE(report->failed, 1);
            QCOMPARE(alerts.size(), 1);
            QCOMPARE(alerts.first().kind, QStringLiteral("notice_failed"));
            QVERIFY2(alerts.first().message.contains(recipient), qPrintable(alerts.first().message));
            QVERIFY(f.auditActions(id).contains(QStringLiteral("notice.failed")));
            // a failed notice waits for the operator: it is not sent again on its own
            f.clock.advanceSecs(24 * 3600);
            report = f.sendDue();
            QVERIFY2(report, qPrintable(report.errorMessage()));
            QCOMPARE(report->sent + report->failed + report->deferred, 0);
            QCOMPARE(f.notice(id).attempts, 1);
            QCOMPARE(f.notice(id).state, NoticeState::Failed);
        } else {
            QCOMPARE(report->deferred, 1);
            QCOMPARE(alerts.size(), 0);
            QVERIFY(n.sendAt > fixedNow());
        }
    }
};

QTEST_GUILESS_MAIN(TestNoticeDelivery)
#include "TestNoticeDelivery.moc"
