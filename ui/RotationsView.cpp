#include "RotationsView.h"
#include "Theme.h"

#include "RunProgressWidget.h"
#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/models/RunsModel.h"
#include "core/rotation/RotationEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

namespace {
constexpr int kVisibleIntervalMs = 2000;
constexpr int kHiddenIntervalMs = 15000;

/// While the old key is valid: not finished, not past the revocation (a failed run: by the state it had reached).
bool canRollBack(const RotationRunRecord &run)
{
    const QString revoked = QStringLiteral("old_key_revoked");
    return !RunsModel::isFinished(run.state) && run.state != revoked && run.state != QLatin1String("rolling_back") &&
           RunProgressWidget::lastReachedState(run) != revoked;
}

/// The engine lets an operator override only while the run waits in its grace period (for the new key to be seen,
/// or the old one to go quiet).
bool waitsForVerification(const RotationRunRecord &run)
{
    return run.state == QLatin1String("grace_period");
}
} // namespace

RotationsView::RotationsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RunsModel(workspace.store(), workspace.clock(), this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunsModel::SortRole);
    m_proxy->setFilterKeyColumn(RunsModel::Credential);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("runsSearch"));
    m_search->setPlaceholderText(tr("Filter runs by key name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter runs"));
    addFindShortcut(this, m_search, QStringLiteral("runsFindAction"), tr("Filter the runs"),
                    tr("Show the runs of keys whose name contains this text."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("runsCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Rotation runs"));
    showFocusFrame(m_table);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QList<QPair<int, int>> widths = {{RunsModel::Id, 60},         {RunsModel::Credential, 230},
                                           {RunsModel::Kind, 90},       {RunsModel::State, 130},
                                           {RunsModel::StartedBy, 100}, {RunsModel::StartedAt, 150},
                                           {RunsModel::Updated, 90},    {RunsModel::NextAction, 230}};
    for (const auto &[column, width] : widths)
        // never narrower than the column's title, which is longer in some languages
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    m_details = new RunProgressWidget(this);
    m_details->setObjectName(QStringLiteral("runDetails"));

    auto button = [this](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    m_resume = button(QStringLiteral("resumeRun"), tr("&Resume"), tr("Resume the selected failed run"));
    m_rollback = button(QStringLiteral("rollbackRun"), tr("Roll &back…"), tr("Roll back the selected run"));
    m_override = button(QStringLiteral("overrideVerification"), tr("&Override verification…"),
                        tr("Override the verification of the selected run"));
    m_advance = button(QStringLiteral("advanceRun"), tr("&Advance now"), tr("Advance the selected run now"));
    // Besides the buttons' mnemonics, advancing and rolling back have chords of their own while the view is shown.
    auto chord = [this](const QString &name, QPushButton *target, const QKeySequence &key) {
        auto *action = new QAction(target->accessibleName(), this);
        action->setObjectName(name);
        action->setShortcut(key);
        addAction(action);
        connect(action, &QAction::triggered, target, [target] {
            if (target->isEnabled())
                target->click();
        });
        m_chords.insert(target, key);
        // the tooltip names the key only while the button is enabled; the description always does
        target->setAccessibleDescription(withShortcut(target->accessibleName(), key));
    };
    // N for next step: Ctrl+Shift+A deselects the text of a field
    chord(QStringLiteral("advanceRunAction"), m_advance, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    chord(QStringLiteral("rollbackRunAction"), m_rollback, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rotationsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Rotations message"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_override);
    buttons->addWidget(m_advance);
    buttons->addStretch(1);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rotationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &RunsModel::loadFailed, this,
            [this](const QString &message) { showMessage(tr("Could not load the runs: %1").arg(message), true); });
    connect(m_resume, &QPushButton::clicked, this, &RotationsView::resumeSelected);
    connect(m_rollback, &QPushButton::clicked, this, &RotationsView::rollbackSelected);
    connect(m_override, &QPushButton::clicked, this, &RotationsView::overrideSelected);
    connect(m_advance, &QPushButton::clicked, this, &RotationsView::advanceSelected);

    m_timer.setInterval(kHiddenIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RotationsView::tick);
    m_timer.start();
    reload();
}

RotationsView::~RotationsView() = default;

RotationEngine *RotationsView::engine() const
{
    return m_workspace.rotationEngine();
}

qint64 RotationsView::selectedRunId() const
{
    const RotationRunRecord *run = selectedRun();
    return run ? run->id : 0;
}

const RotationRunRecord *RotationsView::selectedRun() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return nullptr;
    return &m_model->runAt(current.row());
}

bool RotationsView::selectRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, RunsModel::Id));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RotationsView::setAutoAdvance(bool enabled)
{
    m_autoAdvance = enabled;
}

void RotationsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.setInterval(kVisibleIntervalMs);
    reload();
}

void RotationsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.setInterval(kHiddenIntervalMs);
}

void RotationsView::tick()
{
    if (m_autoAdvance && engine())
        advanceDue();
    else
        reload();
}

void RotationsView::reload()
{
    m_model->reload();
    // The newest run is shown until the operator picks another.
    if (!m_table->currentIndex().isValid() && !m_selectedOnce && m_proxy->rowCount() > 0) {
        m_selectedOnce = true;
        m_table->setCurrentIndex(m_proxy->index(0, RunsModel::Id));
    }
    m_count->setText(tr("Runs: %1").arg(m_model->rowCount()));
    updateDetails();
    updateActions();
}

void RotationsView::advanceDue()
{
    if (isAdvancing())
        return;
    RotationEngine *e = engine();
    if (!e) {
        reload();
        return;
    }
    m_advancing = true;
    m_roundEngine = e;
    QPointer<RotationsView> self(this);
    e->advanceDue([self](QList<Result<RotationRunRecord>> results) {
        if (!self)
            return;
        self->m_advancing = false;
        QStringList errors;
        QStringList changes;
        for (const Result<RotationRunRecord> &r : results) {
            if (!r) {
                errors << r.errorMessage();
                continue;
            }
            const int row = self->m_model->rowOfRun(r->id);
            if (row < 0 || self->m_model->runAt(row).state != r->state)
                changes
                    << tr("run #%1 (%2) is now %3").arg(r->id).arg(r->credentialName, RunsModel::stateLabel(r->state));
        }
        self->reload();
        if (!errors.isEmpty())
            self->showMessage(tr("Advancing the due runs: %1").arg(errors.join(QStringLiteral("; "))), true);
        else if (!changes.isEmpty())
            self->showMessage(tr("Advanced: %1.").arg(changes.join(QStringLiteral("; "))), false);
        if (!changes.isEmpty() || !errors.isEmpty())
            Q_EMIT self->runsChanged();
        Q_EMIT self->advanced();
    });
}

void RotationsView::updateDetails()
{
    const RotationRunRecord *run = selectedRun();
    if (run)
        m_details->setRun(*run, m_workspace.clock().now(),
                          m_workspace.audit().eventsFor(QStringLiteral("run"), QString::number(run->id)).valueOr({}));
    else
        m_details->clear();
}

void RotationsView::updateActions()
{
    const RotationEngine *e = engine();
    const RotationRunRecord *run = selectedRun();
    const bool acting = m_acting && m_actionEngine;
    const QString state = run ? run->state : QString();
    const auto set = [&](QPushButton *button, bool allowed, const QString &why, const QString &what) {
        QString tip = what;
        if (!e)
            tip = tr("The services are not connected, so runs cannot be changed from here: set the platform and the "
                     "vault in Settings.");
        else if (!run)
            tip = tr("Select a run first.");
        else if (acting)
            tip = tr("Waiting for the previous action to answer.");
        else if (!allowed)
            tip = why;
        button->setEnabled(e && run && !acting && allowed);
        button->setToolTip(button->isEnabled() ? withShortcut(tip, m_chords.value(button)) : tip);
    };
    set(m_resume, state == QLatin1String("failed"), tr("Only a failed run can be resumed."),
        tr("Take the failed run back to the step that failed and go on."));
    set(m_rollback, run && canRollBack(*run),
        tr("Roll back is offered only while the old key is still valid: before it is revoked, and while the run is "
           "not finished."),
        tr("Put the previous key back in the vault and revoke the new one."));
    set(m_override, run && waitsForVerification(*run),
        tr("Only a run waiting for verification in its grace period can be overridden."),
        tr("Let the run revoke the old key without verification; a written reason is required and audited."));
    set(m_advance, !RunsModel::isFinished(state) && state != QLatin1String("failed"),
        tr("A finished or failed run does not advance; resume a failed run instead."),
        tr("Run the selected run's next steps now instead of waiting for the timer."));
}

void RotationsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    Theme::setTone(m_message, error ? Theme::Tone::Error : Theme::Tone::None);
}

void RotationsView::beginAction(const QString &doing)
{
    m_acting = true;
    m_actionEngine = engine();
    showMessage(doing, false);
    updateActions();
}

