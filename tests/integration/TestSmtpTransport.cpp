#include "SmtpServer.h"
#include "core/net/SmtpTransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>

#include <csignal>
#include <sys/prctl.h>

using namespace keyturn;
using namespace keyturn::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kCanary = "canary-pw-7f3e9a1c-never-print";

/// A handler for aiosmtpd: a Mailbox that checks AUTH PLAIN/LOGIN against one login, refuses recipients whose
/// address starts with "refused", and records who logged in as X-Keyturn-Login. Like a careless server, it repeats
/// a wrong password in its answer, so the tests see that Keyturn's messages still never show it.
const char kHandlerModule[] = R"(
from base64 import b64decode
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword, MISSING


class Handler(Mailbox):
    def __init__(self, mail_dir, login, password):
        super().__init__(mail_dir)
        self.login = login.encode()
        self.password = password.encode()

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 3:
            parser.error('arguments: MAILDIR LOGIN PASSWORD')
        return cls(*args)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith('refused'):
            return '550 5.1.1 <%s>: mailbox unavailable' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    def check(self, login, password):
        if login == self.login and password == self.password:
            return AuthResult(success=True, auth_data=LoginPassword(login, password))
        return AuthResult(success=False, handled=False,
                          message='535 5.7.8 wrong password: %s' % password.decode(errors='replace'))

    async def auth_PLAIN(self, server, args):
        data = await server.challenge_auth('') if len(args) == 1 else b64decode(args[1])
        if data is MISSING or data.count(b'\0') != 2:
            return AuthResult(success=False, handled=False)
        _, login, password = data.split(b'\0')
        return self.check(login, password)

    async def auth_LOGIN(self, server, args):
        login = await server.challenge_auth(server.AuthLoginUsernameChallenge) if len(args) == 1 else b64decode(args[1])
        if login is MISSING:
            return AuthResult(success=False, handled=False)
        password = await server.challenge_auth(server.AuthLoginPasswordChallenge)
        if password is MISSING:
            return AuthResult(success=False, handled=False)
        return self.check(login, password)

    def prepare_message(self, session, envelope):
        message = super().prepare_message(session, envelope)
        message['X-Keyturn-Login'] = (session.login_data or b'').decode()
        return message
)";

/// What one send() led to.
struct Outcome
{
    int signalCount = 0;
    bool sent = false;
    QString messageId;
    QString reply;
    NetError error;
    bool onCallerThread = true;
};

/// Sends and waits (spinning the event loop, as the GUI would) for the one signal that must follow.
Outcome sendAndWait(SmtpTransport &transport, const MailMessage &message, int timeoutMs = 30000)
{
    Outcome outcome;
    QThread *const caller = QThread::currentThread();
    const auto sent =
        QObject::connect(&transport, &MailTransport::sent, &transport, [&](const QString &id, const QString &reply) {
            ++outcome.signalCount;
            outcome.sent = true;
            outcome.messageId = id;
            outcome.reply = reply;
            outcome.onCallerThread = QThread::currentThread() == caller;
        });
    const auto failed =
        QObject::connect(&transport, &MailTransport::failed, &transport, [&](const QString &id, const NetError &error) {
            ++outcome.signalCount;
            outcome.messageId = id;
            outcome.error = error;
            outcome.onCallerThread = QThread::currentThread() == caller;
        });
    transport.send(message);
    if (!QTest::qWaitFor([&] { return outcome.signalCount > 0; }, timeoutMs))
        qWarning("no signal within %d ms", timeoutMs);
    QTest::qWait(100); // a second signal would be a bug; give it a chance to show
    QObject::disconnect(sent);
    QObject::disconnect(failed);
    return outcome;
}

