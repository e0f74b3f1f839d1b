#pragma once

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <functional>

class QLabel;

namespace keyturn {

class RotationEngine;
class RunProgressWidget;
class Workspace;
struct RotationRunRecord;

/// Wizard page: the live progress of the run just started, each planned state done, current or pending, with what is
/// being waited for and until when. It advances the run on a timer (one call at a time) until the run is finished or
/// failed; then Finish closes the wizard. Closing earlier leaves the run to the Rotations page's timer.
class RotationProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    /// `runId` names the run once the previous page started it.
    RotationProgressPage(Workspace &workspace, std::function<qint64()> runId, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    RunProgressWidget *progress() const { return m_progress; }
    /// The run's state as last shown.
    QString state() const { return m_state; }
    QTimer *timer() { return &m_timer; }

public Q_SLOTS:
    /// Advances the run now unless a call is still in flight.
    void advanceNow();

Q_SIGNALS:
    /// The run reached completed, rolled_back or failed.
    void runFinished(const QString &state);
    /// The page showed a newer state of the run.
    void runUpdated(const QString &state);

private:
    void showRun(const RotationRunRecord &run);

    Workspace &m_workspace;
    std::function<qint64()> m_runId;
    RunProgressWidget *m_progress;
    QLabel *m_message;
    QTimer m_timer;
    QString m_state;
    bool m_finished = false;
    bool m_inFlight = false;
    QPointer<QObject> m_inFlightEngine;
};

} // namespace keyturn
