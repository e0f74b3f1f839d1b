#include "ReviewPlanPage.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/domain/Duration.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

namespace {
QString durationText(qint64 seconds)
{
    return seconds > 0 ? formatDuration(std::chrono::seconds(seconds)) : ReviewPlanPage::tr("none");
}

bool isDualKeyWarning(const PrecheckItem &check)
{
    return check.name == QLatin1String("dual_key") && !check.ok && !check.blocking;
}
} // namespace

ReviewPlanPage::ReviewPlanPage(Workspace &workspace, std::function<RotationRequest()> request, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_request(std::move(request))
{
    setTitle(tr("Review the plan"));
    setSubTitle(tr("What the rotation will do, and what Keyturn found at the provider and in the vault. Nothing has "
                   "changed yet."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("planChecks"));
    m_checks->setAccessibleName(tr("Pre-checks"));
    showFocusFrame(m_checks);
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Detail")});
    m_checks->setColumnWidth(0, 170);
    m_checks->setColumnWidth(1, 90);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setWordWrap(true);

    m_accept = new QCheckBox(this);
    m_accept->setObjectName(QStringLiteral("acceptNoDualKey"));
    m_accept->setAccessibleName(tr("Accept a rotation without dual keys"));
    m_accept->setVisible(false);

    m_again = new QPushButton(tr("Check &again"), this);
    m_again->setObjectName(QStringLiteral("planAgain"));
    m_again->setAccessibleName(tr("Check again"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_accept);
    layout->addLayout(bottom);

    connect(m_accept, &QCheckBox::toggled, this, &ReviewPlanPage::completeChanged);
    connect(m_again, &QPushButton::clicked, this, &ReviewPlanPage::refreshPlan);
}

QString ReviewPlanPage::checkLabel(const QString &name)
{
    if (name == QLatin1String("provider"))
        return tr("Provider reachable");
    if (name == QLatin1String("vault"))
        return tr("Vault reachable");
    if (name == QLatin1String("vault_write"))
        return tr("Vault write access");
    if (name == QLatin1String("lock"))
        return tr("No other run");
    if (name == QLatin1String("dual_key"))
        return tr("Two keys at once");
    if (name == QLatin1String("current_key"))
        return tr("Current key known");
    if (name == QLatin1String("sign_off"))
        return tr("Owner sign-off");
    return name;
}

void ReviewPlanPage::initializePage()
{
    m_accept->setChecked(false);
    refreshPlan();
}

void ReviewPlanPage::cleanupPage()
{
    ++m_generation; // an answer still on its way is for a request that may change
    m_planning = false;
    m_plan.reset();
}

void ReviewPlanPage::refreshPlan()
{
    m_plan.reset();
    showPlan();
    RotationEngine *engine = m_workspace.rotationEngine();
    if (!engine) {
        m_status->setText(tr("The services are not connected, so no plan can be made: set the platform and the vault "
                             "in Settings."));
        Q_EMIT completeChanged();
        return;
    }
    const quint64 generation = ++m_generation;
    m_planning = true;
    m_again->setEnabled(false);
    m_status->setText(tr("Checking the provider and the vault…"));
    Q_EMIT completeChanged();
    QPointer<ReviewPlanPage> self(this);
    engine->plan(m_request(), [self, generation](Result<RotationPlan> planned) {
        if (!self || generation != self->m_generation)
            return;
        self->m_planning = false;
        self->m_again->setEnabled(true);
        if (!planned) {
            self->m_status->setText(tr("No plan: %1").arg(planned.errorMessage()));
        } else {
            self->m_plan = std::move(planned.value());
            self->m_status->setText(self->m_plan->ready()
                                        ? tr("Every blocking check passed.")
                                        : tr("A blocking check failed: the rotation cannot start until it passes."));
        }
        self->showPlan();
        Q_EMIT self->completeChanged();
        Q_EMIT self->planReceived();
    });
}

void ReviewPlanPage::showPlan()
{
    m_checks->clear();
    m_accept->setVisible(false);
    if (!m_plan) {
        m_summary->clear();
        return;
    }
    const RotationPlan &p = *m_plan;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Key"), p.credentialName);
    html += row(tr("Vault path"), p.vaultPath);
    html += row(tr("Services"), p.services.isEmpty() ? tr("none listed") : p.services.join(QStringLiteral(", ")));
    if (p.emergency) {
        html += row(tr("Grace period"), tr("none: the old key is revoked at once"));
    } else {
        html += row(tr("Grace period"), durationText(p.graceSeconds));
        html += row(tr("Quiet period"),
                    tr("%1 without use of the old key before it is revoked").arg(durationText(p.quietSeconds)));
    }
    html +=
        row(tr("Old key"), p.oldKeyId.isEmpty() ? p.oldFingerprint : tr("%1 (%2)").arg(p.oldKeyId, p.oldFingerprint));
    html += QStringLiteral("</table>");
    m_summary->setText(html);

    for (const PrecheckItem &check : p.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, checkLabel(check.name));
        item->setData(0, Qt::UserRole, check.name);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (check.ok) {
            item->setText(1, tr("ok"));
        } else if (check.blocking) {
            item->setText(1, tr("blocking"));
            icon = QStyle::SP_MessageBoxCritical;
        } else {
            item->setText(1, tr("warning"));
            icon = QStyle::SP_MessageBoxWarning;
        }
        item->setIcon(1, style()->standardIcon(icon));
        item->setText(2, check.detail);
        item->setToolTip(2, check.detail);
        if (isDualKeyWarning(check)) {
            m_accept->setText(tr("I accept that %1 holds one key at a time: while the new key reaches the services, "
                                 "calls with the old key may fail.")
                                  .arg(p.credentialName));
            m_accept->setVisible(true);
        }
    }
}

bool ReviewPlanPage::needsDualKeyAcceptance() const
{
    return m_plan && std::any_of(m_plan->checks.begin(), m_plan->checks.end(), isDualKeyWarning);
}

bool ReviewPlanPage::acceptedNoDualKey() const
{
    return needsDualKeyAcceptance() && m_accept->isChecked();
}

bool ReviewPlanPage::isComplete() const
{
    if (m_planning || !m_plan || !m_plan->ready())
        return false;
    return !needsDualKeyAcceptance() || m_accept->isChecked();
}

} // namespace keyturn
