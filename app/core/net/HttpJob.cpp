#include "HttpJob.h"
#include "core/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::HttpJob", "keyturn::HttpResponse", "keyturn::TlsSettings"}, text);
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}
} // namespace

QUrl apiUrl(const QUrl &base, const QString &pathAndQuery)
{
    QUrl u = base;
    QString prefix = u.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const int query = pathAndQuery.indexOf(QLatin1Char('?'));
    u.setPath(prefix + (query < 0 ? pathAndQuery : pathAndQuery.left(query)));
    u.setQuery(query < 0 ? QString() : pathAndQuery.mid(query + 1));
    return u;
}

NetResult<QJsonObject> jsonAnswer(const NetResult<HttpResponse> &r, std::initializer_list<int> okStatuses)
{
    if (!r)
        return r.error();
    if (std::find(okStatuses.begin(), okStatuses.end(), r->status) == okStatuses.end())
        return r->httpError();
    return r->jsonObject();
}

NetResult<QSslConfiguration> TlsSettings::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caBundlePath.isEmpty()) {
        QFile file(caBundlePath);
        if (!file.open(QIODevice::ReadOnly))
            return NetError{NetError::Kind::Config, 0,
                            tr("cannot read the CA bundle %1: %2").arg(caBundlePath, file.errorString())};
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            return NetError{NetError::Kind::Config, 0,
                            tr("the CA bundle %1 holds no PEM certificate").arg(caBundlePath)};
        config.addCaCertificates(certificates);
    }
    return config;
}

NetResult<QJsonObject> HttpResponse::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return NetError{
            NetError::Kind::Malformed, status,
            tr("%1 answered with malformed JSON (%2 at byte %3)").arg(service, error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        return NetError{NetError::Kind::Malformed, status,
                        tr("%1 answered with JSON that is not an object").arg(service)};
    return doc.object();
}

NetError HttpResponse::httpError() const
{
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("errors")).isArray()) {
            QStringList parts;
            for (const auto &v : o.value(QStringLiteral("errors")).toArray())
                parts << v.toString();
            message = parts.join(QStringLiteral("; "));
        } else if (o.value(QStringLiteral("error")).isString()) {
            message = o.value(QStringLiteral("error")).toString();
        } else if (o.value(QStringLiteral("message")).isString()) {
            message = o.value(QStringLiteral("message")).toString();
        }
    } else if (!body.isEmpty() && body.size() < 300 && !body.contains('<')) {
        message = QString::fromUtf8(body).trimmed();
    }
    if (message.isEmpty()) {
        switch (status) {
        case 401: message = tr("not authenticated: the token was missing or not accepted"); break;
        case 403: message = tr("permission denied"); break;
        case 404: message = tr("not found"); break;
        default: message = tr("the server gave no reason"); break;
        }
    }
    message = message.left(500);
    return NetError{NetError::Kind::Http, status, tr("%1 refused the request: %2").arg(service, message)};
}

HttpJob *HttpJob::start(QNetworkAccessManager *nam, HttpRequest request, const HttpPolicy &policy,
                        const TlsSettings &tls, QObject *parent, Callback callback)
{
    auto *job = new HttpJob(nam, std::move(request), policy, parent, std::move(callback));
    auto ssl = tls.configuration();
    if (!ssl) {
        const NetError error = ssl.error();
        // report asynchronously, like every other outcome
        QMetaObject::invokeMethod(
            job, [job, error] { job->finish(error); }, Qt::QueuedConnection);
        return job;
    }
    job->m_ssl = ssl.value();
    QMetaObject::invokeMethod(job, &HttpJob::attempt, Qt::QueuedConnection);
    return job;
}

HttpJob::HttpJob(QNetworkAccessManager *nam, HttpRequest request, const HttpPolicy &policy, QObject *parent,
                 Callback callback)
    : QObject(parent), m_nam(nam), m_request(std::move(request)), m_policy(policy), m_callback(std::move(callback))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpJob::onTimeout);
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(NetError{NetError::Kind::Cancelled, 0, tr("the request to %1 was cancelled").arg(m_request.service)});
}

