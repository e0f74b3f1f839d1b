#include "RunProgressWidget.h"
#include "Theme.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/models/RunsModel.h"
#include "core/rotation/RotationEngine.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyturn {

namespace {
QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

bool isRollbackState(const QString &state)
{
    return state == QLatin1String("rolling_back") || state == QLatin1String("rolled_back");
}
} // namespace

RunProgressWidget::RunProgressWidget(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setAccessibleName(tr("Steps of the run"));
    m_steps->setRootIsDecorated(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->header()->setStretchLastSection(true);
    m_steps->setColumnWidth(0, 200);

    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("runWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprints = new QLabel(this);
    m_fingerprints->setObjectName(QStringLiteral("runFingerprints"));
    m_fingerprints->setWordWrap(true);
    m_fingerprints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("runError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(m_error, Theme::Tone::Error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_waiting);
    layout->addWidget(m_fingerprints);
    layout->addWidget(m_error);
    clear();
}

bool RunProgressWidget::isEmergency(const RotationRunRecord &run)
{
    return run.data.value(QStringLiteral("emergency")).toBool() || run.kind == QLatin1String("emergency");
}

QString RunProgressWidget::lastReachedState(const RotationRunRecord &run)
{
    if (run.state == QLatin1String("failed"))
        return run.data.value(QStringLiteral("resume_state")).toString(QStringLiteral("planned"));
    if (isRollbackState(run.state))
        return run.data.value(QStringLiteral("rollback_from")).toString();
    return run.state;
}

QList<QPair<QString, RunProgressWidget::StepStatus>> RunProgressWidget::stepsOf(const RotationRunRecord &run)
{
    const QStringList planned = RotationEngine::plannedStatesFor(run);
    QList<QPair<QString, StepStatus>> steps;
    if (isRollbackState(run.state)) {
        const int reached = int(planned.indexOf(lastReachedState(run)));
        for (int i = 0; i < planned.size(); ++i)
            steps.append({planned.at(i), i <= reached ? StepStatus::Done : StepStatus::Skipped});
        const bool done = run.state == QLatin1String("rolled_back");
        steps.append({QStringLiteral("rolling_back"), done ? StepStatus::Done : StepStatus::Current});
        steps.append({QStringLiteral("rolled_back"), done ? StepStatus::Done : StepStatus::Pending});
        return steps;
    }
    if (run.state == QLatin1String("failed")) {
        // The engine records the state the run had reached; the step after it is the one that failed.
        const int reached = int(planned.indexOf(lastReachedState(run)));
        for (int i = 0; i < planned.size(); ++i) {
            StepStatus status = StepStatus::Pending;
            if (i <= reached)
                status = StepStatus::Done;
            else if (i == reached + 1)
                status = StepStatus::Failed;
            steps.append({planned.at(i), status});
        }
        return steps;
    }
    const int at = int(planned.indexOf(run.state));
    const bool finished = RotationEngine::isTerminal(run.state);
    for (int i = 0; i < planned.size(); ++i) {
        StepStatus status = StepStatus::Pending;
        if (i < at || (i == at && finished))
            status = StepStatus::Done;
        else if (i == at)
            status = StepStatus::Current;
        steps.append({planned.at(i), status});
    }
    if (at < 0)
        steps.append({run.state, finished ? StepStatus::Done : StepStatus::Current});
    return steps;
}

void RunProgressWidget::setRun(const RotationRunRecord &run, const QDateTime &now, const QList<AuditEvent> &history)
{
    // when each state was reached, and by whom, from the run's audit trail (the engine's transitions, or the
    // recorded steps of older runs)
    QHash<QString, QString> reached;
    for (const AuditEvent &e : history) {
        QString state = e.action.startsWith(QLatin1String("rotation.")) ? e.action.mid(9) : QString();
        if (state == QLatin1String("step"))
            state = QJsonDocument::fromJson(e.details).object().value(QStringLiteral("step")).toString();
        if (!state.isEmpty())
            reached.insert(state, tr("done, %1 by %2").arg(utcText(e.at), e.actor));
    }
    m_title->setText(
        tr("Run #%1 · %2 · %3 · started by %4, %5")
            .arg(run.id)
            .arg(run.credentialName, RunsModel::stateLabel(run.state), run.startedBy, utcText(run.createdAt)));
    m_shown = stepsOf(run);
    m_steps->clear();
    for (const auto &[state, status] : m_shown) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, RunsModel::stateLabel(state));
        item->setData(0, Qt::UserRole, state);
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
        switch (status) {
        case StepStatus::Done:
            item->setText(1, reached.value(state, tr("done")));
            icon = QStyle::SP_DialogApplyButton;
            break;
        case StepStatus::Current:
            item->setText(1, run.updatedAt.isValid() ? tr("current, since %1").arg(utcText(run.updatedAt))
                                                     : tr("current"));
            icon = QStyle::SP_MediaPlay;
            break;
        case StepStatus::Failed:
            item->setText(1, tr("failed, %1").arg(utcText(run.updatedAt)));
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case StepStatus::Pending: item->setText(1, tr("pending")); break;
        case StepStatus::Skipped: item->setText(1, tr("not reached")); break;
        }
        if (icon != QStyle::SP_CustomBase)
            item->setIcon(0, style()->standardIcon(icon));
        if (status == StepStatus::Current || status == StepStatus::Failed) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setFont(1, font);
        }
        if (status == StepStatus::Pending || status == StepStatus::Skipped) {
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
        item->setData(1, Qt::AccessibleTextRole, item->text(1));
    }

    QString waiting;
    if (run.state == QLatin1String("completed")) {
        waiting = tr("Completed %1.").arg(utcText(run.finishedAt.isValid() ? run.finishedAt : run.updatedAt));
    } else if (run.state == QLatin1String("rolled_back")) {
        waiting = tr("Rolled back %1: the vault holds the previous key again.")
                      .arg(utcText(run.finishedAt.isValid() ? run.finishedAt : run.updatedAt));
    } else if (run.state == QLatin1String("failed")) {
        waiting = tr("Waiting for an operator: resume the run, or roll it back while the old key is valid.");
    } else {
        QStringList lines{RotationEngine::describeState(run.state)};
        const QString waitingFor = run.data.value(QStringLiteral("waiting_for")).toString();
        if (!waitingFor.isEmpty())
            lines << tr("Waiting for %1.").arg(waitingFor);
        if (run.nextActionAt.isValid() && run.nextActionAt > now)
            lines << tr("Next step: %1.").arg(RunsModel::nextActionText(run, now));
        else if (run.graceUntil.isValid() && run.graceUntil > now)
            lines << tr("Grace period until %1.").arg(utcText(run.graceUntil));
        waiting = lines.join(QLatin1Char('\n'));
    }
    m_waiting->setText(waiting);

    const QString oldFp = run.data.value(QStringLiteral("old_fingerprint")).toString();
    const QString newFp = run.data.value(QStringLiteral("new_fingerprint")).toString();
    const QString none = RotationEngine::isTerminal(run.state) ? tr("(not recorded)") : tr("(not yet known)");
    m_fingerprints->setText(
        tr("Old key: %1\nNew key: %2").arg(oldFp.isEmpty() ? none : oldFp, newFp.isEmpty() ? none : newFp));
    m_fingerprints->setVisible(true);
    m_error->setText(run.error.isEmpty() ? QString() : tr("Error: %1").arg(run.error));
    m_error->setVisible(!run.error.isEmpty());
}

void RunProgressWidget::clear()
{
    m_title->setText(tr("No run selected"));
    m_shown.clear();
    m_steps->clear();
    m_waiting->setText(tr("Select a run to see its steps, what it waits for and its keys' fingerprints."));
    m_fingerprints->clear();
    m_fingerprints->setVisible(false);
    m_error->clear();
    m_error->setVisible(false);
}

QStringList RunProgressWidget::shownStates() const
{
    QStringList out;
    for (const auto &step : m_shown)
        out << step.first;
    return out;
}

RunProgressWidget::StepStatus RunProgressWidget::statusOf(const QString &state) const
{
    for (const auto &step : m_shown) {
        if (step.first == state)
            return step.second;
    }
    return StepStatus::Pending;
}

QString RunProgressWidget::waitingText() const
{
    return m_waiting->text();
}

} // namespace keyturn
