#include "EmergencyConfirmPage.h"
#include "Theme.h"

#include "core/Workspace.h"
#include "core/rotation/RotationEngine.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace keyturn {

EmergencyConfirmPage::EmergencyConfirmPage(Workspace &workspace, std::function<QPair<qint64, QString>()> credential,
                                           QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_credential(std::move(credential))
{
    setTitle(tr("Revoke the key now"));
    setSubTitle(tr("For a leaked or compromised key: a new key goes to the vault and the old one is revoked at once."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Revoke now"));

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("emergencyExplanation"));
    m_explanation->setWordWrap(true);

    // Alt+R is the Revoke now button's
    auto *reasonLabel = new QLabel(tr("Rea&son (required, recorded in the audit log):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("emergencyReason"));
    m_reason->setAccessibleName(tr("Reason for the emergency revocation"));
    m_reason->setPlaceholderText(tr("What happened, e.g. “key pasted in a public issue”"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 7);
    reasonLabel->setBuddy(m_reason);

    m_confirmLabel = new QLabel(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("emergencyConfirmName"));
    m_confirm->setAccessibleName(tr("Type the key's name to confirm"));
    m_confirmLabel->setBuddy(m_confirm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emergencyMessage"));
    m_message->setWordWrap(true);
    Theme::setTone(m_message, Theme::Tone::Error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &EmergencyConfirmPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &EmergencyConfirmPage::completeChanged);
}

void EmergencyConfirmPage::initializePage()
{
    const QString name = m_credential().second;
    m_explanation->setText(
        tr("The old key of %1 stops working as soon as the new key is in the vault, without a grace period. Services "
           "that have not picked up the new key fail until they do. Providers that hold one key at a time are "
           "replaced the same way. The run is marked urgent.")
            .arg(name));
    m_confirmLabel->setText(tr("Type <b>%1</b> to confirm:").arg(name.toHtmlEscaped()));
    m_confirm->clear();
    m_message->clear();
}

bool EmergencyConfirmPage::isComplete() const
{
    const QString name = m_credential().second;
    return !name.isEmpty() && !m_reason->toPlainText().trimmed().isEmpty() && m_confirm->text() == name;
}

bool EmergencyConfirmPage::validatePage()
{
    if (m_runId)
        return true;
    if (!isComplete())
        return false;
    RotationEngine *engine = m_workspace.rotationEngine();
    if (!engine) {
        m_message->setText(tr("The services are not connected: nothing was revoked."));
        return false;
    }
    RotationRequest request;
    request.credentialId = m_credential().first;
    request.emergency = true;
    request.reason = m_reason->toPlainText().trimmed();
    // With the old key revoked at once there is no overlap to lose.
    request.acceptNoDualKey = true;
    auto started = engine->start(request);
    if (!started) {
        m_message->setText(tr("The emergency revocation did not start: %1").arg(started.errorMessage()));
        return false;
    }
    m_runId = started.value();
    Q_EMIT runStarted(m_runId);
    return true;
}

} // namespace keyturn
