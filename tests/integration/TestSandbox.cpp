#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndAnswersHealth()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(KEYTURN_SANDBOX_PATH),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QJsonObject ready = QJsonDocument::fromJson(sandbox.readLine()).object();
        for (const char *field : {"url", "admin_token", "vault_token", "mail_token"})
            QVERIFY2(!ready.value(QLatin1String(field)).toString().isEmpty(), field);
        const QUrl url(ready.value(QStringLiteral("url")).toString());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(ready.value(QStringLiteral("admin_token")) != ready.value(QStringLiteral("vault_token")));

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/v1/sys/health")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(health.value(QStringLiteral("sealed")).toBool(true), false);
        QCOMPARE(health.value(QStringLiteral("initialized")).toBool(), true);
        reply->deleteLater();

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void tokensDifferEachStart()
    {
        auto readyLine = [] {
            QProcess p;
            p.start(QStringLiteral(KEYTURN_SANDBOX_PATH), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            p.waitForStarted(10000);
            for (int i = 0; i < 100 && !p.canReadLine(); ++i)
                p.waitForReadyRead(100);
            const QByteArray line = p.readLine();
            p.terminate();
            p.waitForFinished(10000);
            return QJsonDocument::fromJson(line).object().value(QStringLiteral("admin_token")).toString();
        };
        const QString a = readyLine();
        QVERIFY(!a.isEmpty());
        QVERIFY(a != readyLine());
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
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
