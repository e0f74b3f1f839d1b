#include "EmergencyRevokeWizard.h"

#include "ChooseKeyPage.h"
#include "EmergencyConfirmPage.h"
#include "RotationProgressPage.h"

namespace keyturn {

EmergencyRevokeWizard::EmergencyRevokeWizard(Workspace &workspace, qint64 credentialId, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("emergencyRevokeWizard"));
    setWindowTitle(tr("Emergency revoke"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 520);

    m_choose = new ChooseKeyPage(workspace, ChooseKeyPage::Purpose::EmergencyRevoke, credentialId, this);
    m_confirm = new EmergencyConfirmPage(
        workspace, [this] { return qMakePair(m_choose->credentialId(), m_choose->credentialName()); }, this);
    m_progress = new RotationProgressPage(
        workspace, [this] { return m_confirm->runId(); }, this);
    setPage(ChooseKey, m_choose);
    setPage(Confirm, m_confirm);
    setPage(Progress, m_progress);
    setStartId(ChooseKey);
    connect(m_confirm, &EmergencyConfirmPage::runStarted, this, &EmergencyRevokeWizard::runStarted);
    m_choose->initializePage();
}

qint64 EmergencyRevokeWizard::runId() const
{
    return m_confirm->runId();
}

} // namespace keyturn