void HttpJob::attempt()
{
    if (m_done)
        return;
    if (!m_request.url.isValid() || m_request.url.host().isEmpty() ||
        (m_request.url.scheme() != QLatin1String("http") && m_request.url.scheme() != QLatin1String("https"))) {
        finish(NetError{NetError::Kind::Config, 0,
                        tr("%1: '%2' is not an http(s) URL").arg(m_request.service, m_request.url.toString())});
        return;
    }
    QNetworkRequest req(m_request.url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("keyturn/" KEYTURN_VERSION));
    for (const auto &[name, value] : m_request.headers)
        req.setRawHeader(name, value);
    if (!m_request.credentialHeader.isEmpty() && !m_request.credential.isEmpty())
        req.setRawHeader(m_request.credentialHeader, m_request.credential.reveal());
    if (!m_request.body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    m_timedOut = false;
    m_tooLarge = false;
    m_reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_policy.maxResponseBytes || total > m_policy.maxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timer.start(m_policy.timeoutMs);
}

void HttpJob::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_timedOut = true;
        m_reply->abort();
    }
}

bool HttpJob::retryLater(const NetError &reason)
{
    if (!m_request.idempotent || !reason.isTransient() || m_attempt >= m_policy.maxRetries)
        return false;
    const int base = m_policy.retryBaseMs << m_attempt;
    const int delay = base + int(QRandomGenerator::global()->bounded(base + 1));
    ++m_attempt;
    QTimer::singleShot(delay, this, &HttpJob::attempt);
    return true;
}

void HttpJob::onFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QString where = hostOf(m_request.url);
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);

    if (m_tooLarge) {
        finish(NetError{NetError::Kind::TooLarge, statusAttr.toInt(),
                        tr("%1 at %2 sent more than %3 bytes; the answer was discarded")
                            .arg(m_request.service, where)
                            .arg(m_policy.maxResponseBytes)});
        return;
    }
    if (m_timedOut) {
        const NetError error{
            NetError::Kind::Timeout, 0,
            tr("no answer from %1 at %2 within %3 s").arg(m_request.service, where).arg(m_policy.timeoutMs / 1000.0)};
        if (!retryLater(error))
            finish(error);
        return;
    }
    if (statusAttr.isValid()) {
        HttpResponse response;
        response.status = statusAttr.toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.service = m_request.service;
        if (response.body.size() > m_policy.maxResponseBytes) {
            finish(NetError{NetError::Kind::TooLarge, response.status,
                            tr("%1 at %2 sent more than %3 bytes; the answer was discarded")
                                .arg(m_request.service, where)
                                .arg(m_policy.maxResponseBytes)});
            return;
        }
        if (response.status >= 500 || response.status == 429) {
            if (retryLater(response.httpError()))
                return;
        }
        finish(std::move(response));
        return;
    }
    NetError error;
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error = {NetError::Kind::Tls, 0,
                 tr("TLS with %1 at %2 failed: %3").arg(m_request.service, where, reply->errorString())};
        break;
    case QNetworkReply::TimeoutError:
        error = {NetError::Kind::Timeout, 0, tr("no answer from %1 at %2").arg(m_request.service, where)};
        break;
    case QNetworkReply::OperationCanceledError:
        error = {NetError::Kind::Cancelled, 0, tr("the request to %1 was cancelled").arg(m_request.service)};
        break;
    default:
        error = {NetError::Kind::Network, 0,
                 tr("cannot reach %1 at %2: %3").arg(m_request.service, where, reply->errorString())};
        break;
    }
    if (!retryLater(error))
        finish(error);
}

void HttpJob::finish(NetResult<HttpResponse> result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_request.credential.clear();
    Callback callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(std::move(result));
}

} // namespace keyturn
