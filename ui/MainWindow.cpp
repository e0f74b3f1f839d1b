#include "MainWindow.h"

#include "AlertsPanel.h"
#include "ApprovalQueueView.h"
#include "AuditView.h"
#include "CalendarView.h"
#include "ConnectTeamDialog.h"
#include "ConsumersView.h"
#include "DashboardView.h"
#include "EmergencyRevokeWizard.h"
#include "ImportWizard.h"
#include "InventoryView.h"
#include "ReloadWhenShown.h"
#include "RotateWizard.h"
#include "RotationsView.h"
#include "SettingsView.h"
#include "Shortcuts.h"
#include "WindowLayout.h"
#include "core/Workspace.h"
#include "core/domain/Clock.h"
#include "core/models/AlertsModel.h"
#include "core/models/ConsumersModel.h"
#include "core/models/InventoryModel.h"
#include "core/store/Database.h"
#include "core/store/TeamRoles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace keyturn {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Keyturn — %1")
                       .arg(Database::isServerLocation(workspace.location())
                                ? workspace.location()
                                : QFileInfo(workspace.location()).fileName()));
    // In a team workspace the database user's roles decide; the window only hides what would be refused anyway.
    m_roles = TeamRoles::of(workspace.database()).valueOr(TeamRoles{});
    setObjectName(QStringLiteral("mainWindow"));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setFixedWidth(190);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);

    InventoryModel *model = workspace.inventoryModel();
    m_dashboard = new DashboardView(workspace, this);
    m_inventory = new InventoryView(workspace, this);
    // Alerts from the monitoring rules, recomputed when the inventory is read again and every five minutes, on a
    // worker thread: at 100,000 keys the rules take a second or more. The stored alerts show at once.
    m_alerts = new AlertsPanel(workspace, m_dashboard);
    m_dashboard->setAlertsWidget(m_alerts);
    // A third of the dashboard's width: severity, key and message; the rest is in each row's tooltip and the CLI.
    for (int column : {int(AlertsModel::Kind), int(AlertsModel::Raised), int(AlertsModel::AcknowledgedBy)})
        m_alerts->view()->hideColumn(column);
    connect(model, &InventoryModel::reloaded, this, [this] {
        if (m_alertsChecking)
            m_alerts->refreshInBackground();
    });
    auto *alertTimer = new QTimer(m_alerts);
    alertTimer->start(5 * 60 * 1000);
    connect(alertTimer, &QTimer::timeout, m_alerts, [this] {
        if (m_roles.mayWrite())
            m_alerts->refreshInBackground();
        else
            m_alerts->reload();
    });
    m_alerts->reload();
    // The first check waits until the window is up: it would compete with the first paint for the second core.
    // Until then a reload (the first read of the inventory arriving) needs no check of its own.
    QTimer::singleShot(1500, m_alerts, [this] {
        // a role that may not write (an auditor) reads the alerts others' checks stored
        m_alertsChecking = m_roles.mayWrite();
        if (m_alertsChecking)
            m_alerts->refreshInBackground();
    });
    addView(QStringLiteral("dashboard"), tr("Dashboard"), QStyle::SP_ComputerIcon, m_dashboard);
    addView(QStringLiteral("inventory"), tr("Inventory"), QStyle::SP_FileDialogDetailedView, m_inventory);
    m_consumersModel = new ConsumersModel(workspace, this);
    auto *consumers = new ConsumersView(m_consumersModel, this);
    // read when the view is first shown, and again on changes while it is (else on its next show)
    auto *consumersRefresh = new ReloadWhenShown(consumers, [this] { m_consumersModel->reload(); });
    connect(model, &InventoryModel::reloaded, consumersRefresh, &ReloadWhenShown::request);
    addView(QStringLiteral("consumers"), tr("Consumers"), QStyle::SP_DirHomeIcon, consumers);
    m_approvals = new ApprovalQueueView(workspace, this);
    addView(QStringLiteral("approvals"), tr("Approval queue"), QStyle::SP_DialogApplyButton, m_approvals);
    // what consumers were told shows in the Consumers view's Migration and Notices columns
    connect(m_approvals, &ApprovalQueueView::noticesChanged, consumersRefresh, &ReloadWhenShown::request);
    m_rotations = new RotationsView(workspace, this);
    addView(QStringLiteral("rotations"), tr("Rotations"), QStyle::SP_BrowserReload, m_rotations);
    addView(QStringLiteral("calendar"), tr("Calendar"), QStyle::SP_FileDialogContentsView,
            new CalendarView(workspace, this));
    // the history is read when the view is first shown, and again on a later show after new events
    m_audit = new AuditView(workspace, this);
    addView(QStringLiteral("audit"), tr("Audit"), QStyle::SP_FileDialogInfoView, m_audit);
    auto *settings = new SettingsView(workspace, this);
    addView(QStringLiteral("settings"), tr("Settings"), QStyle::SP_FileDialogListView, settings);

    if (!m_roles.mayReviewNotices()) {
        m_approvals->setReviewBlocked(tr("Your database role (%1) may not review notices: that takes "
                                         "keyturn_engineer.")
                                          .arg(m_roles.describe()));
    }
    // Another client's changes to a team workspace: re-read those rows only (the inventory refreshes its own).
    connect(&workspace, &Workspace::remoteChanges, this,
            [this](const QString &table, const QList<qint64> &ids, const QList<qint64> &) {
                if (table == QLatin1String("notices"))
                    m_approvals->refreshNotices(ids);
                else if (table == QLatin1String("rotation_runs"))
                    m_rotations->reload();
                else if (table == QLatin1String("alerts"))
                    m_alerts->reload();
            });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_dashboard, &DashboardView::statusActivated, this, [this](KeyStatus status) {
        m_inventory->showStatus(status);
        showView(QStringLiteral("inventory"));
    });
    // A chart point or an alert opens its key in the inventory, or its run in the Rotations view.
    auto openKey = [this](qint64 credentialId) {
        showView(QStringLiteral("inventory"));
        m_inventory->showCredential(credentialId);
    };
    connect(m_dashboard, &DashboardView::credentialActivated, this, openKey);
    connect(m_alerts, &AlertsPanel::credentialActivated, this, openKey);
    auto openRun = [this](qint64 runId) {
        showView(QStringLiteral("rotations"));
        m_rotations->selectRun(runId);
    };
    connect(m_alerts, &AlertsPanel::runActivated, this, openRun);
    // From an audit event to its key, run or notice, and from a key's audit trail back to the event.
    connect(m_audit, &AuditView::credentialRequested, this, openKey);
    connect(m_audit, &AuditView::runRequested, this, openRun);
    connect(m_audit, &AuditView::noticeRequested, this, [this](qint64 noticeId) {
        showView(QStringLiteral("approvals"));
        if (m_approvals->selectNotice(noticeId))
            return;
        // not in the chosen state: show every notice
        for (int i = 0; i < m_approvals->filter()->count(); ++i) {
            if (m_approvals->filter()->itemData(i).toStringList().isEmpty()) {
                m_approvals->filter()->setCurrentIndex(i);
                break;
            }
        }
        if (!m_approvals->selectNotice(noticeId))
            statusBar()->showMessage(tr("Notice %1 is not in the approval queue.").arg(noticeId), 8000);
    });
    connect(m_inventory, &InventoryView::auditEventRequested, this, [this](qint64 eventId) {
        showView(QStringLiteral("audit"));
        m_audit->showAuditEvent(eventId);
    });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(tr("&Import inventory…"));
    importAction->setObjectName(QStringLiteral("importInventoryAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    setShortcutToolTip(importAction, tr("Import keys from a YAML or CSV inventory file"));
    connect(importAction, &QAction::triggered, this, [this] { runWizard(new ImportWizard(m_workspace, {}, this)); });
    if (!m_roles.mayEditInventory()) {
        importAction->setEnabled(false);
        importAction->setToolTip(tr("Your database role (%1) may not change the inventory: that takes keyturn_admin.")
                                     .arg(m_roles.describe()));
    }
    QAction *exportAction = fileMenu->addAction(tr("&Export inventory as CSV…"));
    exportAction->setObjectName(QStringLiteral("exportInventoryAction"));
    connect(exportAction, &QAction::triggered, this, [this] {
        auto written =
            exportInventoryCsv(this, visibleInventoryRows(m_inventory->filterModel()), m_workspace.clock().now());
        if (written)
            statusBar()->showMessage(tr("Exported %1 credentials as CSV.").arg(*written), 8000);
    });
    ConnectTeamDialog::addTo(fileMenu, this);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    setShortcutToolTip(quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_names.size(); ++i) {
        QAction *action = viewMenu->addAction(m_nav->item(i)->text());
        action->setObjectName(m_names.at(i) + QStringLiteral("ViewAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        setShortcutToolTip(action, tr("Show the %1 view").arg(m_nav->item(i)->text()));
        m_nav->item(i)->setToolTip(action->toolTip());
        // From the keyboard the view is where the work goes on: focus moves into it (arrowing through the list
        // leaves the focus in the list).
        connect(action, &QAction::triggered, this, [this, i] {
            m_nav->setCurrentRow(i);
            focusCurrentView();
        });
    }
    viewMenu->addSeparator();
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    // Ctrl+R rotates a key, so it is no Reload shortcut here even where the platform's Refresh includes it.
    QList<QKeySequence> refresh = QKeySequence::keyBindings(QKeySequence::Refresh);
    refresh.removeAll(QKeySequence(Qt::CTRL | Qt::Key_R));
    if (refresh.isEmpty())
        refresh << QKeySequence(Qt::Key_F5);
    reload->setShortcuts(refresh);
    setShortcutToolTip(reload, tr("Read the inventory, the runs and the audit history again"));
    connect(reload, &QAction::triggered, model, &InventoryModel::reload);
    connect(reload, &QAction::triggered, m_rotations, &RotationsView::reload);
    connect(reload, &QAction::triggered, this, [this] {
        if (m_audit->isVisible())
            m_audit->reload();
    });
    auto *keysMenu = menuBar()->addMenu(tr("&Keys"));
    m_rotateAction = keysMenu->addAction(tr("&Rotate key…"));
    m_rotateAction->setObjectName(QStringLiteral("rotateKeyMenuAction"));
    m_rotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_emergencyAction = keysMenu->addAction(tr("&Emergency revoke…"));
    m_emergencyAction->setObjectName(QStringLiteral("emergencyRevokeMenuAction"));
    m_emergencyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_inventory->setActionShortcuts(m_rotateAction->shortcut(), m_emergencyAction->shortcut());
    keysMenu->setToolTipsVisible(true);
    // From the menu, the inventory's selected key is preselected when it is a held key.
    connect(m_rotateAction, &QAction::triggered, this,
            [this] { rotateKey(m_inventory->rotateButton()->isEnabled() ? m_inventory->selectedCredentialId() : 0); });
    connect(m_emergencyAction, &QAction::triggered, this, [this] {
        emergencyRevoke(m_inventory->emergencyButton()->isEnabled() ? m_inventory->selectedCredentialId() : 0);
    });
    connect(m_inventory, &InventoryView::rotateRequested, this, &MainWindow::rotateKey);
    connect(m_inventory, &InventoryView::emergencyRequested, this, &MainWindow::emergencyRevoke);
    connect(m_rotations, &RotationsView::runsChanged, model, &InventoryModel::reload);
    // A saved profile takes effect at once, unless a run is being advanced right now.
    connect(settings, &SettingsView::saved, this, [this] {
        if (m_rotations->isBusy()) {
            statusBar()->showMessage(tr("The new connection settings apply after the current rotation step; "
                                        "save them again in a moment."),
                                     15000);
            return;
        }
        connectServices();
    });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    connect(helpMenu->addAction(tr("&About Keyturn")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Keyturn"),
                           tr("<b>Keyturn %1</b><p>Rotate API keys without breaking the integrations that use them."
                              "</p>")
                               .arg(QStringLiteral(KEYTURN_VERSION)));
    });

    m_statusWorkspace = new QLabel(this);
    m_statusWorkspace->setObjectName(QStringLiteral("statusWorkspace"));
    m_statusActor = new QLabel(this);
    m_statusActor->setObjectName(QStringLiteral("statusActor"));
    m_statusKeys = new QLabel(this);
    m_statusKeys->setObjectName(QStringLiteral("statusKeys"));
    statusBar()->addWidget(m_statusWorkspace, 1);
    statusBar()->addPermanentWidget(m_statusKeys);
    statusBar()->addPermanentWidget(m_statusActor);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(model, &InventoryModel::loadingChanged, this, &MainWindow::updateStatusBar);
    connect(model, &InventoryModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load the inventory: %1").arg(message), 15000);
    });
    updateStatusBar();
    updateRotationActions();
    m_nav->setCurrentRow(0);
    connectServices();
}

void MainWindow::connectServices()
{
    if (m_connecting)
        return;
    m_connecting = true;
    m_servicesError.clear();
    QPointer<MainWindow> self(this);
    m_workspace.connectServices([self](Result<void> connected) {
        if (!self)
            return;
        self->m_connecting = false;
        if (!connected) {
            self->m_servicesError = connected.errorMessage();
            self->statusBar()->showMessage(tr("Services not connected: %1").arg(connected.errorMessage()), 30000);
        }
        self->updateRotationActions();
        self->m_rotations->updateActions();
        Q_EMIT self->servicesConnected(connected.ok());
    });
    // The workspace dropped its engine until the new connections answer.
    if (m_connecting) {
        updateRotationActions();
        m_rotations->updateActions();
    }
}

void MainWindow::updateRotationActions()
{
    const bool available = m_workspace.rotationEngine() != nullptr && !m_connecting && m_roles.mayRotate();
    QString why;
    if (!m_roles.mayRotate())
        why = tr("Your database role (%1) may not rotate or revoke keys: that takes keyturn_admin.")
                  .arg(m_roles.describe());
    else if (m_connecting)
        why = tr("Connecting to the services…");
    else if (!available)
        why = m_servicesError.isEmpty()
                  ? tr("The services are not connected: set the platform and the vault in Settings.")
                  : tr("The services are not connected: %1").arg(m_servicesError);
    for (QAction *action : {m_rotateAction, m_emergencyAction}) {
        action->setEnabled(available);
        if (available)
            setShortcutToolTip(action);
        else
            action->setToolTip(why);
    }
    m_inventory->setRotationAvailable(available, why);
}

void MainWindow::rotateKey(qint64 credentialId)
{
    if (!m_rotateAction->isEnabled())
        return;
    runWizard(new RotateWizard(m_workspace, credentialId, this));
}

void MainWindow::emergencyRevoke(qint64 credentialId)
{
    if (!m_emergencyAction->isEnabled())
        return;
    runWizard(new EmergencyRevokeWizard(m_workspace, credentialId, this));
}

void MainWindow::runWizard(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard advances its own run; the page's timer would only race it.
    m_rotations->setAutoAdvance(false);
    connect(dialog, &QDialog::finished, this, [this] {
        m_rotations->setAutoAdvance(true);
        m_workspace.inventoryModel()->reload();
        m_rotations->reload();
    });
    dialog->open();
}

void MainWindow::addView(const QString &name, const QString &label, QStyle::StandardPixmap icon, QWidget *view)
{
    auto *item = new QListWidgetItem(style()->standardIcon(icon), label, m_nav);
    item->setSizeHint(QSize(0, 34));
    view->setObjectName(name + QStringLiteral("View"));
    m_stack->addWidget(view);
    m_names << name;
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("inventory"), QStringLiteral("consumers"),
            QStringLiteral("approvals"), QStringLiteral("rotations"), QStringLiteral("calendar"),
            QStringLiteral("audit"),     QStringLiteral("settings")};
}