void RotationsView::finishAction(const QString &errorOrEmpty, const QString &success)
{
    m_acting = false;
    reload();
    if (errorOrEmpty.isEmpty())
        showMessage(success, false);
    else
        showMessage(errorOrEmpty, true);
    Q_EMIT runsChanged();
    Q_EMIT actionFinished();
}

void RotationsView::resumeSelected()
{
    const RotationRunRecord *run = selectedRun();
    RotationEngine *e = engine();
    if (!run || !e || run->state != QLatin1String("failed"))
        return;
    const qint64 id = run->id;
    beginAction(tr("Resuming run #%1…").arg(id));
    QPointer<RotationsView> self(this);
    e->resume(id, [self, id](Result<RotationRunRecord> r) {
        if (!self)
            return;
        self->finishAction(r ? QString() : tr("Run #%1 was not resumed: %2").arg(id).arg(r.errorMessage()),
                           r ? tr("Run #%1 resumed; it is now %2.").arg(id).arg(RunsModel::stateLabel(r->state))
                             : QString());
    });
}

void RotationsView::rollbackSelected()
{
    const RotationRunRecord *run = selectedRun();
    RotationEngine *e = engine();
    if (!run || !e || !canRollBack(*run))
        return;
    const qint64 id = run->id;
    const QString name = run->credentialName;
    const auto answer = QMessageBox::question(
        this, tr("Roll back run #%1").arg(id),
        tr("Roll back the rotation of %1?\n\nThe vault gets the previous key back and the new key is revoked at the "
           "provider. Services that already use the new key must pick up the previous one from the vault.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    beginAction(tr("Rolling back run #%1…").arg(id));
    QPointer<RotationsView> self(this);
    e->rollback(id, [self, id](Result<RotationRunRecord> r) {
        if (!self)
            return;
        self->finishAction(r ? QString() : tr("Run #%1 was not rolled back: %2").arg(id).arg(r.errorMessage()),
                           r ? tr("Run #%1: %2.").arg(id).arg(RunsModel::stateLabel(r->state)) : QString());
    });
}

void RotationsView::overrideSelected()
{
    const RotationRunRecord *run = selectedRun();
    if (!run || !engine() || !waitsForVerification(*run))
        return;
    const qint64 id = run->id;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Override verification of run #%1").arg(id),
        tr("The old key of %1 will be revoked without waiting for verification. Services still using it will fail.\n"
           "Why is that acceptable? (required, at least a sentence; recorded in the audit log)")
            .arg(run->credentialName),
        QString(), &ok);
    if (!ok)
        return;
    overrideSelectedWithReason(reason);
}

void RotationsView::overrideSelectedWithReason(const QString &reason)
{
    const RotationRunRecord *run = selectedRun();
    RotationEngine *e = engine();
    if (!run || !e || !waitsForVerification(*run))
        return;
    const qint64 id = run->id;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A written reason is required to override verification; nothing was changed."), true);
        return;
    }
    if (auto overridden = e->overrideVerification(id, reason.trimmed()); !overridden) {
        showMessage(tr("Run #%1: verification was not overridden: %2").arg(id).arg(overridden.errorMessage()), true);
        return;
    }
    // The override only allows the revocation; advancing now carries it out.
    beginAction(tr("Verification of run #%1 overridden; revoking the old key…").arg(id));
    QPointer<RotationsView> self(this);
    e->advance(id, [self, id](Result<RotationRunRecord> r) {
        if (!self)
            return;
        self->finishAction(
            r ? QString()
              : tr("Verification of run #%1 was overridden, but advancing it failed: %2").arg(id).arg(r.errorMessage()),
            r ? tr("Verification of run #%1 overridden (the reason is in the audit log); it is now %2.")
                    .arg(id)
                    .arg(RunsModel::stateLabel(r->state))
              : QString());
    });
}

void RotationsView::advanceSelected()
{
    const RotationRunRecord *run = selectedRun();
    RotationEngine *e = engine();
    if (!run || !e)
        return;
    const qint64 id = run->id;
    beginAction(tr("Advancing run #%1…").arg(id));
    QPointer<RotationsView> self(this);
    e->advance(id, [self, id](Result<RotationRunRecord> r) {
        if (!self)
            return;
        self->finishAction(r ? QString() : tr("Run #%1 did not advance: %2").arg(id).arg(r.errorMessage()),
                           r ? tr("Run #%1: %2.").arg(id).arg(RunsModel::stateLabel(r->state)) : QString());
    });
}

} // namespace keyturn
