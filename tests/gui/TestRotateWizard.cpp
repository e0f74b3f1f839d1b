#include "ChooseKeyPage.h"
#include "EmergencyConfirmPage.h"
#include "EmergencyRevokeWizard.h"
#include "ReviewPlanPage.h"
#include "RotateWizard.h"
#include "RotationProgressPage.h"
#include "RotationsView.h"
#include "RunProgressWidget.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/models/RunsModel.h"
#include "core/net/ConnectionProfile.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTreeWidget>

using namespace keyturn;
using namespace keyturn::test;

/// The Rotate and Emergency revoke wizards driven with QTest against an in-process keyturn-sandbox holding the demo
/// world, on a demo workspace whose held keys' providers are the sandbox's simulated ones.
class TestRotateWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;

    qint64 credentialId(const QString &name) const
    {
        auto c = m_workspace->store().findCredential(name);
        return c ? c->id : 0;
    }

    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        QVERIFY(button);
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// The plan's checks in one line, for failure messages.
    static QString checksText(const RotationPlan &plan)
    {
        QStringList out;
        for (const PrecheckItem &c : plan.checks)
            out << QStringLiteral("%1=%2(%3)")
                       .arg(c.name, c.ok ? QStringLiteral("ok") : QStringLiteral("no"), c.detail);
        return out.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the environment holds the tokens
        SandboxOptions options;
        options.world = SandboxOptions::World::Demo;
        options.tickMs = 100;
        m_sandbox = std::make_unique<Sandbox>(options);
        auto port = m_sandbox->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.errorMessage()));
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        qputenv("KEYTURN_VAULT_TOKEN", m_sandbox->vaultToken().reveal());

        const QString path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto built = DemoWorld::create(path, SystemClock::instance().now(), 42, DemoWorld::Consumers::FromProvider,
                                       m_sandbox->url());
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        auto ws = Workspace::open(path, QStringLiteral("erin"), SystemClock::instance());
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());

        ConnectionProfile profile;
        profile.platformUrl = QUrl(m_sandbox->url());
        profile.vaultUrl = QUrl(m_sandbox->url());
        QVERIFY(m_workspace->saveProfile(profile).ok());
        std::optional<Result<void>> connected;
        m_workspace->connectServices([&connected](Result<void> r) { connected = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(connected.has_value(), 15000);
        QVERIFY2(connected->ok(), qPrintable(connected->errorMessage()));
        QVERIFY(m_workspace->rotationEngine());
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_sandbox.reset();
    }

    void rotateAHeldKeyToCompletion()
    {
        const QString name = QStringLiteral("stripe-api-key-staging");
        const qint64 id = credentialId(name);
        QVERIFY(id);

        RotateWizard wizard(*m_workspace);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(RotateWizard::ChooseKey));
        ChooseKeyPage *choose = wizard.chooseKeyPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // only held keys are offered
        QTreeView *list = choose->keyList();
        const int listed = list->model()->rowCount();
        QVERIFY(listed > 0);
        for (int r = 0; r < listed; ++r) {
            auto c = m_workspace->store().findCredential(list->model()->index(r, 0).data().toString());
            QVERIFY(c.ok());
            QVERIFY(c->kind == CredentialKind::Held);
        }

        // filter, then click the key
        QTest::keyClicks(choose->filterField(), name);
        QTRY_VERIFY(list->model()->rowCount() < listed);
        const QModelIndexList match =
            list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QCOMPARE(match.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(match.first()).center());
        QCOMPARE(choose->credentialId(), id);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // a grace period that is not a duration keeps Next disabled
        QTest::keyClicks(choose->graceField(), QStringLiteral("3 parsecs"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        choose->graceField()->clear();
        QTest::keyClicks(choose->graceField(), QStringLiteral("3s"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(choose->grace(), std::optional<std::chrono::seconds>(std::chrono::seconds(3)));
        click(wizard, QWizard::NextButton);

        // review: the plan arrives; Next waits for it
        QCOMPARE(wizard.currentId(), int(RotateWizard::Review));
        ReviewPlanPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->plan().has_value(), 20000);
        const RotationPlan plan = *review->plan();
        QVERIFY2(plan.ready(), qPrintable(checksText(plan)));
        QCOMPARE(plan.credentialName, name);
        QCOMPARE(plan.graceSeconds, qint64(3));
        QVERIFY(!plan.oldFingerprint.isEmpty());
        auto *checks = review->findChild<QTreeWidget *>(QStringLiteral("planChecks"));
        QCOMPARE(checks->topLevelItemCount(), int(plan.checks.size()));
        auto *summary = review->findChild<QLabel *>(QStringLiteral("planSummary"));
        QVERIFY(summary->text().contains(plan.vaultPath));
        if (review->needsDualKeyAcceptance()) {
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QTest::mouseClick(review->findChild<QCheckBox *>(QStringLiteral("acceptNoDualKey")), Qt::LeftButton);
        }
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        click(wizard, QWizard::NextButton);

        // confirm: "Start rotation" starts the run
        QCOMPARE(wizard.currentId(), int(RotateWizard::Confirm));
        QVERIFY(wizard.button(QWizard::CommitButton)->text().contains(QLatin1String("Start rotation")));
        auto *confirmSummary = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("confirmSummary"));
        QVERIFY(confirmSummary->text().contains(name));
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard.currentId(), int(RotateWizard::Progress));
        const qint64 runId = wizard.runId();
        QVERIFY(runId > 0);

        // progress: each planned state, until completed
        RotationProgressPage *progress = wizard.progressPage();
        QCOMPARE(progress->progress()->shownStates(), RotationEngine::plannedStates(false));
        auto *message = progress->findChild<QLabel *>(QStringLiteral("progressMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(progress->state() == QLatin1String("completed") ||
                                      progress->state() == QLatin1String("failed"),
                                  qPrintable(progress->state() + QLatin1String(": ") + message->text() +
                                             QLatin1String(" / ") + progress->progress()->waitingText()),
                                  60000);
        QVERIFY2(progress->state() == QLatin1String("completed"), qPrintable(message->text()));
        for (const QString &state : progress->progress()->shownStates())
            QCOMPARE(progress->progress()->statusOf(state), RunProgressWidget::StepStatus::Done);
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
        click(wizard, QWizard::FinishButton);
        QVERIFY(!wizard.isVisible());

        // the store and the Rotations view agree
        auto run = m_workspace->store().run(runId);
        QVERIFY(run.ok());
        QCOMPARE(run->state, QStringLiteral("completed"));
        QCOMPARE(run->credentialId, id);
        const QString newFingerprint = run->data.value(QStringLiteral("new_fingerprint")).toString();
        QVERIFY(!newFingerprint.isEmpty());
        QCOMPARE(run->data.value(QStringLiteral("old_fingerprint")).toString(), plan.oldFingerprint);
        auto keys = m_workspace->store().keyVersions(id);
        QVERIFY(keys.ok());
        const auto current =
            std::find_if(keys->begin(), keys->end(), [](const KeyVersion &k) { return k.state == KeyState::Current; });
        QVERIFY(current != keys->end());
        QCOMPARE(current->fingerprint, newFingerprint);

        RotationsView view(*m_workspace);
        view.timer()->stop();
        const int row = view.model()->rowOfRun(runId);
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->index(row, RunsModel::State).data(RunsModel::StateNameRole).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(view.model()->index(row, RunsModel::Credential).data().toString(), name);
        QVERIFY(view.selectRun(runId));
        QVERIFY(
            view.details()->findChild<QLabel *>(QStringLiteral("runFingerprints"))->text().contains(newFingerprint));
    }

    void emergencyWizardWantsTheExactName()
    {
        const QString name = QStringLiteral("sendgrid-api-key-staging");
        const qint64 id = credentialId(name);
        QVERIFY2(id, "a held demo key");

        EmergencyRevokeWizard wizard(*m_workspace, id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.chooseKeyPage()->credentialId(), id); // preselected
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(EmergencyRevokeWizard::Confirm));

        EmergencyConfirmPage *confirm = wizard.confirmPage();
        QAbstractButton *revoke = wizard.button(QWizard::CommitButton);
        QVERIFY(revoke->text().contains(QLatin1String("Revoke now")));
        QVERIFY(!revoke->isEnabled());
        QTest::keyClicks(confirm->confirmField(), name);
        QVERIFY2(!revoke->isEnabled(), "a reason is required");
        QTest::keyClicks(confirm->reasonField(), QStringLiteral("key pasted in a public issue"));
        QVERIFY(revoke->isEnabled());
        for (const QString &wrong : {name.toUpper(), name + QLatin1Char(' '), name.chopped(1)}) {
            confirm->confirmField()->clear();
            QTest::keyClicks(confirm->confirmField(), wrong);
            QVERIFY2(!revoke->isEnabled(), qPrintable(wrong));
        }
        confirm->confirmField()->clear();
        QTest::keyClicks(confirm->confirmField(), name);
        QVERIFY(revoke->isEnabled());

        // and the emergency run goes through: new key, vault, old key revoked at once
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard.currentId(), int(EmergencyRevokeWizard::Progress));
        RotationProgressPage *progress = wizard.progressPage();
        QCOMPARE(progress->progress()->shownStates(), RotationEngine::plannedStates(true));
        auto *message = progress->findChild<QLabel *>(QStringLiteral("progressMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(progress->state() == QLatin1String("completed") ||
                                      progress->state() == QLatin1String("failed"),
                                  qPrintable(progress->state() + QLatin1String(": ") + message->text()), 60000);
        QVERIFY2(progress->state() == QLatin1String("completed"), qPrintable(message->text()));
        auto run = m_workspace->store().run(wizard.runId());
        QVERIFY(run.ok());
        QCOMPARE(run->kind, QStringLiteral("emergency"));
        QVERIFY(run->urgent);
        QCOMPARE(run->data.value(QStringLiteral("reason")).toString(), QStringLiteral("key pasted in a public issue"));
    }
};

QTEST_MAIN(TestRotateWizard)
#include "TestRotateWizard.moc"
