// Several processes on one team workspace (PostgreSQL): the audit chain stays one chain under concurrent appends,
// four senders deliver each approved notice exactly once to a real SMTP server, and two machines' worth of run-due
// never run a rotation step twice. Runs only as TestTeamConcurrency_pg (ctest fixture pg).
#include "SandboxProcess.h"
#include "SmtpServer.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/net/ConnectionProfile.h"
#include "core/notices/NoticeStore.h"

#include <QRegularExpression>
#include <QSet>

using namespace keyturn;
using namespace keyturn::test;

class TestTeamConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> openAs(const QString &location)
    {
        auto ws = Workspace::open(location, QString(), SystemClock::instance());
        if (!ws)
            qFatal("cannot open the team workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    /// Starts `count` copies of a program at once and waits for all; their exit codes and standard errors.
    QList<std::pair<int, QByteArray>> together(const QString &program, const QList<QStringList> &arguments,
                                               const QProcessEnvironment &env, int timeoutMs = 180000)
    {
        QList<QProcess *> processes;
        for (const QStringList &args : arguments) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->setProgram(program);
            p->setArguments(args);
            processes << p;
        }
        for (QProcess *p : processes)
            p->start();
        QList<std::pair<int, QByteArray>> out;
        for (QProcess *p : processes) {
            if (!p->waitForFinished(timeoutMs)) {
                p->kill();
                p->waitForFinished(5000);
            }
            out.append({p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardError()});
        }
        qDeleteAll(processes);
        return out;
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("KEYTURN_TEST_CRASH_AT"));
        env.remove(QStringLiteral("KEYTURN_WORKSPACE"));
        env.remove(QStringLiteral("KEYTURN_DATABASE"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!testingOnPostgres())
            QSKIP("several processes on one PostgreSQL workspace: this runs as TestTeamConcurrency_pg");
    }

    void concurrentAuditAppendsLeaveOneChain()
    {
        const QString location = newTestWorkspace(m_dir, QStringLiteral("appends"));
        auto ws = openAs(location);
        const qint64 before = ws->audit().count().value();
        QList<QStringList> args;
        for (int i = 0; i < 4; ++i)
            args << QStringList{QStringLiteral("append"), location, QStringLiteral("1000")};
        const auto results = together(QStringLiteral(TEAM_WORKER_PATH), args, QProcessEnvironment::systemEnvironment());
        for (const auto &[code, err] : results)
            QVERIFY2(code == 0, err.constData());
        QCOMPARE(ws->audit().count().value(), before + 4000);
        auto verified = ws->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QCOMPARE(verified->headId, before + 4000);
    }

    void fourSendersDeliverEachNoticeOnce()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("smtp"))));
        SmtpServer smtp(m_dir.filePath(QStringLiteral("smtp")));
        QVERIFY2(QFile::exists(kPython), "needs /usr/bin/python3 with python3-aiosmtpd");
        const QString started = smtp.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString location = newTestWorkspace(m_dir, QStringLiteral("notices"), QStringLiteral("alice"));
        auto alice = openAs(location);
        const auto profiled = together(QStringLiteral(KEYTURNCTL_PATH),
                                       {QStringList{QStringLiteral("--database"), location, QStringLiteral("profile"),
                                                    QStringLiteral("set"), QStringLiteral("--smtp"), smtp.url(),
                                                    QStringLiteral("--from"), QStringLiteral("keyturn@example.org")}},
                                       cliEnvironment());
        QVERIFY2(profiled.first().first == 0, profiled.first().second.constData());
        Consumer c;
        c.externalId = QStringLiteral("acme");
        c.name = QStringLiteral("Acme Payments");
        c.contactEmail = QStringLiteral("ops@acme.example");
        const qint64 consumer = alice->store().upsertConsumer(c).value();
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Stripe key rotation");
        campaign.deadlineAt = QDateTime::currentDateTimeUtc().addDays(30);
        const qint64 campaignId = alice->notices().createCampaign(campaign).value();
        QList<qint64> ids;
        for (int i = 0; i < 24; ++i) {
            NoticeDraft d;
            d.kind = NoticeKind::Migration;
            d.consumerId = consumer;
            d.campaignId = campaignId;
            d.recipient = QStringLiteral("ops@acme.example");
            d.content = {QStringLiteral("Rotate your key (%1)").arg(i), QStringLiteral("# Rotate\n\nPlease.")};
            d.templateName = QStringLiteral("migration-rest");
            auto id = alice->notices().createNotice(d);
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            ids << *id;
        }
        auto bob = openAs(withTestUser(location, QStringLiteral("bob")));
        QVERIFY2(bob->notices().approve(ids).ok(), "bob cannot approve alice's notices");

        QList<QStringList> args;
        for (int i = 0; i < 4; ++i) {
            args << QStringList{QStringLiteral("--database"), withTestUser(location, QStringLiteral("sender%1").arg(i)),
                                QStringLiteral("notices"), QStringLiteral("send")};
        }
        const auto results = together(QStringLiteral(KEYTURNCTL_PATH), args, cliEnvironment());
        for (const auto &[code, err] : results)
            QVERIFY2(code == 0, err.constData());

        // every notice sent, and the server received each Message-ID exactly once
        QHash<QString, int> received;
        const QRegularExpression messageId(QStringLiteral("^Message-ID:\\s*(<[^>]+>)"),
                                           QRegularExpression::MultilineOption |
                                               QRegularExpression::CaseInsensitiveOption);
        for (const QString &file : smtp.messages()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto m = messageId.match(QString::fromUtf8(f.readAll()));
            QVERIFY2(m.hasMatch(), qPrintable(file));
            ++received[m.captured(1)];
        }
        QCOMPARE(smtp.messages().size(), ids.size());
        for (qint64 id : std::as_const(ids)) {
            const NoticeRecord n = alice->notices().notice(id).value();
            QCOMPARE(n.state, NoticeState::Sent);
            QCOMPARE(received.value(n.messageId), 1);
        }
    }

    void twoRunDuesNeverRunAStepTwice()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--world"), QStringLiteral("demo"), QStringLiteral("--tick-ms"), QStringLiteral("100")});
        QVERIFY2(sandbox.ok(), sandbox.stderrOutput().constData());
        const QString location = newTestWorkspace(m_dir, QStringLiteral("rundue"), QStringLiteral("olivia"));
        QVERIFY(DemoWorld::create(location, QDateTime::currentDateTimeUtc(), 42, DemoWorld::Consumers::FromProvider,
                                  sandbox.url().toString())
                    .ok());
        auto ws = openAs(location);
        ConnectionProfile p;
        p.platformUrl = p.vaultUrl = sandbox.url();
        QVERIFY(ws->saveProfile(p).ok());
        // four held keys that can hold two keys at once and are not being rotated
        QStringList keys;
        for (const InventoryRow &row : ws->store().inventory().value()) {
            const Credential &c = row.credential;
            if (c.kind != CredentialKind::Held || c.lifecycle != Lifecycle::Active || !c.supportsDualKey ||
                row.latestRunState == QLatin1String("failed") || c.labels.contains(QLatin1String("requires-signoff")))
                continue;
            keys << c.name;
            if (keys.size() == 4)
                break;
        }
        QCOMPARE(keys.size(), 4);

        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QString::fromUtf8(sandbox.adminToken()));
        env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QString::fromUtf8(sandbox.vaultToken()));
        const auto rotated =
            together(QStringLiteral(KEYTURNCTL_PATH),
                     {QStringList{QStringLiteral("--database"), location, QStringLiteral("rotate")} + keys +
                      QStringList{QStringLiteral("--grace"), QStringLiteral("1s"), QStringLiteral("--yes")}},
                     env);
        QVERIFY2(rotated.first().first == 0, rotated.first().second.constData());

        // two machines run the schedule at once, round after round
        for (int round = 0; round < 6; ++round) {
            const auto results =
                together(QStringLiteral(KEYTURNCTL_PATH),
                         {QStringList{QStringLiteral("--database"), withTestUser(location, QStringLiteral("runner_a")),
                                      QStringLiteral("run-due")},
                          QStringList{QStringLiteral("--database"), withTestUser(location, QStringLiteral("runner_b")),
                                      QStringLiteral("run-due")}},
                         env);
            for (const auto &[code, err] : results)
                QVERIFY2(code == 0 || err.contains("failed"), err.constData());
            QTest::qWait(700);
        }

        // no step happened twice for a run: every transition is audited once, and the ones with an effect outside
        // the workspace (a key created at the provider, written to the vault, revoked) are what must never repeat
        QSqlQuery twice = ws->database().query();
        QVERIFY(twice.exec(
            QStringLiteral("SELECT target_id, action, COUNT(*) FROM audit_events WHERE target_type = 'run' AND action "
                           "LIKE 'rotation.%'"
                           " AND action <> 'rotation.step' GROUP BY target_id, action HAVING COUNT(*) > 1")));
        if (twice.next())
            QFAIL(
                qPrintable(QStringLiteral("run %1 did %2 %3 times")
                               .arg(twice.value(0).toString(), twice.value(1).toString(), twice.value(2).toString())));
        // and the rotations did get going: each created one new key, in a run one of the two machines advanced
        QSqlQuery created = ws->database().query();
        QVERIFY(created.exec(QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'rotation.new_key_created' AND actor LIKE 'olivia'")));
        QVERIFY(created.next());
        QSqlQuery byRunners = ws->database().query();
        QVERIFY(byRunners.exec(QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE action LIKE 'rotation.%' AND actor LIKE 'runner_%'")));
        QVERIFY(byRunners.next());
        QVERIFY2(created.value(0).toInt() + byRunners.value(0).toInt() >= 4, "the runs did not advance");
        for (const RotationRunRecord &run : ws->store().runs().value()) {
            if (run.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 600)
                QVERIFY2(!run.error.contains(QLatin1String("moved on by another process")), qPrintable(run.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "TestTeamConcurrency.moc"
