#pragma once

#include <QHash>
#include <QKeySequence>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace keyturn {

class RotationEngine;
class RunProgressWidget;
class RunsModel;
class Workspace;
struct RotationRunRecord;

/// The Rotations page: every run, newest first, and for the selected one its steps with what it waits for, its keys'
/// fingerprints and the operator's actions (resume, roll back, override verification, advance now). A timer advances
/// the runs that are due (every 2 s while the page is shown, every 15 s otherwise), one round at a time.
class RotationsView : public QWidget
{
    Q_OBJECT
public:
    explicit RotationsView(Workspace &workspace, QWidget *parent = nullptr);
    ~RotationsView() override;

    RunsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RunProgressWidget *details() const { return m_details; }
    QTimer *timer() { return &m_timer; }

    /// The run selected in the table, or 0.
    qint64 selectedRunId() const;
    /// Selects a run's row; false when it is not listed.
    bool selectRun(qint64 runId);
    /// True while an advance round started by the timer (or advanceDue()) has not answered.
    bool isAdvancing() const { return m_advancing && m_roundEngine; }
    /// True while an advance round or an operator's action on a run has not answered.
    bool isBusy() const { return isAdvancing() || (m_acting && m_actionEngine); }
    /// Stops the timer from advancing runs (a wizard drives its own run meanwhile); the list still refreshes.
    void setAutoAdvance(bool enabled);

public Q_SLOTS:
    /// Reads the runs again and refreshes the details and buttons.
    void reload();
    /// Advances every due run once, unless a round is still in flight; then reloads.
    void advanceDue();
    /// Re-reads whether the services are connected (after Workspace::connectServices()).
    void updateActions();

    void resumeSelected();
    void rollbackSelected();
    /// Asks for the written reason and lets the selected run revoke its old key without verification.
    void overrideSelected();
    /// Lets the override happen with a reason given by the caller (the dialog's answer, or a test).
    void overrideSelectedWithReason(const QString &reason);
    void advanceSelected();

Q_SIGNALS:
    /// An operator's action, or an advance round, changed runs (and maybe keys): the inventory may want a reload.
    void runsChanged();
    /// An advance round answered.
    void advanced();
    /// An operator's action answered (successfully or not).
    void actionFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    RotationEngine *engine() const;
    const RotationRunRecord *selectedRun() const;
    void showMessage(const QString &text, bool error);
    void updateDetails();
    void tick();
    /// Marks an operator's action on a run as in flight (the buttons wait for it).
    void beginAction(const QString &doing);
    /// Reports an operator's action's answer and reloads.
    void finishAction(const QString &errorOrEmpty, const QString &success);

    Workspace &m_workspace;
    RunsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    RunProgressWidget *m_details;
    QPushButton *m_resume;
    QPushButton *m_rollback;
    QPushButton *m_override;
    QPushButton *m_advance;
    QHash<QPushButton *, QKeySequence> m_chords; ///< the view-wide shortcuts that click a button
    QLabel *m_message;
    QLabel *m_count;
    QTimer m_timer;
    bool m_advancing = false;
    bool m_acting = false;
    bool m_autoAdvance = true;
    bool m_selectedOnce = false;
    /// The engines that owe an answer: when Workspace::connectServices() replaces one, its answer never comes.
    QPointer<QObject> m_roundEngine;
    QPointer<QObject> m_actionEngine;
};

} // namespace keyturn
