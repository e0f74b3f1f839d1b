// keyturn-sandbox as a process: its command line, its ready line, and who may call what.
#include "SandboxTestClient.h"

#include <QProcess>

using namespace keyturn;
using namespace keyturn::test;

namespace {
/// keyturn-sandbox running with the given options, and a client built from its ready line.
struct SandboxProcess
{
    QProcess process;
    QByteArray readyLine;
    std::unique_ptr<SandboxClient> client;

    bool start(const QStringList &options)
    {
        process.start(QStringLiteral(KEYTURN_SANDBOX_PATH),
                      QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + options);
        if (!process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 300 && !process.canReadLine() && process.state() == QProcess::Running; ++i)
            process.waitForReadyRead(100);
        if (!process.canReadLine())
            return false;
        readyLine = process.readLine().trimmed();
        client = SandboxClient::fromReadyLine(readyLine);
        return true;
    }
    ~SandboxProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(10000);
        }
    }
    SandboxClient &http() { return *client; }
};

QString latestUse(SandboxClient &http)
{
    QString latest;
    const QJsonArray keys = http.get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray();
    for (const QJsonValue &k : keys)
        latest = std::max(latest, k.toObject().value(QStringLiteral("last_used_at")).toString());
    return latest;
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_shared;

private Q_SLOTS:
    void initTestCase()
    {
        m_shared = std::make_unique<SandboxProcess>();
        QVERIFY(m_shared->start({QStringLiteral("--tick-ms"), QStringLiteral("0")}));
    }
    void cleanupTestCase() { m_shared.reset(); }

    void readyLineNamesTheUrlAndTheTokens()
    {
        const QJsonObject ready = QJsonDocument::fromJson(m_shared->readyLine).object();
        QCOMPARE(ready.keys(), QStringList({"admin_token", "mail_token", "url", "vault_token"}));
        for (const char *field : {"url", "admin_token", "vault_token", "mail_token"})
            QVERIFY2(!ready.value(QLatin1String(field)).toString().isEmpty(), field);
        const QUrl url(ready.value(QStringLiteral("url")).toString());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        const QSet<QString> tokens = {ready.value("admin_token").toString(), ready.value("vault_token").toString(),
                                      ready.value("mail_token").toString()};
        QCOMPARE(tokens.size(), 3);

        const HttpAnswer health = m_shared->http().get(As::Nobody, QStringLiteral("/v1/sys/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("sealed")).toBool(true), false);
        QCOMPARE(health.json().value(QStringLiteral("initialized")).toBool(), true);
    }

    void tokensDifferEachStart()
    {
        SandboxProcess other;
        QVERIFY(other.start({}));
        const QJsonObject a = QJsonDocument::fromJson(m_shared->readyLine).object();
        const QJsonObject b = QJsonDocument::fromJson(other.readyLine).object();
        for (const char *field : {"admin_token", "vault_token", "mail_token"})
            QVERIFY2(a.value(QLatin1String(field)) != b.value(QLatin1String(field)), field);
        // One sandbox's token means nothing to another.
        QCOMPARE(
            other.http().send("GET", QStringLiteral("/admin/keys"), m_shared->http().credentials(As::Admin)).status,
            401);
    }

    void badListenIsAUsageError_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("no port") << "127.0.0.1";
        QTest::newRow("host name") << "localhost:80x";
        QTest::newRow("port too large") << "127.0.0.1:70000";
    }
    void badListenIsAUsageError()
    {
        QFETCH(QString, listen);
        QProcess p;
        p.start(QStringLiteral(KEYTURN_SANDBOX_PATH), {QStringLiteral("--listen"), listen});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("HOST:PORT"));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown world") << QStringList{"--world", "mars"} << "--world";
        QTest::newRow("negative seed") << QStringList{"--seed", "-1"} << "--seed";
        QTest::newRow("seed not a number") << QStringList{"--seed", "many"} << "--seed";
        QTest::newRow("negative tick") << QStringList{"--tick-ms", "-5"} << "--tick-ms";
        QTest::newRow("tick not a number") << QStringList{"--tick-ms", "fast"} << "--tick-ms";
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
        QTest::newRow("stray argument") << QStringList{"extra"} << "extra";
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QProcess p;
        p.start(QStringLiteral(KEYTURN_SANDBOX_PATH), arguments);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(named), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void wrongOrMissingCredentialsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("right");   // As: the credential the path wants
        QTest::addColumn<int>("refusal"); // the status without it
        const int admin = int(As::Admin);
        const int vault = int(As::Vault);
        const int mail = int(As::Mail);
        QTest::newRow("admin keys") << QByteArray("GET") << "/admin/keys" << admin << 401;
        QTest::newRow("admin users") << QByteArray("GET") << "/admin/users" << admin << 401;
        QTest::newRow("admin create") << QByteArray("POST") << "/admin/keys" << admin << 401;
        QTest::newRow("admin audit") << QByteArray("GET") << "/admin/audit-logs?type=key_rotation" << admin << 401;
        QTest::newRow("provider admin") << QByteArray("GET") << "/providers/stripe/admin/keys" << admin << 401;
        QTest::newRow("faults") << QByteArray("GET") << "/_sandbox/faults" << admin << 401;
        QTest::newRow("set faults") << QByteArray("POST") << "/_sandbox/faults" << admin << 401;
        QTest::newRow("tick") << QByteArray("POST") << "/_sandbox/tick" << admin << 401;
        QTest::newRow("vault read") << QByteArray("GET") << "/v1/secret/data/prod/x" << vault << 403;
        QTest::newRow("vault write") << QByteArray("POST") << "/v1/secret/data/prod/x" << vault << 403;
        QTest::newRow("vault metadata") << QByteArray("GET") << "/v1/secret/metadata/prod/x" << vault << 403;
        QTest::newRow("vault custom metadata") << QByteArray("POST") << "/v1/secret/metadata/prod/x" << vault << 403;
        QTest::newRow("capabilities") << QByteArray("POST") << "/v1/sys/capabilities-self" << vault << 403;
        QTest::newRow("lookup-self") << QByteArray("GET") << "/v1/auth/token/lookup-self" << vault << 403;
        QTest::newRow("send") << QByteArray("POST") << "/v1/send" << mail << 401;
        QTest::newRow("outbox") << QByteArray("GET") << "/v1/outbox" << mail << 401;
        QTest::newRow("data plane") << QByteArray("GET") << "/v1/health" << admin << 401;
        QTest::newRow("provider data plane") << QByteArray("GET") << "/providers/stripe/v1/health" << admin << 401;
    }
    void wrongOrMissingCredentialsAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, right);
        QFETCH(int, refusal);
        SandboxClient &http = m_shared->http();
        const QByteArray body = method == "POST" ? QByteArray("{}") : QByteArray();
        // Nothing, a made-up credential in the right header, and every other service's token.
        QList<Headers> wrong = {{}, http.credentials(As(right))};
        for (auto &[name, value] : wrong.last())
            value += "-not";
        for (As other : {As::Admin, As::Vault, As::Mail}) {
            if (int(other) != right || path.contains(QLatin1String("health")))
                wrong.append(http.credentials(other));
        }
        for (const Headers &headers : std::as_const(wrong)) {
            const HttpAnswer a = http.send(method, path, headers, body);
            QCOMPARE(a.status, refusal);
            if (refusal == 403)
                QCOMPARE(a.json(), QJsonObject({{"errors", QJsonArray{"permission denied"}}}));
            else
                QVERIFY2(a.json().value(QStringLiteral("error")).isString(), a.body.constData());
        }
        // With the right credential the same request is not refused (the data plane wants an API key instead).
        if (!path.contains(QLatin1String("health"))) {
            const HttpAnswer a = http.send(method, path, http.credentials(As(right)), body);
            QVERIFY2(a.status != 401 && a.status != 403, qPrintable(QString::number(a.status)));
        }
    }

    void vaultHealthNeedsNoCredential()
    {
        QCOMPARE(m_shared->http().send("GET", QStringLiteral("/v1/sys/health"), {}).status, 200);
    }

    void demoWorldAndTickThroughTheExecutable()
    {
        SandboxProcess demo;
        QVERIFY(demo.start({QStringLiteral("--world"), QStringLiteral("demo"), QStringLiteral("--seed"),
                            QStringLiteral("5"), QStringLiteral("--tick-ms"), QStringLiteral("0")}));
        QCOMPARE(demo.http().get(As::Admin, QStringLiteral("/admin/users")).json().value("users").toArray().size(),
                 200);
        QVERIFY(demo.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size() > 200);
        QCOMPARE(demo.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key")).status, 200);

        const QString before = latestUse(demo.http());
        const HttpAnswer t = demo.http().post(As::Admin, QStringLiteral("/_sandbox/tick"));
        QCOMPARE(t.status, 200);
        QCOMPARE(t.json().value("tick").toInt(), 1);
        QVERIFY(latestUse(demo.http()) > before);

        // The process prints its ready line and nothing else: no key or token goes to its output.
        demo.process.terminate();
        QVERIFY(demo.process.waitForFinished(10000));
        QVERIFY(demo.process.readAllStandardOutput().trimmed().isEmpty());
        QVERIFY(demo.process.readAllStandardError().isEmpty());
    }

    void theTimerRunsTheSimulator()
    {
        SandboxProcess demo;
        QVERIFY(demo.start(
            {QStringLiteral("--world"), QStringLiteral("demo"), QStringLiteral("--tick-ms"), QStringLiteral("100")}));
        const QString before = latestUse(demo.http());
        QTRY_VERIFY_WITH_TIMEOUT(latestUse(demo.http()) > before, 30000);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
