#pragma once

#include "core/rotation/RotationEngine.h"

#include <QWizardPage>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyturn {

class Workspace;

/// Wizard page: what the rotation would do (RotationEngine::plan: vault path, services, grace and quiet periods, the
/// old key, each pre-check). Next stays disabled until the plan is ready, and, when the provider holds one key at a
/// time, until the operator accepted that.
class ReviewPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    /// `request` gives the request as the earlier pages put it.
    ReviewPlanPage(Workspace &workspace, std::function<RotationRequest()> request, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// The last plan received, if any.
    const std::optional<RotationPlan> &plan() const { return m_plan; }
    /// True when the plan has a dual-key warning the operator must accept.
    bool needsDualKeyAcceptance() const;
    bool acceptedNoDualKey() const;
    /// True while the plan is being fetched.
    bool isPlanning() const { return m_planning; }

    /// A pre-check's name as a person reads it ("Vault write access").
    static QString checkLabel(const QString &name);

public Q_SLOTS:
    /// Asks the engine for the plan again.
    void refreshPlan();

Q_SIGNALS:
    void planReceived();

private:
    void showPlan();

    Workspace &m_workspace;
    std::function<RotationRequest()> m_request;
    std::optional<RotationPlan> m_plan;
    quint64 m_generation = 0;
    bool m_planning = false;
    QLabel *m_status;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QCheckBox *m_accept;
    QPushButton *m_again;
};

} // namespace keyturn
