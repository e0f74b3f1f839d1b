#include "FakeHttpServer.h"
#include "core/net/HttpJob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyturn;
using namespace keyturn::test;

class TestHttpJob : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    HttpPolicy fastPolicy(int retries = 2, int timeoutMs = 3000)
    {
        HttpPolicy p;
        p.maxRetries = retries;
        p.retryBaseMs = 10;
        p.timeoutMs = timeoutMs;
        return p;
    }

    std::optional<NetResult<HttpResponse>> run(HttpRequest req, const HttpPolicy &policy, const TlsSettings &tls = {})
    {
        std::optional<NetResult<HttpResponse>> out;
        HttpJob::start(&m_nam, std::move(req), policy, tls, this, [&out](NetResult<HttpResponse> r) { out = r; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
        return out;
    }

    static HttpRequest get(const QString &url)
    {
        HttpRequest r;
        r.url = QUrl(url);
        r.service = QStringLiteral("test service");
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sendsTheCredentialInItsHeaderOnly()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        HttpRequest req = get(server.url() + QStringLiteral("/v1/thing?x=1"));
        req.credentialHeader = "X-Vault-Token";
        req.credential = Secret(QByteArray("hvs.canary-token-1234"));
        auto r = run(req, fastPolicy());
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 200);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().headers.value("x-vault-token"), QByteArray("hvs.canary-token-1234"));
        QVERIFY(!server.requests.first().path.contains("canary"));
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto r = run(get(QStringLiteral("http://127.0.0.1:%1/").arg(port)), fastPolicy(1));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, NetError::Kind::Network);
        QVERIFY2(r->error().message.contains(QLatin1String("test service")), qPrintable(r->error().message));
    }

    void noAnswerIsATimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) { return FakeHttpServer::Response{200, {}, true}; };
        auto r = run(get(server.url()), fastPolicy(1, 300));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, NetError::Kind::Timeout);
        QCOMPARE(server.requests.size(), 2); // idempotent: retried once
    }

    void serverErrorsAreRetriedForIdempotentRequests()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{500, R"({"error":"database is down"})"};
        };
        auto r = run(get(server.url()), fastPolicy(2));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 500);
        QCOMPARE(server.requests.size(), 3);
        const NetError e = (*r)->httpError();
        QCOMPARE(e.kind, NetError::Kind::Http);
        QCOMPARE(e.httpStatus, 500);
        QVERIFY(e.message.contains(QLatin1String("database is down")));
    }

    void aRetrySucceedsAfterTransientFailures()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        int calls = 0;
        server.handler = [&calls](const FakeHttpServer::Request &) {
            return ++calls < 3 ? FakeHttpServer::Response{503, "{}"} : FakeHttpServer::Response{200, R"({"ok":true})"};
        };
        auto r = run(get(server.url()), fastPolicy(3));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 200);
        QCOMPARE(calls, 3);
    }

    void createsAreNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) { return FakeHttpServer::Response{500, "{}"}; };
        HttpRequest req = get(server.url() + QStringLiteral("/admin/keys"));
        req.method = "POST";
        req.body = "{}";
        req.idempotent = false;
        auto r = run(req, fastPolicy(3));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 500);
        QCOMPARE(server.requests.size(), 1);

        server.requests.clear();
        server.handler = [](const FakeHttpServer::Request &) { return FakeHttpServer::Response{200, {}, false, true}; };
        auto closed = run(req, fastPolicy(3));
        QVERIFY(closed && !closed->ok());
        QCOMPARE(closed->error().kind, NetError::Kind::Network);
        // Keyturn adds no retry of its own; Qt's HTTP stack itself resends once when a connection drops before any
        // answer, which is why every create also carries an Idempotency-Key.
        QVERIFY(server.requests.size() <= 2);
    }

    void clientErrorsAreNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{403, R"({"errors":["permission denied"]})"};
        };
        auto r = run(get(server.url()), fastPolicy(3));
        QVERIFY(r && r->ok());
        QCOMPARE(server.requests.size(), 1);
        const NetError e = (*r)->httpError();
        QVERIFY(e.isAuthFailure());
        QVERIFY(e.message.contains(QLatin1String("permission denied")));
    }

    void malformedJsonIsReported()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{200, "{\"keys\": [1, 2"};
        };
        auto r = run(get(server.url()), fastPolicy());
        QVERIFY(r && r->ok());
        auto json = (*r)->jsonObject();
        QVERIFY(!json.ok());
        QCOMPARE(json.error().kind, NetError::Kind::Malformed);
        QVERIFY(json.error().message.contains(QLatin1String("malformed JSON")));
    }

    void oversizedBodiesAreCut()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{200, QByteArray(3 * 1024 * 1024, 'x')};
        };
        HttpPolicy policy = fastPolicy(0);
        policy.maxResponseBytes = 1024 * 1024;
        auto r = run(get(server.url()), policy);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, NetError::Kind::TooLarge);
    }

    void redirectsAreNotFollowed()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) { return FakeHttpServer::Response{302, "{}"}; };
        auto r = run(get(server.url()), fastPolicy());
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 302);
        QCOMPARE(server.requests.size(), 1);
    }

    void untrustedCertificateIsATlsError()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(cert), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        FakeHttpServer server;
        server.useTls(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(server.start());

        // trusted through the profile's CA bundle
        TlsSettings tls;
        tls.caBundlePath = cert;
        auto trusted = run(get(server.url()), fastPolicy(0), tls);
        QVERIFY2(trusted && trusted->ok(), trusted && !trusted->ok() ? qPrintable(trusted->error().toString()) : "");
        QCOMPARE((*trusted)->status, 200);

        // the same server without the bundle: refused
        m_nam.clearConnectionCache();
        auto untrusted = run(get(server.url()), fastPolicy(0));
        QVERIFY(untrusted && !untrusted->ok());
        QCOMPARE(untrusted->error().kind, NetError::Kind::Tls);

        TlsSettings missing;
        missing.caBundlePath = m_dir.filePath(QStringLiteral("nope.pem"));
        auto config = run(get(server.url()), fastPolicy(0), missing);
        QVERIFY(config && !config->ok());
        QCOMPARE(config->error().kind, NetError::Kind::Config);
    }

    void notAnHttpUrlIsAConfigError()
    {
        auto r = run(get(QStringLiteral("ftp://127.0.0.1/x")), fastPolicy());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, NetError::Kind::Config);
    }

    void destroyingTheParentDropsTheCallback()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.handler = [](const FakeHttpServer::Request &) { return FakeHttpServer::Response{200, {}, true}; };
        bool called = false;
        {
            QObject owner;
            HttpJob::start(&m_nam, get(server.url()), fastPolicy(0, 5000), {}, &owner,
                           [&called](NetResult<HttpResponse>) { called = true; });
            QTest::qWait(100);
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "TestHttpJob.moc"
