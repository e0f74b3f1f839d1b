#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include "core/net/NetResult.h"

#include <optional>

namespace keyturn::test {

/// Runs one asynchronous client call to its callback, spinning the event loop; a call that never answers is a
/// timeout error, so a test fails instead of hanging.
template<typename T> NetResult<T> waitForCall(const std::function<void(NetCallback<T>)> &call, int ms = 15000)
{
    std::optional<NetResult<T>> out;
    call([&out](NetResult<T> r) { out = std::move(r); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, ms);
    if (!out)
        return NetError{NetError::Kind::Timeout, 0, QStringLiteral("the test waited too long")};
    return std::move(*out);
}

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

    /// Sets one subsystem's faults (POST /_sandbox/faults), or clears them all with an empty object. True on 2xx.
    bool setFaults(QNetworkAccessManager &nam, const QJsonObject &body) const
    {
        QNetworkRequest req(url().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
        req.setRawHeader("Authorization", "Bearer " + adminToken());
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = body.isEmpty() ? nam.deleteResource(req) : nam.post(req, QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
    }

private:
    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace keyturn::test
