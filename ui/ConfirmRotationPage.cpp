#include "ConfirmRotationPage.h"
#include "Theme.h"

#include "core/Workspace.h"
#include "core/domain/Duration.h"

#include <QLabel>
#include <QVBoxLayout>

namespace keyturn {

ConfirmRotationPage::ConfirmRotationPage(Workspace &workspace, std::function<RotationRequest()> request,
                                         std::function<std::optional<RotationPlan>()> plan, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_request(std::move(request)), m_plan(std::move(plan))
{
    setTitle(tr("Start the rotation"));
    setSubTitle(tr("Once started, the run goes on by itself until it completes or needs you; it can be rolled back "
                   "while the old key is still valid."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start rotation"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("confirmMessage"));
    m_message->setWordWrap(true);
    Theme::setTone(m_message, Theme::Tone::Error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_message);
}

void ConfirmRotationPage::initializePage()
{
    m_message->clear();
    const std::optional<RotationPlan> plan = m_plan();
    if (!plan) {
        m_summary->setText(tr("No plan was made."));
        return;
    }
    const auto duration = [](qint64 s) {
        return s > 0 ? formatDuration(std::chrono::seconds(s)) : ConfirmRotationPage::tr("no time");
    };
    QStringList lines;
    lines << tr("Rotate %1 now:").arg(plan->credentialName);
    lines << tr("1. Create a new key at the provider, named after the run.");
    lines << tr("2. Write it to the vault at %1; %2 pick it up from there.")
                 .arg(plan->vaultPath,
                      plan->services.isEmpty() ? tr("the services") : plan->services.join(QStringLiteral(", ")));
    lines << tr("3. Keep the old key (%1) valid for the grace period of %2.")
                 .arg(plan->oldFingerprint, duration(plan->graceSeconds));
    lines << tr("4. Revoke the old key once the new key is seen in use and the old key has been quiet for %1.")
                 .arg(duration(plan->quietSeconds));
    if (m_request().acceptNoDualKey)
        lines << tr("You accepted that this provider holds one key at a time.");
    lines << QString() << tr("Every step is recorded in the audit log as %1.").arg(m_workspace.actor());
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool ConfirmRotationPage::validatePage()
{
    if (m_runId)
        return true;
    RotationEngine *engine = m_workspace.rotationEngine();
    if (!engine) {
        m_message->setText(tr("The services are not connected: nothing was started."));
        return false;
    }
    auto started = engine->start(m_request());
    if (!started) {
        m_message->setText(tr("The rotation did not start: %1").arg(started.errorMessage()));
        return false;
    }
    m_runId = started.value();
    Q_EMIT runStarted(m_runId);
    return true;
}

} // namespace keyturn