MailMessage sampleMessage(qint64 noticeId = 42)
{
    MailMessage m;
    m.from = QStringLiteral("Keyturn Ops <noreply@example.org>");
    m.to = {QStringLiteral("Alice Liddell <alice@example.org>"), QStringLiteral("bob@example.org")};
    m.subject = QStringLiteral("Schlüsselwechsel: your payments key rotates on Friday ✓");
    m.textBody = QStringLiteral("Hello Alice,\n\nthe key sk_live_…4f9a rotates on Friday.\n.\nA line with a dot "
                                "above.\n") +
                 QStringLiteral("Long line: ") + QStringLiteral("0123456789").repeated(150) +
                 QStringLiteral("\nGrüße, Keyturn\n");
    m.htmlBody = QStringLiteral("<html><body><p>Hello Alice,</p><p>the key rotates on <b>Friday</b>.</p>\n"
                                "<p style=\"color:#333\">Grüße ✓</p></body></html>\n");
    m.messageId = MailMessage::messageIdForNotice(noticeId, QStringLiteral("example.org"));
    return m;
}

SmtpSettings plainSettings(const QString &url)
{
    SmtpSettings s;
    s.serverUrl = url;
    s.tlsMode = SmtpSettings::TlsMode::None;
    s.timeout = 20s;
    return s;
}

