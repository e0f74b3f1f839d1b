#include "RotationsView.h"
#include "RunProgressWidget.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/RunsModel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace keyturn;
using namespace keyturn::test;

class TestRotationsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.keyturn").arg(++m_opened)),
                                  QStringLiteral("frank"), SystemClock::instance());
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    /// Connects the workspace's (empty) profile: the engine exists, no service is configured.
    static bool connectServices(Workspace &ws)
    {
        bool answered = false;
        ws.connectServices([&answered](Result<void>) { answered = true; });
        return QTest::qWaitFor([&] { return answered; }, 5000) && ws.rotationEngine();
    }

    /// A run of a new held key, moved through `states` (each transition recorded as the engine would), with `data`.
    static qint64 makeRun(Workspace &ws, const QString &name, const QStringList &states, const QJsonObject &data = {})
    {
        WorkspaceStore &store = ws.store();
        const auto credential = store.createCredential(heldCredential(name));
        if (!credential)
            qFatal("createCredential: %s", qPrintable(credential.errorMessage()));
        const auto id = store.startRun(*credential, QStringLiteral("manual"), data, false, 3600);
        if (!id)
            qFatal("startRun: %s", qPrintable(id.errorMessage()));
        QString from = QStringLiteral("planned");
        for (const QString &to : states) {
            const QString error = to == QLatin1String("failed") ? QStringLiteral("the vault answered 503") : QString();
            // a waiting run's next action is in the future, so the timer leaves it alone
            const QDateTime next =
                to == QLatin1String("grace_period") ? QDateTime::currentDateTimeUtc().addSecs(600) : QDateTime();
            if (auto r = store.transitionRun(*id, from, to, data, next, error, {}); !r)
                qFatal("transitionRun: %s", qPrintable(r.errorMessage()));
            from = to;
        }
        return *id;
    }

    struct Buttons
    {
        QPushButton *resume, *rollback, *override, *advance;
    };
    static Buttons buttons(RotationsView &view)
    {
        return {view.findChild<QPushButton *>(QStringLiteral("resumeRun")),
                view.findChild<QPushButton *>(QStringLiteral("rollbackRun")),
                view.findChild<QPushButton *>(QStringLiteral("overrideVerification")),
                view.findChild<QPushButton *>(QStringLiteral("advanceRun"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void withoutServicesEveryButtonIsDisabledAndSaysWhy()
    {
        auto ws = openWorkspace();
        const qint64 id = makeRun(*ws, QStringLiteral("stripe-api-key"), {QStringLiteral("grace_period")});
        QVERIFY(!ws->rotationEngine());
        RotationsView view(*ws);
        view.timer()->stop();
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(view.selectRun(id));
        QCOMPARE(view.selectedRunId(), id);
        const Buttons b = buttons(view);
        for (QPushButton *button : {b.resume, b.rollback, b.override, b.advance}) {
            QVERIFY(button);
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
            QVERIFY2(button->toolTip().contains(QLatin1String("not connected")), qPrintable(button->toolTip()));
            QVERIFY(!button->accessibleName().isEmpty());
        }
    }

    void buttonsFollowTheRunsState_data()
    {
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("reached"); // the failed run's resume_state
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<bool>("override");
        QTest::addColumn<bool>("advance");
        const QStringList toGrace = {QStringLiteral("prechecked"), QStringLiteral("new_key_created"),
                                     QStringLiteral("staged_in_vault"), QStringLiteral("grace_period")};
        QTest::newRow("planned") << QStringList() << QString() << false << true << false << true;
        QTest::newRow("grace period") << toGrace << QString() << false << true << true << true;
        QTest::newRow("verified") << (toGrace + QStringList{QStringLiteral("verified")}) << QString() << false << true
                                  << false << true;
        QTest::newRow("old key revoked") << (toGrace +
                                             QStringList{QStringLiteral("verified"), QStringLiteral("old_key_revoked")})
                                         << QString() << false << false << false << true;
        QTest::newRow("failed while staging") << QStringList{QStringLiteral("prechecked"), QStringLiteral("failed")}
                                              << QStringLiteral("prechecked") << true << true << false << false;
        QTest::newRow("failed after revoking") << QStringList{QStringLiteral("failed")}
                                               << QStringLiteral("old_key_revoked") << true << false << false << false;
        QTest::newRow("rolling back") << QStringList{QStringLiteral("rolling_back")} << QString() << false << false
                                      << false << true;
        QTest::newRow("completed") << (toGrace + QStringList{QStringLiteral("completed")}) << QString() << false
                                   << false << false << false;
        QTest::newRow("rolled back") << QStringList{QStringLiteral("rolling_back"), QStringLiteral("rolled_back")}
                                     << QString() << false << false << false << false;
    }
    void buttonsFollowTheRunsState()
    {
        QFETCH(QStringList, states);
        QFETCH(QString, reached);
        QFETCH(bool, resume);
        QFETCH(bool, rollback);
        QFETCH(bool, override);
        QFETCH(bool, advance);

        auto ws = openWorkspace();
        QVERIFY(connectServices(*ws));
        QJsonObject data{{QStringLiteral("old_fingerprint"), QStringLiteral("SHA256:old")}};
        if (!reached.isEmpty())
            data.insert(QStringLiteral("resume_state"), reached);
        // another run in the list, so selecting the right row matters
        makeRun(*ws, QStringLiteral("other-key"), {});
        const qint64 id = makeRun(*ws, QStringLiteral("stripe-api-key"), states, data);
        RotationsView view(*ws);
        view.timer()->stop();
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.selectRun(id));
        const Buttons b = buttons(view);
        QCOMPARE(b.resume->isEnabled(), resume);
        QCOMPARE(b.rollback->isEnabled(), rollback);
        QCOMPARE(b.override->isEnabled(), override);
        QCOMPARE(b.advance->isEnabled(), advance);
        for (QPushButton *button : {b.resume, b.rollback, b.override, b.advance})
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));

        // the details pane shows the same run
        RunProgressWidget *details = view.details();
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("runTitle"))
                    ->text()
                    .contains(QLatin1String("#") + QString::number(id)));
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("runFingerprints"))
                    ->text()
                    .contains(QLatin1String("SHA256:old")));
        const QString state = states.isEmpty() ? QStringLiteral("planned") : states.last();
        if (state == QLatin1String("failed")) {
            QCOMPARE(details->statusOf(reached), RunProgressWidget::StepStatus::Done);
            const QStringList shown = details->shownStates();
            QCOMPARE(details->statusOf(shown.value(shown.indexOf(reached) + 1)), RunProgressWidget::StepStatus::Failed);
            auto *error = details->findChild<QLabel *>(QStringLiteral("runError"));
            QVERIFY(error->text().contains(QLatin1String("503")));
        } else if (state == QLatin1String("grace_period")) {
            QCOMPARE(details->statusOf(QStringLiteral("staged_in_vault")), RunProgressWidget::StepStatus::Done);
            QCOMPARE(details->statusOf(QStringLiteral("grace_period")), RunProgressWidget::StepStatus::Current);
            QCOMPARE(details->statusOf(QStringLiteral("verified")), RunProgressWidget::StepStatus::Pending);
            QVERIFY2(details->waitingText().contains(QLatin1String("Next step: in 10 min")),
                     qPrintable(details->waitingText()));
        } else if (state == QLatin1String("completed")) {
            for (const QString &s : details->shownStates())
                QCOMPARE(details->statusOf(s), RunProgressWidget::StepStatus::Done);
        }
    }

    void overrideNeedsAWrittenReason()
    {
        auto ws = openWorkspace();
        QVERIFY(connectServices(*ws));
        const qint64 id = makeRun(*ws, QStringLiteral("stripe-api-key"),
                                  {QStringLiteral("prechecked"), QStringLiteral("new_key_created"),
                                   QStringLiteral("staged_in_vault"), QStringLiteral("grace_period")});
        RotationsView view(*ws);
        view.timer()->stop();
        QVERIFY(view.selectRun(id));
        view.overrideSelectedWithReason(QStringLiteral("   "));
        auto *message = view.findChild<QLabel *>(QStringLiteral("rotationsMessage"));
        QVERIFY2(message->text().contains(QLatin1String("reason is required")), qPrintable(message->text()));
        auto run = ws->store().run(id);
        QVERIFY(run.ok());
        QCOMPARE(run->state, QStringLiteral("grace_period"));
        QVERIFY(!run->data.contains(QStringLiteral("override_reason")));
    }

    void oneAdvanceRoundAtATime()
    {
        auto ws = openWorkspace();
        QVERIFY(connectServices(*ws));
        // due now, and with no provider configured its first step fails: an error to show
        const qint64 id = makeRun(*ws, QStringLiteral("stripe-api-key"), {});
        makeRun(*ws, QStringLiteral("sendgrid-api-key"), {});
        RotationsView view(*ws);
        view.timer()->stop();
        QSignalSpy advanced(&view, &RotationsView::advanced);
        QSignalSpy changed(&view, &RotationsView::runsChanged);
        view.advanceDue();
        QVERIFY(view.isAdvancing());
        view.advanceDue(); // ignored: the first round has not answered
        QVERIFY(advanced.wait(10000));
        QTest::qWait(300);
        QCOMPARE(advanced.count(), 1);
        QVERIFY(!view.isAdvancing());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(ws->store().run(id)->state, QStringLiteral("failed"));
        const int row = view.model()->rowOfRun(id);
        QCOMPARE(view.model()->index(row, RunsModel::State).data().toString(), QStringLiteral("failed"));
        auto *message = view.findChild<QLabel *>(QStringLiteral("rotationsMessage"));
        QVERIFY2(!message->text().isEmpty(), "the failure is reported");
    }

    void timerIsFasterWhileShown()
    {
        auto ws = openWorkspace();
        RotationsView view(*ws);
        QCOMPARE(view.timer()->interval(), 15000);
        QVERIFY(view.timer()->isActive());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.timer()->interval(), 2000);
        view.hide();
        QCOMPARE(view.timer()->interval(), 15000);
    }
};

QTEST_MAIN(TestRotationsView)
#include "TestRotationsView.moc"
