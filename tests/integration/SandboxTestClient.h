#pragma once

#include "Sandbox.h"
#include "core/domain/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace keyturn::test {

/// The sandbox tests' fixed "now": 2026-11-24 12:00 UTC.
inline QDateTime sandboxNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

/// What came back for one request: an HTTP answer, or a network error without one.
struct HttpAnswer
{
    bool finished = false;
    int status = 0; ///< 0 when no HTTP answer came
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

/// Whose credential a request carries.
enum class As
{
    Nobody,
    Admin,
    Vault,
    Mail
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// A small synchronous HTTP client for the sandbox: each call waits (spinning the event loop, so an in-process
/// sandbox keeps serving) for the answer or a generous timeout.
class SandboxClient
{
public:
    SandboxClient(const QUrl &base, QByteArray adminToken, QByteArray vaultToken, QByteArray mailToken)
        : m_base(base), m_admin(std::move(adminToken)), m_vault(std::move(vaultToken)), m_mail(std::move(mailToken))
    {}
    explicit SandboxClient(const Sandbox &sandbox)
        : SandboxClient(QUrl(sandbox.url()), sandbox.adminToken().reveal(), sandbox.vaultToken().reveal(),
                        sandbox.mailToken().reveal())
    {}
    /// From keyturn-sandbox's ready line.
    static std::unique_ptr<SandboxClient> fromReadyLine(const QByteArray &line)
    {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        return std::make_unique<SandboxClient>(QUrl(o.value(QStringLiteral("url")).toString()),
                                               o.value(QStringLiteral("admin_token")).toString().toLatin1(),
                                               o.value(QStringLiteral("vault_token")).toString().toLatin1(),
                                               o.value(QStringLiteral("mail_token")).toString().toLatin1());
    }

    QUrl url(const QString &pathAndQuery) const { return m_base.resolved(QUrl(pathAndQuery)); }
    QByteArray adminToken() const { return m_admin; }

    Headers credentials(As as) const
    {
        switch (as) {
        case As::Nobody: return {};
        case As::Admin: return {{"Authorization", "Bearer " + m_admin}};
        case As::Vault: return {{"X-Vault-Token", m_vault}};
        case As::Mail: return {{"Authorization", "Bearer " + m_mail}};
        }
        return {};
    }

    /// Starts a request and returns at once (for tests of concurrency).
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const Headers &headers,
                         const QByteArray &body = QByteArray(), int timeoutMs = 30000)
    {
        QNetworkRequest request(url(pathAndQuery));
        request.setTransferTimeout(timeoutMs);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static HttpAnswer finish(QNetworkReply *reply, int timeoutMs = 30000)
    {
        HttpAnswer answer;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(timeoutMs);
        }
        answer.finished = reply->isFinished();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const Headers &headers,
                    const QByteArray &body = QByteArray(), int timeoutMs = 30000)
    {
        return finish(start(method, pathAndQuery, headers, body, timeoutMs), timeoutMs);
    }

    HttpAnswer get(As as, const QString &pathAndQuery) { return send("GET", pathAndQuery, credentials(as)); }
    HttpAnswer post(As as, const QString &path, const QJsonObject &body = QJsonObject(), const Headers &extra = {})
    {
        return send("POST", path, credentials(as) + extra, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpAnswer del(As as, const QString &path) { return send("DELETE", path, credentials(as)); }

private:
    QUrl m_base;
    QByteArray m_admin;
    QByteArray m_vault;
    QByteArray m_mail;
    QNetworkAccessManager m_nam;
};

/// A sandbox in this process on a free loopback port, on a manual clock, with a client for it.
struct InProcessSandbox
{
    ManualClock clock{sandboxNow()};
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<SandboxClient> client;

    explicit InProcessSandbox(SandboxOptions::World world = SandboxOptions::World::Empty, quint32 seed = 42)
    {
        SandboxOptions options;
        options.world = world;
        options.seed = seed;
        options.tickMs = 0;
        options.clock = &clock;
        sandbox = std::make_unique<Sandbox>(options);
        auto port = sandbox->listen(QHostAddress::LocalHost, 0);
        if (!port)
            qFatal("the sandbox cannot listen: %s", qPrintable(port.errorMessage()));
        client = std::make_unique<SandboxClient>(*sandbox);
    }
    SandboxClient &http() { return *client; }
};

/// The key object with this id in an answer's "keys".
inline QJsonObject keyById(const QJsonArray &keys, const QString &id)
{
    for (const QJsonValue &k : keys) {
        if (k.toObject().value(QStringLiteral("id")).toString() == id)
            return k.toObject();
    }
    return QJsonObject();
}

} // namespace keyturn::test
