#include "ChooseKeyPage.h"
#include "DashboardView.h"
#include "DemoWorkspace.h"
#include "InventoryView.h"
#include "MainWindow.h"
#include "RotateWizard.h"
#include "RotationsView.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/models/AlertsModel.h"
#include "core/models/ConsumersModel.h"
#include "core/models/InventoryModel.h"
#include "core/monitoring/AlertCenter.h"
#include "core/store/WorkspaceStore.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace keyturn;
using namespace keyturn::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto ws = openDemoWorkspace(m_path, QStringLiteral("carol"));
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void statusBarNamesWorkspaceAndActor()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *where = window.findChild<QLabel *>(QStringLiteral("statusWorkspace"));
        auto *who = window.findChild<QLabel *>(QStringLiteral("statusActor"));
        QVERIFY(where && who);
        QVERIFY(where->text().contains(m_workspace->location()));
        QVERIFY(who->text().contains(QLatin1String("carol")));
        QCOMPARE(window.currentViewName(), QStringLiteral("dashboard"));
        for (const QString &name : MainWindow::viewNames()) {
            QVERIFY(window.showView(name));
            QCOMPARE(window.currentViewName(), name);
        }
        QVERIFY(!window.showView(QStringLiteral("nonsense")));
    }

    void opensBeforeTheInventoryIsReadAndFillsInWhenItArrives()
    {
        InventoryModel *model = m_workspace->inventoryModel();
        auto window = MainWindow::open(*m_workspace);
        // the rows are read on a worker thread; they arrive through this thread's event loop, so not yet
        QVERIFY(model->isLoading());
        auto *keys = window->findChild<QLabel *>(QStringLiteral("statusKeys"));
        QVERIFY(keys);
        QCOMPARE(keys->text(), QStringLiteral("Reading the inventory…"));
        auto *count = window->findChild<QLabel *>(QStringLiteral("inventoryCount"));
        QVERIFY(count);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(!model->isLoading());
        const int rows = model->rowCount();
        QVERIFY(rows > 0);
        QCOMPARE(keys->text(), QStringLiteral("%1 keys").arg(QLocale().toString(rows)));
        QVERIFY(count->text().contains(QLocale().toString(rows)));
        QVERIFY(window->showView(QStringLiteral("inventory")));
        QCOMPARE(window->inventoryView()->table()->model()->rowCount(), rows);
    }

    void viewsLoadWhenFirstShownAndAlertsAreCheckedInTheBackground()
    {
        MainWindow window(*m_workspace);
        auto *consumersModel = window.findChild<ConsumersModel *>();
        QVERIFY(consumersModel);
        // built, not shown: nothing read for a view nobody has looked at
        QCOMPARE(consumersModel->rowCount(), 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(consumersModel->rowCount(), 0);
        QVERIFY(window.showView(QStringLiteral("consumers")));
        QTRY_VERIFY(consumersModel->rowCount() > 0);
        const int consumers = consumersModel->rowCount();
        // a change while the view is hidden is picked up on its next show
        QVERIFY(window.showView(QStringLiteral("inventory")));
        Consumer added;
        added.externalId = QStringLiteral("usr_lazy_view");
        added.name = QStringLiteral("Lazy View Ltd");
        QVERIFY(m_workspace->store().upsertConsumer(added).ok());
        m_workspace->inventoryModel()->reload();
        QCOMPARE(consumersModel->rowCount(), consumers);
        QVERIFY(window.showView(QStringLiteral("consumers")));
        QCOMPARE(consumersModel->rowCount(), consumers + 1);

        // the monitoring rules run on a worker thread with their own connection; the panel then shows the result
        auto *alerts = window.findChild<AlertsModel *>();
        QVERIFY(alerts);
        // the first check starts shortly after the window opens (not during its first paint)
        QTRY_VERIFY_WITH_TIMEOUT(alerts->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isRecomputingAlerts(), 20000);
        auto stored = AlertCenter(m_workspace->store()).openAlerts();
        QVERIFY(stored.ok());
        QTRY_COMPARE(alerts->rowCount(), int(stored->size()));
        QVERIFY(alerts->rowCount() > 0);
    }

    void filterInventoryByTyping()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("inventory")));
        InventoryView *view = window.inventoryView();
        QTableView *table = view->table();
        const int all = table->model()->rowCount();
        QVERIFY(all > 200);
        QTest::keyClicks(view->searchField(), QStringLiteral("stripe"));
        QTRY_VERIFY(table->model()->rowCount() < all);
        const int shown = table->model()->rowCount();
        QVERIFY(shown >= 3);
        for (int r = 0; r < shown; ++r) {
            const QModelIndex idx = table->model()->index(r, InventoryModel::Name);
            const QString name = idx.data().toString();
            const QString provider = table->model()->index(r, InventoryModel::Provider).data().toString();
            QVERIFY2(name.contains(QLatin1String("stripe")) || provider == QLatin1String("Stripe"), qPrintable(name));
        }
        auto *count = view->findChild<QLabel *>(QStringLiteral("inventoryCount"));
        QVERIFY(count->text().startsWith(QString::number(shown) + QLatin1String(" of ")));

        // narrow further by environment, then clear the text
        auto *environment = view->findChild<QComboBox *>(QStringLiteral("environmentFilter"));
        environment->setCurrentIndex(environment->findData(QStringLiteral("staging")));
        QTRY_VERIFY(table->model()->rowCount() < shown);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, InventoryModel::Environment).data().toString(),
                     QStringLiteral("staging"));
        view->searchField()->clear();
        environment->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), all);
    }

    void dashboardTileOpensFilteredInventory()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardView *dashboard = window.dashboardView();
        const int overdue = dashboard->countFor(KeyStatus::Overdue);
        QVERIFY(overdue > 0);
        auto *tile = dashboard->findChild<QPushButton *>(QStringLiteral("tile_overdue"));
        QVERIFY(tile);
        QVERIFY(tile->text().startsWith(QString::number(overdue)));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(window.currentViewName(), QStringLiteral("inventory"));
        QTableView *table = window.inventoryView()->table();
        QTRY_COMPARE(table->model()->rowCount(), overdue);
        for (int r = 0; r < overdue; ++r)
            QCOMPARE(table->model()->index(r, InventoryModel::Status).data(InventoryModel::StatusNameRole).toString(),
                     QStringLiteral("overdue"));
    }

    void rotationIsOfferedForHeldKeysOnly()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.rotationsView());
        QCOMPARE(window.rotateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        // this workspace names no services: connecting succeeds with nothing to reach, and the engine exists
        QTRY_VERIFY(window.rotateAction()->isEnabled());
        QVERIFY(window.emergencyRevokeAction()->isEnabled());

        QVERIFY(window.showView(QStringLiteral("inventory")));
        InventoryView *view = window.inventoryView();
        QTableView *table = view->table();
        auto *kind = view->findChild<QComboBox *>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("issued")));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        QVERIFY(!view->rotateButton()->isEnabled());
        QVERIFY(!view->emergencyButton()->isEnabled());
        QVERIFY2(view->rotateButton()->toolTip().contains(QLatin1String("campaign")),
                 qPrintable(view->rotateButton()->toolTip()));

        kind->setCurrentIndex(kind->findData(QStringLiteral("held")));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        const qint64 held = view->selectedCredentialId();
        QVERIFY(held > 0);
        QVERIFY(view->rotateButton()->isEnabled());
        QVERIFY(view->emergencyButton()->isEnabled());

        // the button opens the wizard with that key chosen
        QTest::mouseClick(view->rotateButton(), Qt::LeftButton);
        RotateWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<RotateWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->chooseKeyPage()->credentialId(), held);
        wizard->reject();
        QTRY_VERIFY(window.findChild<RotateWizard *>() == nullptr);
    }

    void screenshotFromTheCommandLine()
    {
        const QString png = m_dir.filePath(QStringLiteral("inventory.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYTURN_GUI_PATH),
                {QStringLiteral("--demo"), QStringLiteral("--workspace"),
                 m_dir.filePath(QStringLiteral("shot.keyturn")), QStringLiteral("--screenshot"), png,
                 QStringLiteral("--view"), QStringLiteral("inventory")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1440, 860));

        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(KEYTURN_GUI_PATH),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("nowhere")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
