#include "MainWindow.h"

#include "DashboardView.h"
#include "EmptyStateView.h"
#include "InventoryView.h"
#include "SettingsView.h"
#include "core/Workspace.h"
#include "core/models/InventoryModel.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace keyturn {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Keyturn — %1").arg(QFileInfo(workspace.location()).fileName()));
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
    m_dashboard = new DashboardView(model, this);
    m_inventory = new InventoryView(model, this);
    addView(QStringLiteral("dashboard"), tr("Dashboard"), QStyle::SP_ComputerIcon, m_dashboard);
    addView(QStringLiteral("inventory"), tr("Inventory"), QStyle::SP_FileDialogDetailedView, m_inventory);
    addView(QStringLiteral("consumers"), tr("Consumers"), QStyle::SP_DirHomeIcon,
            new EmptyStateView(tr("Consumers"),
                               tr("API consumers and their migration state come from the provider's admin API once "
                                  "the network layer is connected."),
                               this));
    addView(QStringLiteral("approvals"), tr("Approval queue"), QStyle::SP_DialogApplyButton,
            new EmptyStateView(tr("Approval queue"),
                               tr("No notices are waiting. Rotation notices to API consumers appear here for approval "
                                  "once notices and campaigns are built; nothing is ever sent unapproved."),
                               this));
    addView(QStringLiteral("rotations"), tr("Rotations"), QStyle::SP_BrowserReload,
            new EmptyStateView(tr("Rotations"),
                               tr("Running and past rotation runs, step by step, appear here with the rotation "
                                  "engine. Past rotations are already in the audit log."),
                               this));
    addView(QStringLiteral("audit"), tr("Audit"), QStyle::SP_FileDialogInfoView,
            new EmptyStateView(tr("Audit history"),
                               tr("Every change is already recorded in the hash-chained audit log; verify it with "
                                  "'keyturnctl audit verify'. The history browser and export come with the audit "
                                  "capability."),
                               this));
    addView(QStringLiteral("settings"), tr("Settings"), QStyle::SP_FileDialogListView,
            new SettingsView(workspace, this));

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

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_names.size(); ++i) {
        QAction *action = viewMenu->addAction(m_nav->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    viewMenu->addSeparator();
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, model, &InventoryModel::reload);
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
    statusBar()->addWidget(m_statusWorkspace, 1);
    statusBar()->addPermanentWidget(m_statusKeys);
    statusBar()->addPermanentWidget(m_statusActor);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(model, &InventoryModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load the inventory: %1").arg(message), 15000);
    });
    updateStatusBar();
    m_nav->setCurrentRow(0);
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
            QStringLiteral("approvals"), QStringLiteral("rotations"), QStringLiteral("audit"),
            QStringLiteral("settings")};
}

bool MainWindow::showView(const QString &name)
{
    const int index = m_names.indexOf(name.toLower());
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QString MainWindow::currentViewName() const
{
    return m_names.value(m_stack->currentIndex());
}

void MainWindow::updateStatusBar()
{
    m_statusWorkspace->setText(tr("Workspace: %1").arg(m_workspace.location()));
    m_statusActor->setText(tr("Acting as: %1").arg(m_workspace.actor()));
    m_statusKeys->setText(tr("%1 keys").arg(m_workspace.inventoryModel()->rowCount()));
}

} // namespace keyturn
