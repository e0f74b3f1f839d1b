// keyturnctl run-due starts the scheduled rotations whose time has come, staggers keys that share a service, and
// starts nothing inside a blackout window: driven end to end against keyturn-sandbox's demo world.
#include "SandboxProcess.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/net/ConnectionProfile.h"
#include "core/schedule/Blackout.h"
#include "core/schedule/Scheduler.h"

using namespace keyturn;
using namespace keyturn::test;

class TestRunDueSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_workspace;
    // the demo world writes a history of runs: the tests count the runs added on top of it
    qsizetype m_runsBefore = 0;
    qsizetype m_firstBefore = 0;
    qsizetype m_secondBefore = 0;
    QString m_first;  ///< the more overdue of the two keys: run-due starts it
    QString m_second; ///< the other: deferred

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run keyturnctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QString::fromUtf8(m_sandbox->adminToken()));
        env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QString::fromUtf8(m_sandbox->vaultToken()));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYTURNCTL_PATH), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        if (!p.waitForFinished(120000))
            qFatal("keyturnctl did not finish");
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_workspace, QStringLiteral("checker"), SystemClock::instance());
        if (!ws)
            qFatal("%s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    static QList<RotationRunRecord> runsOf(Workspace &ws, const QString &name)
    {
        auto c = ws.store().findCredential(name);
        if (!c)
            return {};
        return ws.store().runs(c->id).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--world"), QStringLiteral("demo"),
                                                                 QStringLiteral("--tick-ms"), QStringLiteral("100")});
        QVERIFY2(m_sandbox->ok(), m_sandbox->stderrOutput().constData());
        m_workspace = m_dir.filePath(QStringLiteral("schedule.keyturn"));
        QVERIFY(DemoWorld::create(m_workspace, QDateTime::currentDateTimeUtc(), 42, DemoWorld::Consumers::FromProvider,
                                  m_sandbox->url().toString())
                    .ok());
        auto ws = open();
        ConnectionProfile p;
        p.platformUrl = p.vaultUrl = m_sandbox->url();
        QVERIFY(ws->saveProfile(p).ok());
        // Only two held keys are due, and both serve schedule-test-service; every other held key is years away.
        auto rows = ws->store().inventory();
        QVERIFY(rows.ok());
        QHash<QString, QDateTime> rotatedAt;
        for (const InventoryRow &row : *rows) {
            Credential c = row.credential;
            if (c.kind != CredentialKind::Held || c.lifecycle == Lifecycle::Revoked)
                continue;
            c.scheduleCron.clear();
            if (c.name == QLatin1String("stripe-api-key-staging") || c.name == QLatin1String("adyen-api-key-staging")) {
                c.usedBy = {QStringLiteral("schedule-test-service")};
                c.labels << autoRotateLabel(); // opted in to rotation on its interval
                c.rotationIntervalDays = 1;
                rotatedAt.insert(c.name, row.rotatedAt);
                c.gracePeriodSeconds = 3600;
            } else {
                c.rotationIntervalDays = 36500;
            }
            QVERIFY2(ws->store().updateCredential(c).ok(), qPrintable(c.name));
        }
        m_runsBefore = ws->store().runs()->size();
        const QString stripe = QStringLiteral("stripe-api-key-staging");
        const QString adyen = QStringLiteral("adyen-api-key-staging");
        QCOMPARE(rotatedAt.size(), 2);
        const bool stripeFirst = rotatedAt.value(stripe) < rotatedAt.value(adyen); // a tie goes by name
        m_first = stripeFirst ? stripe : adyen;
        m_second = stripeFirst ? adyen : stripe;
        QVERIFY2(rotatedAt.value(m_second).addDays(1) < QDateTime::currentDateTimeUtc(), "both keys must be due");
        m_firstBefore = runsOf(*ws, m_first).size();
        m_secondBefore = runsOf(*ws, m_second).size();
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void startsTheMostOverdueAndDefersTheOther()
    {
        const Run r = keyturnctl({QStringLiteral("run-due")});
        QVERIFY2(r.exitCode != 2, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Started the scheduled rotation of ") + m_first),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(m_second + QStringLiteral(" (due ")) &&
                     r.out.contains(QStringLiteral("deferred: shares schedule-test-service with ") + m_first),
                 qPrintable(r.out));
        auto ws = open();
        QCOMPARE(runsOf(*ws, m_first).size(), m_firstBefore + 1);
        QCOMPARE(runsOf(*ws, m_second).size(), m_secondBefore);
        // no other held key was started
        auto all = ws->store().runs();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), m_runsBefore + 1);
    }

    void theSecondKeyWaitsWhileTheFirstIsRotating()
    {
        const Run r = keyturnctl({QStringLiteral("run-due")});
        QVERIFY2(r.out.contains(QStringLiteral("deferred: shares schedule-test-service with ") + m_first +
                                QStringLiteral(", which is still rotating")),
                 qPrintable(r.out + r.err));
        auto ws = open();
        QCOMPARE(runsOf(*ws, m_second).size(), m_secondBefore);
    }

    void nothingStartsInABlackout()
    {
        {
            auto ws = open();
            // let the first key's run be over, so only the blackout holds the second back
            for (const auto &run : runsOf(*ws, m_first)) {
                if (run.state != QLatin1String("completed"))
                    QVERIFY(ws->store().setRunState(run.id, QStringLiteral("rolled_back")).ok());
            }
            BlackoutWindow freeze;
            freeze.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
            freeze.end = QDateTime::currentDateTimeUtc().addDays(1);
            freeze.reason = QStringLiteral("release freeze");
            QVERIFY(writeBlackouts(ws->store(), {freeze}).ok());
        }
        const Run r = keyturnctl({QStringLiteral("--json"), QStringLiteral("run-due")});
        QVERIFY2(r.err.contains(m_second + QStringLiteral(" (due ")) &&
                     r.err.contains(QStringLiteral("deferred: inside the blackout window")) &&
                     r.err.contains(QStringLiteral("release freeze")),
                 qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Started")));
        auto ws = open();
        QCOMPARE(runsOf(*ws, m_second).size(), m_secondBefore);
    }
};

QTEST_GUILESS_MAIN(TestRunDueSchedule)
#include "TestRunDueSchedule.moc"
