#pragma once

#include "core/audit/AuditEvent.h"
#include "core/store/WorkspaceStore.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace keyturn {

/// One rotation run step by step: the states it passes through (done, current, pending), what it waits for and until
/// when, the old and new keys' fingerprints and the error of a failed run. The Rotations view's details pane and the
/// wizards' progress page both show a run with it.
class RunProgressWidget : public QWidget
{
    Q_OBJECT
public:
    /// How a planned state stands for the run shown.
    enum class StepStatus
    {
        Done,
        Current,
        Failed,
        Pending,
        Skipped, ///< not reached because the run was rolled back
    };

    explicit RunProgressWidget(QWidget *parent = nullptr);

    /// Shows `run` as of `now`; `history` (the run's audit events) gives each step's time and actor.
    void setRun(const RotationRunRecord &run, const QDateTime &now, const QList<AuditEvent> &history = {});
    /// Shows that no run is selected.
    void clear();

    /// The states shown, in order, as the state machine names them, and how each stands.
    QStringList shownStates() const;
    StepStatus statusOf(const QString &state) const;
    /// "waiting for …" and "until …" of the run shown; empty when it waits for nothing.
    QString waitingText() const;

    /// Whether a run was emergency-planned (its data says so, or its kind).
    static bool isEmergency(const RotationRunRecord &run);
    /// The last planned state a run reached: its state, or for a failed or rolled-back run the state it had reached
    /// when it failed or was rolled back (as the engine recorded it).
    static QString lastReachedState(const RotationRunRecord &run);
    /// How every planned state stands for `run`.
    static QList<QPair<QString, StepStatus>> stepsOf(const RotationRunRecord &run);

private:
    QLabel *m_title;
    QTreeWidget *m_steps;
    QLabel *m_waiting;
    QLabel *m_fingerprints;
    QLabel *m_error;
    QList<QPair<QString, StepStatus>> m_shown;
};

} // namespace keyturn
