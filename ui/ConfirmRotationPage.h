#pragma once

#include "core/rotation/RotationEngine.h"

#include <QWizardPage>

#include <functional>

class QLabel;

namespace keyturn {

class Workspace;

/// Wizard page: the summary of what is about to happen and "Start rotation" (RotationEngine::start). A commit page:
/// once the run is started there is no going back to change it.
class ConfirmRotationPage : public QWizardPage
{
    Q_OBJECT
public:
    ConfirmRotationPage(Workspace &workspace, std::function<RotationRequest()> request,
                        std::function<std::optional<RotationPlan>()> plan, QWidget *parent = nullptr);

    void initializePage() override;
    /// Starts the run; stays on the page, saying why, when the engine refuses.
    bool validatePage() override;

    /// The run started, or 0.
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    Workspace &m_workspace;
    std::function<RotationRequest()> m_request;
    std::function<std::optional<RotationPlan>()> m_plan;
    QLabel *m_summary;
    QLabel *m_message;
    qint64 m_runId = 0;
};

} // namespace keyturn
