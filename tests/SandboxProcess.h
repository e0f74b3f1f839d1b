#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>

namespace keyturn::test {

/// keyturn-sandbox started from a test on an ephemeral loopback port, stopped when this goes out of scope.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArgs = {})
    {
        m_process.setProgram(QStringLiteral(KEYTURN_SANDBOX_PATH));
        m_process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        for (int i = 0; i < 300 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool ok() const { return !m_ready.value(QStringLiteral("url")).toString().isEmpty(); }
    QUrl url() const { return QUrl(m_ready.value(QStringLiteral("url")).toString()); }
    QByteArray adminToken() const { return m_ready.value(QStringLiteral("admin_token")).toString().toUtf8(); }
    QByteArray vaultToken() const { return m_ready.value(QStringLiteral("vault_token")).toString().toUtf8(); }
    QByteArray mailToken() const { return m_ready.value(QStringLiteral("mail_token")).toString().toUtf8(); }
    QByteArray stderrOutput() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace keyturn::test
