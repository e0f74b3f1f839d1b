#include "RotateWizard.h"

#include "ChooseKeyPage.h"
#include "ConfirmRotationPage.h"
#include "ReviewPlanPage.h"
#include "RotationProgressPage.h"

namespace keyturn {

RotateWizard::RotateWizard(Workspace &workspace, qint64 credentialId, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("rotateWizard"));
    setWindowTitle(tr("Rotate key"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(760, 560);

    m_choose = new ChooseKeyPage(workspace, ChooseKeyPage::Purpose::Rotate, credentialId, this);
    const auto request = [this] {
        RotationRequest r;
        r.credentialId = m_choose->credentialId();
        r.grace = m_choose->grace();
        r.acceptNoDualKey = m_review && m_review->acceptedNoDualKey();
        return r;
    };
    m_review = new ReviewPlanPage(workspace, request, this);
    m_confirm = new ConfirmRotationPage(
        workspace, request, [this] { return m_review->plan(); }, this);
    m_progress = new RotationProgressPage(
        workspace, [this] { return m_confirm->runId(); }, this);
    setPage(ChooseKey, m_choose);
    setPage(Review, m_review);
    setPage(Confirm, m_confirm);
    setPage(Progress, m_progress);
    setStartId(ChooseKey);
    connect(m_confirm, &ConfirmRotationPage::runStarted, this, &RotateWizard::runStarted);
    // Loaded now rather than on show, so a preselection is visible to whoever inspects the page first.
    m_choose->initializePage();
}

qint64 RotateWizard::runId() const
{
    return m_confirm->runId();
}

} // namespace keyturn
