#pragma once

#include "../domain/Secret.h"
#include "NetResult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace keyturn {

/// TLS settings of one connection profile. Verification is always on; a CA bundle adds trusted roots.
struct TlsSettings
{
    QString caBundlePath; ///< PEM file; empty: the system's roots only

    /// The configuration requests use; fails when the CA bundle cannot be read.
    NetResult<QSslConfiguration> configuration() const;
};

/// One HTTP request, described. The credential travels separately as a Secret so it is never printed.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< non-secret headers only
    QByteArray credentialHeader;                  ///< "Authorization" or "X-Vault-Token"; empty: none
    Secret credential;                            ///< the header's value (for Authorization: "Bearer …")
    QByteArray body;
    bool idempotent = true; ///< only idempotent requests are retried
    QString service;        ///< "vault", "platform", "mail": names the service in messages
};

/// `pathAndQuery` ("/v1/secret/data/x?version=2") below the base URL's own path (a service may live under a prefix).
QUrl apiUrl(const QUrl &base, const QString &pathAndQuery);

struct HttpResponse;
/// The JSON object of an answer whose status is one of `okStatuses`; otherwise the transport error, the server's
/// refusal (HttpResponse::httpError) or what was malformed.
NetResult<QJsonObject> jsonAnswer(const NetResult<HttpResponse> &response, std::initializer_list<int> okStatuses);

/// Limits of a client: per-request timeout, retries, response size.
struct HttpPolicy
{
    int timeoutMs = 15000;
    int maxRetries = 2;    ///< extra attempts for idempotent requests on transient failures
    int retryBaseMs = 250; ///< backoff: base × 2^attempt, plus up to 100 % jitter
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

/// What came back: the status, the headers Keyturn reads, and the body.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString service;

    /// Parses the body as a JSON object, or says what was malformed.
    NetResult<QJsonObject> jsonObject() const;
    /// The error this response stands for: the server's own message from {"error":…}, {"errors":[…]} or text.
    NetError httpError() const;
};

/// One request on an injected QNetworkAccessManager, with a timeout, bounded retries with backoff and jitter for
/// idempotent requests, a response-size cap and typed errors. It deletes itself when done; the callback is not
/// called if the job's parent (the client) is destroyed first.
class HttpJob : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(NetResult<HttpResponse>)>;

    /// Starts at once. A response with any HTTP status is a success here: clients map statuses to meanings.
    /// Transient statuses (429, 500, 502, 503, 504) and network errors are retried for idempotent requests.
    static HttpJob *start(QNetworkAccessManager *nam, HttpRequest request, const HttpPolicy &policy,
                          const TlsSettings &tls, QObject *parent, Callback callback);

    void cancel();

private:
    HttpJob(QNetworkAccessManager *nam, HttpRequest request, const HttpPolicy &policy, QObject *parent,
            Callback callback);
    void attempt();
    void onFinished();
    void onTimeout();
    void finish(NetResult<HttpResponse> result);
    bool retryLater(const NetError &reason);

    QNetworkAccessManager *m_nam;
    HttpRequest m_request;
    HttpPolicy m_policy;
    QSslConfiguration m_ssl;
    Callback m_callback;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

} // namespace keyturn
