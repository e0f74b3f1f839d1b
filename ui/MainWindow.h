#pragma once

#include "core/store/TeamRoles.h"

#include <QMainWindow>

#include <QStyle>
#include <memory>

class QDialog;
class QListWidget;
class QStackedWidget;
class QLabel;

namespace keyturn {

class AlertsPanel;
class ApprovalQueueView;
class AuditView;
class ConsumersModel;
class DashboardView;
class InventoryView;
class RotationsView;
class Workspace;

/// The console: a sidebar of views, the current view, and a status bar naming the workspace and who acts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    /// The window as the application opens it: the inventory is read on a worker thread while the window is built
    /// and shown, and fills the views when it arrives (InventoryModel::finishLoading() waits for it). A failed read
    /// shows in the status bar; the window still opens.
    static std::unique_ptr<MainWindow> open(Workspace &workspace);

    /// The names `--view` accepts, in sidebar order.
    static QStringList viewNames();
    /// Switches to a view by name; false for an unknown name.
    bool showView(const QString &name);
    /// Checks the monitoring rules now, on this thread, and shows the result (the window otherwise checks them on a
    /// worker thread shortly after it opens): for screenshots, which must not catch the list before the check.
    void checkAlertsNow();
    QString currentViewName() const;
    /// Puts the window where the person left it: its geometry, the last view, and the column and splitter layouts
    /// of the views (QSettings). From then on closing the window saves them. Screenshots and tests do not call it.
    void restoreSession();
    /// Saves what restoreSession() restores.
    void saveSession() const;

    InventoryView *inventoryView() const { return m_inventory; }
    DashboardView *dashboardView() const { return m_dashboard; }
    RotationsView *rotationsView() const { return m_rotations; }
    AuditView *auditView() const { return m_audit; }
    ApprovalQueueView *approvalsView() const { return m_approvals; }
    QAction *rotateAction() const { return m_rotateAction; }
    QAction *emergencyRevokeAction() const { return m_emergencyAction; }

public Q_SLOTS:
    /// Opens the Rotate wizard (non-modal to the event loop), preselecting a held key (0: none).
    void rotateKey(qint64 credentialId = 0);
    /// Opens the Emergency revoke wizard, preselecting a held key (0: none).
    void emergencyRevoke(qint64 credentialId = 0);

Q_SIGNALS:
    /// Workspace::connectServices() answered (the rotation engine exists when it succeeded).
    void servicesConnected(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(const QString &name, const QString &label, QStyle::StandardPixmap icon, QWidget *view);
    void updateStatusBar();
    /// Moves the focus to the first control of the current view.
    void focusCurrentView();
    void connectServices();
    void updateRotationActions();
    /// Shows a wizard; when it closes the inventory and the runs are read again.
    void runWizard(QDialog *wizard);

    Workspace &m_workspace;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_statusWorkspace;
    QLabel *m_statusActor;
    QLabel *m_statusKeys;
    DashboardView *m_dashboard = nullptr;
    AlertsPanel *m_alerts = nullptr;
    TeamRoles m_roles;             ///< what the signed-in database user may do (everything in a workspace file)
    bool m_alertsChecking = false; ///< inventory reloads re-check the alerts once the first check has started
    InventoryView *m_inventory = nullptr;
    ConsumersModel *m_consumersModel = nullptr;
    RotationsView *m_rotations = nullptr;
    ApprovalQueueView *m_approvals = nullptr;
    AuditView *m_audit = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_emergencyAction = nullptr;
    bool m_connecting = false;
    QString m_servicesError;
    QStringList m_names;
    bool m_remembersSession = false; ///< restoreSession() was called: closing saves the session
};

} // namespace keyturn