void MainWindow::checkAlertsNow()
{
    m_alerts->refresh();
}

std::unique_ptr<MainWindow> MainWindow::open(Workspace &workspace)
{
    // Reading and preparing 100,000 rows takes longer than building the views: the window does not wait for it.
    // The rows arrive a moment after it is shown; meanwhile the views say they are reading.
    workspace.reloadInventoryInBackground();
    return std::make_unique<MainWindow>(workspace);
}

bool MainWindow::showView(const QString &name)
{
    const int index = m_names.indexOf(name.toLower());
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

void MainWindow::focusCurrentView()
{
    QWidget *view = m_stack->currentWidget();
    // the first widget of the view's tab chain that takes focus
    for (QWidget *w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    view->setFocus(Qt::ShortcutFocusReason);
}

QString MainWindow::currentViewName() const
{
    return m_names.value(m_stack->currentIndex());
}

void MainWindow::updateStatusBar()
{
    m_statusWorkspace->setText(tr("Workspace: %1").arg(m_workspace.location()));
    m_statusActor->setText(m_roles.team ? tr("Acting as: %1 (%2)").arg(m_workspace.actor(), m_roles.describe())
                                        : tr("Acting as: %1").arg(m_workspace.actor()));
    const InventoryModel *model = m_workspace.inventoryModel();
    m_statusKeys->setText(model->isLoading() ? tr("Reading the inventory…")
                                             : tr("%1 keys").arg(QLocale().toString(model->rowCount())));
}

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kViewKey = QStringLiteral("window/view");
} // namespace

void MainWindow::restoreSession()
{
    m_remembersSession = true;
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1440, 860);
    showView(settings.value(kViewKey).toString()); // a view that no longer exists leaves the dashboard
    for (int i = 0; i < m_stack->count(); ++i)
        windowlayout::restore(m_stack->widget(i), settings);
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kViewKey, currentViewName());
    for (int i = 0; i < m_stack->count(); ++i)
        windowlayout::save(m_stack->widget(i), settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersSession)
        saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace keyturn
