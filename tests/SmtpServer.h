#pragma once
// A real SMTP server for tests: Debian's aiosmtpd on loopback, delivering into a maildir, started and stopped by the
// test; and Python's own e-mail parser to read what arrived (an independent check of the MIME Keyturn writes).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace keyturn::test {

// Debian's python3 with python3-aiosmtpd; another python3 may come first on PATH.
inline const QString kPython = QStringLiteral("/usr/bin/python3");

/// Reads one delivered message with Python's own e-mail parser, an independent check of the MIME Keyturn writes.
inline const char kParserScript[] = R"(
import email, json, sys
from email import policy

with open(sys.argv[1], 'rb') as f:
    msg = email.message_from_binary_file(f, policy=policy.default)
defects = [repr(d) for d in msg.defects]
parts = []
for part in msg.walk():
    defects += [repr(d) for d in part.defects]
    if part.is_multipart():
        continue
    parts.append({'type': part.get_content_type(), 'charset': part.get_content_charset(),
                  'body': part.get_content()})
def mailboxes(header):
    return [[a.display_name, a.addr_spec] for a in msg[header].addresses]
print(json.dumps({
    'from': mailboxes('From'), 'to': mailboxes('To'), 'subject': str(msg['Subject']),
    'message_id': str(msg['Message-ID']), 'type': msg.get_content_type(), 'parts': parts, 'defects': defects,
    'rcpt_to': str(msg['X-RcptTo']), 'mail_from': str(msg['X-MailFrom']), 'login': str(msg['X-Keyturn-Login']),
}))
)";

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/// aiosmtpd on 127.0.0.1, delivering into a maildir; stopped when it goes out of scope, also when a test fails.
class SmtpServer
{
public:
    struct Options
    {
        QString handler = QStringLiteral("aiosmtpd.handlers.Mailbox");
        QStringList handlerArguments; ///< after the maildir
        QString certificate;          ///< with key: TLS
        QString key;
        bool implicitTls = false; ///< smtps instead of STARTTLS
        QString modulePath;       ///< PYTHONPATH for a custom handler
    };

    explicit SmtpServer(const QString &dir) : m_maildir(dir + QStringLiteral("/maildir")) {}
    ~SmtpServer() { stop(); }
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    /// Starts the server and waits until its port accepts connections; an empty string on success.
    QString start() { return start(Options()); }
    QString start(const Options &options)
    {
        m_port = freePort();
        QStringList args = {QStringLiteral("-m"),
                            QStringLiteral("aiosmtpd"),
                            QStringLiteral("-n"),
                            QStringLiteral("-l"),
                            QStringLiteral("127.0.0.1:%1").arg(m_port),
                            QStringLiteral("-c"),
                            options.handler};
        if (!options.certificate.isEmpty()) {
            args << (options.implicitTls ? QStringLiteral("--smtpscert") : QStringLiteral("--tlscert"))
                 << options.certificate;
            args << (options.implicitTls ? QStringLiteral("--smtpskey") : QStringLiteral("--tlskey")) << options.key;
        }
        args << m_maildir << options.handlerArguments;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        if (!options.modulePath.isEmpty())
            env.insert(QStringLiteral("PYTHONPATH"), options.modulePath);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Should this test crash, the server goes with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(kPython, args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(kPython, m_process.errorString());

        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (m_process.state() == QProcess::NotRunning) {
                return QStringLiteral("aiosmtpd exited (is python3-aiosmtpd installed?): %1")
                    .arg(QString::fromLocal8Bit(m_process.readAll()));
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(250)) {
                probe.abort();
                return {};
            }
            QTest::qWait(50);
        }
        return QStringLiteral("aiosmtpd did not open port %1: %2")
            .arg(m_port)
            .arg(QString::fromLocal8Bit(m_process.readAll()));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString url(const QString &scheme = QStringLiteral("smtp")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port);
    }
    /// The files of the messages delivered so far.
    QStringList messages() const
    {
        QStringList files;
        const QDir dir(m_maildir + QStringLiteral("/new"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            files << dir.filePath(name);
        return files;
    }

private:
    QString m_maildir;
    QProcess m_process;
    quint16 m_port = 0;
};

/// The delivered message `file` as Python's e-mail package reads it: from, to, subject, message_id, parts
/// ([{type, charset, body}]), defects. `scratch` is a folder for the parser script.
inline QJsonObject parseMail(const QString &scratch, const QString &file)
{
    const QString script = QDir(scratch).filePath(QStringLiteral("parse_mail.py"));
    QFile f(script);
    if (!f.exists() && (!f.open(QIODevice::WriteOnly) || f.write(kParserScript) < 0))
        return {};
    f.close();
    QProcess python;
    python.start(kPython, {script, file});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("parser failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace keyturn::test
