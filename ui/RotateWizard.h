#pragma once

#include <QWizard>

namespace keyturn {

class ChooseKeyPage;
class ConfirmRotationPage;
class ReviewPlanPage;
class RotationProgressPage;
class Workspace;

/// Rotate a held key: choose it and the grace period → review the plan and pre-checks → confirm and start → follow the
/// run's progress until it completes (or fails).
class RotateWizard : public QWizard
{
    Q_OBJECT
public:
    enum Pages
    {
        ChooseKey,
        Review,
        Confirm,
        Progress
    };
    Q_ENUM(Pages)

    /// `credentialId` preselects a held key (0: none).
    explicit RotateWizard(Workspace &workspace, qint64 credentialId = 0, QWidget *parent = nullptr);

    /// The run started, or 0.
    qint64 runId() const;

    ChooseKeyPage *chooseKeyPage() const { return m_choose; }
    ReviewPlanPage *reviewPage() const { return m_review; }
    ConfirmRotationPage *confirmPage() const { return m_confirm; }
    RotationProgressPage *progressPage() const { return m_progress; }

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    ChooseKeyPage *m_choose = nullptr;
    ReviewPlanPage *m_review = nullptr;
    ConfirmRotationPage *m_confirm = nullptr;
    RotationProgressPage *m_progress = nullptr;
};

} // namespace keyturn