QString normalised(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

/// Messages printed through qDebug/qWarning while a test runs, to prove a secret never reaches a log.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSmtpTransport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_certificate, m_key;           // for 127.0.0.1 and localhost
    QString m_otherCertificate, m_otherKey; // a CA that did not sign m_certificate

    QString makeCertificate(const QString &name, QString *certificate, QString *key)
    {
        *certificate = m_dir.filePath(name + QStringLiteral("-cert.pem"));
        *key = m_dir.filePath(name + QStringLiteral("-key.pem"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), *key,
                       QStringLiteral("-out"), *certificate});
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
            return QStringLiteral("openssl failed (is the openssl package installed?): %1 %2")
                .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return {};
    }

    QString writeHandlerModule()
    {
        QFile module(m_dir.filePath(QStringLiteral("keyturn_test_smtp.py")));
        if (!module.open(QIODevice::WriteOnly) || module.write(kHandlerModule) < 0)
            return {};
        return m_dir.path();
    }

    SmtpServer::Options authServer(const QString &login, const QString &password)
    {
        SmtpServer::Options o;
        o.handler = QStringLiteral("keyturn_test_smtp.Handler");
        o.handlerArguments = {login, password};
        o.modulePath = writeHandlerModule();
        o.certificate = m_certificate;
        o.key = m_key;
        return o;
    }

    /// The delivered message as Python's e-mail package reads it.
    QJsonObject parsed(const QString &file) { return parseMail(m_dir.path(), file); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kPython), "needs /usr/bin/python3 with python3-aiosmtpd");
        QString why = makeCertificate(QStringLiteral("server"), &m_certificate, &m_key);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = makeCertificate(QStringLiteral("other"), &m_otherCertificate, &m_otherKey);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void deliversOverLoopback()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpTransport transport(plainSettings(server.url()));
        QCOMPARE(transport.name(), QStringLiteral("smtp"));
        const MailMessage message = sampleMessage();
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = sendAndWait(transport, message);
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY2(outcome.sent, qPrintable(outcome.error.toString()));
        QVERIFY(outcome.onCallerThread);
        QCOMPARE(outcome.messageId, QStringLiteral("<keyturn-notice-42@example.org>"));
        QVERIFY2(outcome.reply.startsWith(QLatin1String("250")), qPrintable(outcome.reply));

        const QStringList files = server.messages();
        QCOMPARE(files.size(), 1);
        const QJsonObject mail = parsed(files.first());
        QVERIFY(!mail.isEmpty());
        QCOMPARE(mail.value(QLatin1String("defects")).toArray(), QJsonArray());
        QCOMPARE(mail.value(QLatin1String("from")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("Keyturn Ops"), QStringLiteral("noreply@example.org")}}));
        QCOMPARE(mail.value(QLatin1String("to")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("Alice Liddell"), QStringLiteral("alice@example.org")},
                             QJsonArray{QString(), QStringLiteral("bob@example.org")}}));
        QCOMPARE(mail.value(QLatin1String("subject")).toString(), message.subject);
        QCOMPARE(mail.value(QLatin1String("message_id")).toString(), message.messageId);
        QCOMPARE(mail.value(QLatin1String("mail_from")).toString(), QStringLiteral("noreply@example.org"));
        QCOMPARE(mail.value(QLatin1String("rcpt_to")).toString(), QStringLiteral("alice@example.org, bob@example.org"));
        QCOMPARE(mail.value(QLatin1String("type")).toString(), QStringLiteral("multipart/alternative"));
        const QJsonArray parts = mail.value(QLatin1String("parts")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][QLatin1String("type")].toString(), QStringLiteral("text/plain"));
        QCOMPARE(parts[0][QLatin1String("charset")].toString(), QStringLiteral("utf-8"));
        QCOMPARE(normalised(parts[0][QLatin1String("body")].toString()), message.textBody);
        QCOMPARE(parts[1][QLatin1String("type")].toString(), QStringLiteral("text/html"));
        QCOMPARE(normalised(parts[1][QLatin1String("body")].toString()), message.htmlBody);
    }

    void deliversSeveralAtOnce()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpTransport transport(plainSettings(server.url()));
        QStringList sent;
        connect(&transport, &MailTransport::sent, this, [&](const QString &id, const QString &) { sent << id; });
        connect(&transport, &MailTransport::failed, this,
                [](const QString &id, const NetError &e) { qWarning() << id << e.toString(); });
        QElapsedTimer timer;
        timer.start();
        for (qint64 id = 1; id <= 5; ++id)
            transport.send(sampleMessage(id));
        QVERIFY2(timer.elapsed() < 1000, "send() returns at once");
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 5, 30000);
        sent.sort();
        QCOMPARE(sent.first(), QStringLiteral("<keyturn-notice-1@example.org>"));
        QCOMPARE(sent.last(), QStringLiteral("<keyturn-notice-5@example.org>"));
        QCOMPARE(sent.removeDuplicates(), 0);
        QCOMPARE(server.messages().size(), 5);
    }

    void connectionRefusedIsNetwork()
    {
        SmtpTransport transport(plainSettings(QStringLiteral("smtp://127.0.0.1:%1").arg(freePort())));
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY(!outcome.sent);
        QVERIFY(outcome.onCallerThread);
        QCOMPARE(outcome.messageId, QStringLiteral("<keyturn-notice-42@example.org>"));
        QCOMPARE(outcome.error.kind, NetError::Kind::Network);
        QVERIFY(outcome.error.isTransient());
        QVERIFY2(outcome.error.message.contains(QLatin1String("127.0.0.1")), qPrintable(outcome.error.message));
    }

    void settings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("caBundle");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const int startTls = int(SmtpSettings::TlsMode::StartTls);
        const int implicit = int(SmtpSettings::TlsMode::Implicit);
        const int none = int(SmtpSettings::TlsMode::None);
        QTest::newRow("starttls") << "smtp://mail.example.org:587" << startTls << "ops" << QByteArray("pw") << ""
                                  << "";
        QTest::newRow("implicit") << "smtps://mail.example.org:465" << implicit << "" << QByteArray() << ""
                                  << "";
        QTest::newRow("clear on 127.0.0.1") << "smtp://127.0.0.1:2525" << none << "" << QByteArray() << ""
                                            << "";
        QTest::newRow("clear on 127.0.0.2") << "smtp://127.0.0.2:2525" << none << "" << QByteArray() << ""
                                            << "";
        QTest::newRow("clear on ::1") << "smtp://[::1]:2525" << none << "" << QByteArray() << ""
                                      << "";
        QTest::newRow("clear on localhost") << "smtp://localhost:25" << none << "" << QByteArray() << ""
                                            << "";
        QTest::newRow("clear to a remote host") << "smtp://mail.example.org:25" << none << "" << QByteArray() << ""
                                                << "refusing to send mail in clear";
        QTest::newRow("clear to a LAN address") << "smtp://10.0.0.5:25" << none << "" << QByteArray() << ""
                                                << "refusing to send mail in clear";
        QTest::newRow("clear to a remote IPv6 host") << "smtp://[2001:db8::1]:25" << none << "" << QByteArray() << ""
                                                     << "refusing to send mail in clear to [2001:db8::1]:25";
        QTest::newRow("localhost look-alike") << "smtp://localhost.example.org:25" << none << "" << QByteArray() << ""
                                              << "refusing";
        QTest::newRow("no url") << "" << startTls << "" << QByteArray() << ""
                                << "no mail server";
        QTest::newRow("http url") << "http://mail.example.org" << startTls << "" << QByteArray() << ""
                                  << "not of the form";
        QTest::newRow("no host") << "smtp://:25" << startTls << "" << QByteArray() << ""
                                 << "not of the form";
        QTest::newRow("smtps with starttls") << "smtps://mail.example.org" << startTls << "" << QByteArray() << ""
                                             << "implicit TLS";
        QTest::newRow("smtp with implicit") << "smtp://mail.example.org" << implicit << "" << QByteArray() << ""
                                            << "smtps://";
        QTest::newRow("password in url") << "smtp://ops:" + QString::fromLatin1(kCanary) + "@mail.example.org"
                                         << startTls << "" << QByteArray() << ""
                                         << "in their own settings";
        QTest::newRow("password without user") << "smtp://mail.example.org" << startTls << "" << QByteArray("pw") << ""
                                               << "without a user name";
        QTest::newRow("missing CA bundle")
            << "smtp://mail.example.org" << startTls << "" << QByteArray() << "/nonexistent/ca.pem"
            << "cannot read the CA bundle";
    }
    void settings()
    {
        QFETCH(QString, url);
        QFETCH(int, mode);
        QFETCH(QString, username);
        QFETCH(QByteArray, password);
        QFETCH(QString, caBundle);
        QFETCH(QString, problem);
        SmtpSettings s;
        s.serverUrl = url;
        s.tlsMode = SmtpSettings::TlsMode(mode);
        s.username = username;
        s.password = Secret(password);
        s.caBundlePath = caBundle;
        const auto error = SmtpTransport::checkSettings(s);
        if (problem.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->kind, NetError::Kind::Config);
        QVERIFY2(error->message.contains(problem), qPrintable(error->message));
        QVERIFY(!error->message.contains(QString::fromLatin1(kCanary)));

        // send() reports the same, asynchronously, and never touches the network.
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.error.kind, NetError::Kind::Config);
        QCOMPARE(outcome.error.message, error->message);
    }

    void invalidMessageFailsWithConfig()
    {
        SmtpTransport transport(plainSettings(QStringLiteral("smtp://127.0.0.1:%1").arg(freePort())));
        MailMessage m = sampleMessage();
        m.subject = QStringLiteral("Hello\r\nBcc: mallory@example.net");
        const Outcome outcome = sendAndWait(transport, m);
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.messageId, m.messageId);
        QCOMPARE(outcome.error.kind, NetError::Kind::Config);
        QVERIFY2(outcome.error.message.contains(QLatin1String("line break")), qPrintable(outcome.error.message));
    }

    void startTls_data()
    {
        QTest::addColumn<bool>("rightCa");
        QTest::newRow("trusted CA bundle") << true;
        QTest::newRow("wrong CA bundle") << false;
    }
    void startTls()
    {
        QFETCH(bool, rightCa);
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        SmtpServer::Options options;
        options.certificate = m_certificate;
        options.key = m_key;
        const QString why = server.start(options);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpSettings s;
        s.serverUrl = server.url();
        s.tlsMode = SmtpSettings::TlsMode::StartTls;
        s.caBundlePath = rightCa ? m_certificate : m_otherCertificate;
        s.timeout = 20s;
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        if (rightCa) {
            QVERIFY2(outcome.sent, qPrintable(outcome.error.toString()));
            QCOMPARE(server.messages().size(), 1);
            QCOMPARE(parsed(server.messages().first()).value(QLatin1String("message_id")).toString(),
                     sampleMessage().messageId);
        } else {
            QVERIFY(!outcome.sent);
            QCOMPARE(outcome.error.kind, NetError::Kind::Tls);
            QVERIFY(!outcome.error.isTransient());
            QVERIFY(server.messages().isEmpty());
        }
    }

    void startTlsRequiredButNotOffered()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpSettings s;
        s.serverUrl = server.url();
        s.tlsMode = SmtpSettings::TlsMode::StartTls;
        s.caBundlePath = m_certificate;
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.error.kind, NetError::Kind::Tls);
        QVERIFY2(outcome.error.message.contains(QLatin1String("STARTTLS")), qPrintable(outcome.error.message));
        QVERIFY(server.messages().isEmpty());
    }

    void implicitTls_data()
    {
        QTest::addColumn<bool>("rightCa");
        QTest::newRow("trusted CA bundle") << true;
        QTest::newRow("wrong CA bundle") << false;
    }
    void implicitTls()
    {
        QFETCH(bool, rightCa);
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        SmtpServer::Options options;
        options.certificate = m_certificate;
        options.key = m_key;
        options.implicitTls = true;
        const QString why = server.start(options);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpSettings s;
        s.serverUrl = server.url(QStringLiteral("smtps"));
        s.tlsMode = SmtpSettings::TlsMode::Implicit;
        s.caBundlePath = rightCa ? m_certificate : m_otherCertificate;
        s.timeout = 20s;
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        if (rightCa) {
            QVERIFY2(outcome.sent, qPrintable(outcome.error.toString()));
            QCOMPARE(server.messages().size(), 1);
        } else {
            QCOMPARE(outcome.error.kind, NetError::Kind::Tls);
            QVERIFY(server.messages().isEmpty());
        }
    }

    void authenticates()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        const QString why = server.start(authServer(QStringLiteral("keyturn-ops"), QString::fromLatin1(kCanary)));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpSettings s;
        s.serverUrl = server.url();
        s.caBundlePath = m_certificate;
        s.username = QStringLiteral("keyturn-ops");
        s.password = Secret(kCanary);
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QVERIFY2(outcome.sent, qPrintable(outcome.error.toString()));
        QVERIFY(!outcome.reply.contains(QString::fromLatin1(kCanary)));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(parsed(server.messages().first()).value(QLatin1String("login")).toString(),
                 QStringLiteral("keyturn-ops"));
    }

    void loginDeniedIsHttp535()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        const QString why = server.start(authServer(QStringLiteral("keyturn-ops"), QStringLiteral("right")));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpSettings s;
        s.serverUrl = server.url();
        s.caBundlePath = m_certificate;
        s.username = QStringLiteral("keyturn-ops");
        s.password = Secret(kCanary);
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.error.kind, NetError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 535);
        QVERIFY2(outcome.error.message.contains(QLatin1String("user name and password")),
                 qPrintable(outcome.error.message));
        // The server repeated the password; Keyturn's message has it blacked out.
        QVERIFY2(outcome.error.message.contains(QLatin1String("wrong password: <redacted>")),
                 qPrintable(outcome.error.message));
        QVERIFY(!outcome.error.message.contains(QString::fromLatin1(kCanary)));
        QVERIFY(server.messages().isEmpty());
    }

    void recipientRefusedIsHttpWithSmtpCode()
    {
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        SmtpServer::Options options = authServer(QStringLiteral("unused"), QStringLiteral("unused"));
        options.certificate.clear();
        options.key.clear();
        const QString why = server.start(options);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        SmtpTransport transport(plainSettings(server.url()));
        MailMessage m = sampleMessage();
        m.to = {QStringLiteral("alice@example.org"), QStringLiteral("refused@example.org")};
        const Outcome outcome = sendAndWait(transport, m);
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.error.kind, NetError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 550);
        QVERIFY2(outcome.error.message.contains(QLatin1String("refused a recipient")),
                 qPrintable(outcome.error.message));
        QVERIFY2(outcome.error.message.contains(QLatin1String("mailbox unavailable")),
                 qPrintable(outcome.error.message));
        QVERIFY(server.messages().isEmpty());
    }

    void timeoutIsTimeout()
    {
        QTcpServer silent; // accepts connections and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpSettings s = plainSettings(QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort()));
        s.timeout = 1500ms;
        SmtpTransport transport(s);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = sendAndWait(transport, sampleMessage());
        QCOMPARE(outcome.signalCount, 1);
        QCOMPARE(outcome.error.kind, NetError::Kind::Timeout);
        QVERIFY(outcome.error.isTransient());
        QVERIFY2(timer.elapsed() < 10000, "the timeout is honoured");
    }

    void destroyingTheTransportAbandonsQuietly()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        int signalCount = 0;
        auto *transport =
            new SmtpTransport(plainSettings(QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort())));
        connect(transport, &MailTransport::sent, this, [&] { ++signalCount; });
        connect(transport, &MailTransport::failed, this, [&] { ++signalCount; });
        transport->send(sampleMessage(1));
        transport->send(sampleMessage(2));
        QTest::qWait(300); // both transfers are connected and waiting for the greeting
        QElapsedTimer timer;
        timer.start();
        delete transport;
        QVERIFY2(timer.elapsed() < 1000, "destruction does not wait for the server");
        QTest::qWait(300);
        QCOMPARE(signalCount, 0);
    }

    void passwordNeverAppears_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("login denied") << "login denied";
        QTest::newRow("connection refused") << "connection refused";
        QTest::newRow("wrong CA") << "wrong CA";
        QTest::newRow("no STARTTLS") << "no STARTTLS";
        QTest::newRow("recipient refused after login") << "recipient refused";
        QTest::newRow("bad message") << "bad message";
    }
    void passwordNeverAppears()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        SmtpServer server(dir.path());
        SmtpSettings s;
        s.username = QStringLiteral("keyturn-ops");
        s.password = Secret(kCanary);
        s.caBundlePath = m_certificate;
        s.timeout = 20s;
        MailMessage m = sampleMessage();
        if (scenario == QLatin1String("connection refused")) {
            s.serverUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(freePort());
            s.tlsMode = SmtpSettings::TlsMode::None;
        } else {
            SmtpServer::Options options = authServer(QStringLiteral("keyturn-ops"), QStringLiteral("other"));
            if (scenario == QLatin1String("recipient refused")) {
                options.handlerArguments = {QStringLiteral("keyturn-ops"), QString::fromLatin1(kCanary)};
                m.to = {QStringLiteral("refused@example.org")};
            }
            if (scenario == QLatin1String("no STARTTLS")) {
                options.certificate.clear();
                options.key.clear();
            }
            if (scenario == QLatin1String("wrong CA"))
                s.caBundlePath = m_otherCertificate;
            if (scenario == QLatin1String("bad message"))
                m.from = QStringLiteral("not an address");
            const QString why = server.start(options);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            s.serverUrl = server.url();
        }
        g_logged.clear();
        SmtpTransport transport(s);
        const Outcome outcome = sendAndWait(transport, m);
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY(!outcome.sent);
        const QStringList forms = {QString::fromLatin1(kCanary), QString::fromLatin1(kCanary.toBase64()),
                                   QString::fromLatin1(QByteArray("\0keyturn-ops\0", 13).append(kCanary).toBase64())};
        const QString everything = outcome.error.toString() + outcome.messageId + g_logged.join(QLatin1Char('\n'));
        for (const QString &form : forms)
            QVERIFY2(!everything.contains(form), qPrintable(everything));
        QVERIFY(!outcome.error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "TestSmtpTransport.moc"
