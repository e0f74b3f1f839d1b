#include "RotationProgressPage.h"

#include "RunProgressWidget.h"
#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/models/RunsModel.h"
#include "core/rotation/RotationEngine.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace keyturn {

namespace {
constexpr int kAdvanceIntervalMs = 1000;
}

RotationProgressPage::RotationProgressPage(Workspace &workspace, std::function<qint64()> runId, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_runId(std::move(runId))
{
    setTitle(tr("Progress"));
    setSubTitle(tr("The run goes on by itself. You may close this window: the Rotations page keeps advancing the "
                   "run and shows where it is."));
    setButtonText(QWizard::CancelButton, tr("&Close"));

    m_progress = new RunProgressWidget(this);
    m_progress->setObjectName(QStringLiteral("rotationProgress"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_message);

    m_timer.setInterval(kAdvanceIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RotationProgressPage::advanceNow);
}

void RotationProgressPage::initializePage()
{
    m_finished = false;
    m_message->clear();
    if (auto run = m_workspace.store().run(m_runId()); run)
        showRun(*run);
    if (!m_finished) {
        m_timer.start();
        advanceNow();
    }
}

bool RotationProgressPage::isComplete() const
{
    return m_finished;
}

void RotationProgressPage::advanceNow()
{
    const qint64 runId = m_runId();
    if (m_finished || runId == 0 || (m_inFlight && m_inFlightEngine))
        return;
    RotationEngine *engine = m_workspace.rotationEngine();
    if (!engine) {
        m_message->setText(tr("The services are not connected: the run waits until they are."));
        return;
    }
    m_inFlight = true;
    m_inFlightEngine = engine;
    QPointer<RotationProgressPage> self(this);
    engine->advance(runId, [self, runId](Result<RotationRunRecord> advanced) {
        if (!self)
            return;
        self->m_inFlight = false;
        if (advanced) {
            self->m_message->clear();
            self->showRun(advanced.value());
            return;
        }
        // Not necessarily the end: another advance may have moved the run on. The store says where it is.
        self->m_message->setText(tr("The last step did not go through: %1").arg(advanced.errorMessage()));
        if (auto stored = self->m_workspace.store().run(runId); stored)
            self->showRun(*stored);
    });
}

void RotationProgressPage::showRun(const RotationRunRecord &run)
{
    m_progress->setRun(run, m_workspace.clock().now(),
                       m_workspace.audit().eventsFor(QStringLiteral("run"), QString::number(run.id)).valueOr({}));
    const bool changed = run.state != m_state;
    m_state = run.state;
    if (changed)
        Q_EMIT runUpdated(m_state);
    const bool finished = RotationEngine::isTerminal(run.state) || run.state == QLatin1String("failed");
    if (finished && !m_finished) {
        m_finished = true;
        m_timer.stop();
        // Nothing left to close early: Finish is the way out.
        if (wizard())
            wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
        if (run.state == QLatin1String("failed"))
            m_message->setText(tr("The run failed; the old key is still valid. Resume it or roll it back on the "
                                  "Rotations page."));
        else
            m_message->setText(tr("The run is %1.").arg(RunsModel::stateLabel(run.state)));
        Q_EMIT completeChanged();
        Q_EMIT runFinished(run.state);
    }
}

} // namespace keyturn
