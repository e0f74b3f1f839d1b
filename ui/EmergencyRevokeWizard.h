#pragma once

#include <QWizard>

namespace keyturn {

class ChooseKeyPage;
class EmergencyConfirmPage;
class RotationProgressPage;
class Workspace;

/// Revoke a held key at once: choose it → give the reason and type its name to confirm → follow the emergency run
/// (new key, vault, old key revoked) until it completes.
class EmergencyRevokeWizard : public QWizard
{
    Q_OBJECT
public:
    enum Pages
    {
        ChooseKey,
        Confirm,
        Progress
    };
    Q_ENUM(Pages)

    /// `credentialId` preselects a held key (0: none).
    explicit EmergencyRevokeWizard(Workspace &workspace, qint64 credentialId = 0, QWidget *parent = nullptr);

    qint64 runId() const;

    ChooseKeyPage *chooseKeyPage() const { return m_choose; }
    EmergencyConfirmPage *confirmPage() const { return m_confirm; }
    RotationProgressPage *progressPage() const { return m_progress; }

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    ChooseKeyPage *m_choose;
    EmergencyConfirmPage *m_confirm;
    RotationProgressPage *m_progress;
};

} // namespace keyturn
