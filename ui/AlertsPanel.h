#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace keyturn {

class AlertCenter;
class AlertsModel;
class Workspace;

/// The dashboard's list of open alerts: severity, what it concerns, the message and who acknowledged it. Acknowledge…
/// asks for an optional note; double-clicking (or Open) goes to the run or key the alert concerns. refresh()
/// re-evaluates the monitoring rules; reload() only re-reads the alerts.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    /// A panel on its own AlertCenter over the workspace's store (acting as the workspace's actor).
    explicit AlertsPanel(Workspace &workspace, QWidget *parent = nullptr);
    /// A panel on an AlertCenter the caller owns (and may share with the CLI code or a timer).
    explicit AlertsPanel(AlertCenter &center, QWidget *parent = nullptr);
    ~AlertsPanel() override;

    AlertsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *openButton() const { return m_open; }
    /// Shown instead of the list when there is no open alert.
    QLabel *emptyLabel() const { return m_empty; }
    bool showsEmptyState() const;
    /// The alert selected in the list; 0 when none is.
    qint64 selectedAlertId() const;

public Q_SLOTS:
    /// Re-evaluates the rules (AlertCenter::recompute) and shows the result.
    void refresh();
    /// The same on a worker thread (Workspace::recomputeAlertsInBackground): the list shows what is stored until the
    /// new result is in. Without a workspace (a panel on a caller's AlertCenter), the same as refresh().
    void refreshInBackground();
    /// Re-reads the open alerts without re-evaluating.
    void reload();
    /// Asks for an optional note, then acknowledges the selected alert.
    void acknowledgeSelected();
    /// Acknowledges one alert with `note`; a refusal is shown in the panel. Returns whether it was acknowledged.
    bool acknowledge(qint64 alertId, const QString &note);
    /// Emits runActivated or credentialActivated for the selected alert.
    void openSelected();

Q_SIGNALS:
    void credentialActivated(qint64 credentialId);
    void runActivated(qint64 runId);
    /// After every refresh or reload: how many alerts are open and how many of them nobody acknowledged yet.
    void alertsChanged(int open, int unacknowledged);

private:
    void build();
    void updateState();
    void showError(const QString &message);

    Workspace *m_workspace = nullptr;
    std::unique_ptr<AlertCenter> m_ownCenter;
    AlertCenter &m_center;
    AlertsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace keyturn
