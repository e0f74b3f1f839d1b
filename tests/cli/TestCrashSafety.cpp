// Crash safety of rotation runs: keyturnctl is killed at every step boundary of a run (before and after each step is
// recorded), then `keyturnctl runs resume` finishes the job. After every kill: the vault names exactly one current
// key and it is active at the provider, no orphan key was left at the provider, the old key was never revoked before
// verification, and the audit chain verifies.
#include "SandboxProcess.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/net/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyturn;
using namespace keyturn::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_workspace;

    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };

    Run keyturnctl(const QStringList &args, const QString &crashAt = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QString::fromUtf8(m_sandbox->adminToken()));
        env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QString::fromUtf8(m_sandbox->vaultToken()));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("KEYTURN_TEST_CRASH_AT"), crashAt);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYTURNCTL_PATH), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        if (!p.waitForFinished(60000))
            qFatal("keyturnctl did not finish");
        return Run{p.exitCode(), p.exitCode() == 137, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonObject get(const QString &path, const QByteArray &header, const QByteArray &token)
    {
        QNetworkRequest req(QUrl(m_sandbox->url().toString() + path));
        req.setRawHeader(header, token);
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QJsonObject vault(const QString &path)
    {
        return get(QStringLiteral("/v1/secret/data/") + path, "X-Vault-Token", m_sandbox->vaultToken())
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("data"))
            .toObject();
    }

    QList<QJsonObject> providerKeys(const QString &provider, const QString &name)
    {
        QList<QJsonObject> out;
        const QJsonArray keys = get(QStringLiteral("/providers/%1/admin/keys").arg(provider), "Authorization",
                                    "Bearer " + m_sandbox->adminToken())
                                    .value(QStringLiteral("keys"))
                                    .toArray();
        for (const auto &k : keys) {
            if (k.toObject().value(QStringLiteral("name")).toString() == name)
                out << k.toObject();
        }
        return out;
    }

    QStringList runEvents(const QString &runId)
    {
        Workspace::Options o;
        o.createIfMissing = false;
        auto ws = Workspace::open(m_workspace, QStringLiteral("checker"), SystemClock::instance(), o);
        QStringList out;
        if (!ws)
            return out;
        const auto events = (*ws)->audit().eventsFor(QStringLiteral("run"), runId);
        if (!events)
            return out;
        for (const AuditEvent &e : *events)
            out << e.action;
        return out;
    }

    /// The invariants that must hold whatever moment the process died at.
    void checkInvariants(const QString &provider, const QString &name, const QString &path, const QString &oldKeyId,
                         const QString &runId, const QDateTime &runStart, const QString &where)
    {
        const QJsonObject entry = vault(path);
        const QString current = entry.value(QStringLiteral("key_id")).toString();
        const QString previous = entry.value(QStringLiteral("previous_key_id")).toString();
        QVERIFY2(!current.isEmpty(), qPrintable(where));
        QStringList active;
        QStringList madeByThisRun; // created after the run started: the run adopts them on resume or revokes them
        for (const QJsonObject &k : providerKeys(provider, name)) {
            if (k.value(QStringLiteral("status")).toString() != QLatin1String("active"))
                continue;
            active << k.value(QStringLiteral("id")).toString();
            const QDateTime created =
                QDateTime::fromString(k.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
            if (created >= runStart.addSecs(-1))
                madeByThisRun << k.value(QStringLiteral("id")).toString();
        }
        QVERIFY2(active.contains(current), qPrintable(where + QStringLiteral(": the vault's key is not active")));
        // every active key is accounted for: the vault's current key, its previous one, or one this unfinished run
        // made (an unknown key would be an orphan)
        const QStringList events = runEvents(runId);
        const bool finished = events.contains(QStringLiteral("rotation.completed"));
        for (const QString &id : active) {
            const bool known =
                id == current || id == previous || id == oldKeyId || (!finished && madeByThisRun.contains(id));
            QVERIFY2(known, qPrintable(where + QStringLiteral(": orphan key ") + id));
        }
        QVERIFY2(active.size() <= 2, qPrintable(where + QStringLiteral(": more than two active keys")));
        if (!active.contains(oldKeyId)) {
            const bool verified = events.contains(QStringLiteral("rotation.verified"));
            QVERIFY2(verified, qPrintable(where + QStringLiteral(": the old key was revoked before verification")));
        }
        const Run audit = keyturnctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(audit.err)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--world"), QStringLiteral("demo"),
                                                                 QStringLiteral("--tick-ms"), QStringLiteral("100")});
        QVERIFY2(m_sandbox->ok(), m_sandbox->stderrOutput().constData());
        m_workspace = m_dir.filePath(QStringLiteral("crash.keyturn"));
        QVERIFY(DemoWorld::create(m_workspace, QDateTime::currentDateTimeUtc(), 42, DemoWorld::Consumers::FromProvider,
                                  m_sandbox->url().toString())
                    .ok());
        auto ws = Workspace::open(m_workspace, QStringLiteral("setup"), SystemClock::instance());
        QVERIFY(ws.ok());
        ConnectionProfile p;
        p.platformUrl = p.vaultUrl = m_sandbox->url();
        QVERIFY((*ws)->saveProfile(p).ok());
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void killedAtEveryStepBoundary_data()
    {
        QTest::addColumn<QString>("crashAt");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        const QStringList states = {QStringLiteral("prechecked"),      QStringLiteral("new_key_created"),
                                    QStringLiteral("staged_in_vault"), QStringLiteral("grace_period"),
                                    QStringLiteral("verified"),        QStringLiteral("old_key_revoked"),
                                    QStringLiteral("completed")};
        // one held key per crash point: dual-key providers, staging and development
        const QList<QStringList> keys = {
            {"stripe", "stripe-api-key-staging", "staging/stripe/api-key"},
            {"stripe", "stripe-api-key-dev", "dev/stripe/api-key"},
            {"adyen", "adyen-api-key-staging", "staging/adyen/api-key"},
            {"adyen", "adyen-api-key-dev", "dev/adyen/api-key"},
            {"sendgrid", "sendgrid-api-key-staging", "staging/sendgrid/api-key"},
            {"sendgrid", "sendgrid-api-key-dev", "dev/sendgrid/api-key"},
            {"mailgun", "mailgun-api-key-staging", "staging/mailgun/api-key"},
            {"mailgun", "mailgun-api-key-dev", "dev/mailgun/api-key"},
            {"twilio", "twilio-auth-token-staging", "staging/twilio/auth-token"},
            {"twilio", "twilio-auth-token-dev", "dev/twilio/auth-token"},
            {"datadog", "datadog-api-key-staging", "staging/datadog/api-key"},
            {"datadog", "datadog-api-key-dev", "dev/datadog/api-key"},
            {"github", "github-deploy-token-staging", "staging/github/deploy-token"},
            {"github", "github-deploy-token-dev", "dev/github/deploy-token"},
        };
        int i = 0;
        for (const QString &state : states) {
            for (const char *when : {"before:", "after:"}) {
                const QStringList &k = keys.at(i++);
                const QString point = QLatin1String(when) + state;
                QTest::newRow(qPrintable(point)) << point << k.at(0) << k.at(1) << k.at(2);
            }
        }
    }
    void killedAtEveryStepBoundary()
    {
        QFETCH(QString, crashAt);
        QFETCH(QString, provider);
        QFETCH(QString, name);
        QFETCH(QString, path);
        const QString oldKeyId = vault(path).value(QStringLiteral("key_id")).toString();
        QVERIFY(!oldKeyId.isEmpty());

        const QDateTime runStart = QDateTime::currentDateTimeUtc();
        // start the run; the process dies at the crash point, or stops at the grace period if it comes later
        Run started = keyturnctl(
            {QStringLiteral("rotate"), name, QStringLiteral("--grace"), QStringLiteral("1s"), QStringLiteral("--yes")},
            crashAt);
        const QString runId = QString::fromUtf8(started.out).trimmed().split(QLatin1Char('\n')).value(0);
        QVERIFY2(runId.toLongLong() > 0, started.err.constData());
        bool crashed = started.crashed;
        QElapsedTimer timer;
        timer.start();
        while (!crashed && timer.elapsed() < 60000) {
            QTest::qWait(300);
            const Run due = keyturnctl({QStringLiteral("run-due")}, crashAt);
            crashed = due.crashed;
            if (due.out.contains("completed"))
                break;
        }
        QVERIFY2(crashed, qPrintable(QStringLiteral("never reached ") + crashAt));
        checkInvariants(provider, name, path, oldKeyId, runId, runStart,
                        QStringLiteral("after the kill at ") + crashAt);

        // resume without crashing until the run completes
        QString state;
        QByteArray lastAnswer;
        timer.restart();
        while (timer.elapsed() < 60000) {
            const Run resumed =
                keyturnctl({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("resume"), runId});
            state = QJsonDocument::fromJson(resumed.out).object().value(QStringLiteral("state")).toString();
            lastAnswer = resumed.out + resumed.err;
            if (state == QLatin1String("completed"))
                break;
            QTest::qWait(300);
        }
        QVERIFY2(state == QLatin1String("completed"), lastAnswer.constData());
        checkInvariants(provider, name, path, oldKeyId, runId, runStart,
                        QStringLiteral("after resuming from ") + crashAt);
        const QJsonObject entry = vault(path);
        QVERIFY(entry.value(QStringLiteral("key_id")).toString() != oldKeyId);
        QVERIFY(!entry.contains(QStringLiteral("previous_key_id")));
        int active = 0;
        for (const QJsonObject &k : providerKeys(provider, name)) {
            if (k.value(QStringLiteral("status")).toString() == QLatin1String("active"))
                ++active;
            if (k.value(QStringLiteral("id")).toString() == oldKeyId)
                QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        }
        QCOMPARE(active, 1);
    }

    void twoProcessesRotateOneKey()
    {
        // both processes start at once; the database's lock lets exactly one through
        QList<QProcess *> processes;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QString::fromUtf8(m_sandbox->adminToken()));
            env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QString::fromUtf8(m_sandbox->vaultToken()));
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            env.insert(QStringLiteral("KEYTURN_ACTOR"), QStringLiteral("operator-%1").arg(i));
            p->setProcessEnvironment(env);
            p->setProgram(QStringLiteral(KEYTURNCTL_PATH));
            p->setArguments({QStringLiteral("--workspace"), m_workspace, QStringLiteral("rotate"),
                             QStringLiteral("cloudflare-api-token-dev"), QStringLiteral("--grace"),
                             QStringLiteral("1h"), QStringLiteral("--yes")});
            processes << p;
        }
        for (QProcess *p : processes)
            p->start();
        int started = 0;
        int refused = 0;
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(60000));
            const QByteArray err = p->readAllStandardError();
            if (p->exitCode() == 0 && p->readAllStandardOutput().trimmed().toLongLong() > 0)
                ++started;
            else if (p->exitCode() == 1 && err.contains("already being rotated"))
                ++refused;
            else
                qWarning("exit %d: %s", p->exitCode(), err.constData());
        }
        QCOMPARE(started, 1);
        QCOMPARE(refused, 1);
        qDeleteAll(processes);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
