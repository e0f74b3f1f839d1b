#pragma once

#include <QMainWindow>
#include <QStyle>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace keyturn {

class DashboardView;
class InventoryView;
class Workspace;

/// The console: a sidebar of views, the current view, and a status bar naming the workspace and who acts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    /// The names `--view` accepts, in sidebar order.
    static QStringList viewNames();
    /// Switches to a view by name; false for an unknown name.
    bool showView(const QString &name);
    QString currentViewName() const;

    InventoryView *inventoryView() const { return m_inventory; }
    DashboardView *dashboardView() const { return m_dashboard; }

private:
    void addView(const QString &name, const QString &label, QStyle::StandardPixmap icon, QWidget *view);
    void updateStatusBar();

    Workspace &m_workspace;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_statusWorkspace;
    QLabel *m_statusActor;
    QLabel *m_statusKeys;
    DashboardView *m_dashboard = nullptr;
    InventoryView *m_inventory = nullptr;
    QStringList m_names;
};

} // namespace keyturn
