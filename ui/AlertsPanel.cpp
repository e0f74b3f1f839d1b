#include "AlertsPanel.h"
#include "Theme.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/models/AlertsModel.h"
#include "core/monitoring/AlertCenter.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace keyturn {

namespace {
QColor severityColor(const QString &severity)
{
    if (severity == alertseverity::kCritical)
        return QColor(0xc6, 0x28, 0x28);
    if (severity == alertseverity::kWarning)
        return QColor(0xb2, 0x6a, 0x00);
    return QColor(0x1e, 0x6b, 0xb8);
}

/// Icons and colours for the core's model: the ui's part of showing severities.
class SeverityDecoration : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QString severity = QIdentityProxyModel::data(index, AlertsModel::SeverityNameRole).toString();
        if (index.column() == AlertsModel::Severity) {
            if (role == Qt::DecorationRole) {
                const QStyle::StandardPixmap pixmap =
                    severity == alertseverity::kCritical  ? QStyle::SP_MessageBoxCritical
                    : severity == alertseverity::kWarning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation;
                return QApplication::style()->standardIcon(pixmap);
            }
            if (role == Qt::ForegroundRole)
                return severityColor(severity);
            if (role == Qt::FontRole) {
                QFont font;
                font.setBold(true);
                return font;
            }
        }
        // an acknowledged alert is still open, but quieter
        if (role == Qt::ForegroundRole && index.column() != AlertsModel::Severity &&
            QIdentityProxyModel::data(index, AlertsModel::AcknowledgedRole).toBool())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

AlertsPanel::AlertsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(&workspace), m_ownCenter(std::make_unique<AlertCenter>(workspace.store())),
      m_center(*m_ownCenter)
{
    build();
}

AlertsPanel::AlertsPanel(AlertCenter &center, QWidget *parent) : QWidget(parent), m_center(center)
{
    build();
}

AlertsPanel::~AlertsPanel() = default;

void AlertsPanel::build()
{
    m_model = new AlertsModel(m_center, this);
    auto *decorated = new SeverityDecoration(this);
    decorated->setSourceModel(m_model);

    m_title = new QLabel(tr("Alerts"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_acknowledge = new QPushButton(tr("Acknowledge…"), this);
    m_acknowledge->setToolTip(tr("Mark the selected alert as seen; it stays listed while its condition lasts"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Show the rotation run or key the selected alert concerns"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_open);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertsTable"));
    m_view->setAccessibleName(tr("Alerts"));
    showFocusFrame(m_view);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_view->setModel(decorated);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // compact: each message names its key (and run), so the Alert and Key / run columns would repeat it
    m_view->setColumnHidden(AlertsModel::Kind, true);
    m_view->setColumnHidden(AlertsModel::Subject, true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AlertsModel::Message, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_empty = new QLabel(tr("No alerts"), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_open, &QPushButton::clicked, this, &AlertsPanel::openSelected);
    // a double-click, or Enter on the current row
    connect(m_view, &QAbstractItemView::activated, this, &AlertsPanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPanel::updateState);
    connect(m_model, &AlertsModel::loadFailed, this, &AlertsPanel::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateState);
    updateState();
}

bool AlertsPanel::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

qint64 AlertsPanel::selectedAlertId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(AlertsModel::AlertIdRole).toLongLong();
}

void AlertsPanel::refresh()
{
    if (auto r = m_center.recompute(); !r) {
        showError(tr("The alerts could not be re-evaluated: %1").arg(r.errorMessage()));
        return;
    }
    reload();
}

void AlertsPanel::refreshInBackground()
{
    if (!m_workspace) {
        refresh();
        return;
    }
    m_title->setToolTip(tr("Checking the monitoring rules…"));
    m_empty->setText(tr("Checking the monitoring rules…"));
    QPointer<AlertsPanel> self(this);
    m_workspace->recomputeAlertsInBackground([self](Result<AlertRecompute> done) {
        if (!self)
            return;
        self->m_title->setToolTip({});
        self->m_empty->setText(tr("No alerts"));
        if (!done) {
            self->showError(tr("The alerts could not be re-evaluated: %1").arg(done.errorMessage()));
            return;
        }
        self->reload();
    });
}

void AlertsPanel::reload()
{
    m_error->hide();
    m_model->reload();
    int unacknowledged = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unacknowledged += m_model->alertAt(row).acknowledged() ? 0 : 1;
    m_title->setText(m_model->rowCount() == 0
                         ? tr("Alerts")
                         : tr("Alerts (%1 open, %2 new)").arg(m_model->rowCount()).arg(unacknowledged));
    updateState();
    Q_EMIT alertsChanged(m_model->rowCount(), unacknowledged);
}

void AlertsPanel::acknowledgeSelected()
{
    const qint64 id = selectedAlertId();
    if (!id)
        return;
    const int row = m_model->rowOfAlert(id);
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Acknowledge alert"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setLabelText(
        tr("%1\n\nNote (optional, kept in the audit log):").arg(row >= 0 ? m_model->alertAt(row).message : QString()));
    dialog->setOkButtonText(tr("Acknowledge"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &note) { acknowledge(id, note); });
    dialog->open();
}

bool AlertsPanel::acknowledge(qint64 alertId, const QString &note)
{
    if (auto r = m_center.acknowledge(alertId, note); !r) {
        showError(r.errorMessage());
        return false;
    }
    reload();
    return true;
}

void AlertsPanel::openSelected()
{
    const int row = m_model->rowOfAlert(selectedAlertId());
    if (row < 0)
        return;
    const Alert &a = m_model->alertAt(row);
    if (a.runId)
        Q_EMIT runActivated(a.runId);
    else if (a.credentialId)
        Q_EMIT credentialActivated(a.credentialId);
}

void AlertsPanel::updateState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    const int row = m_model->rowOfAlert(selectedAlertId());
    m_acknowledge->setEnabled(row >= 0 && !m_model->alertAt(row).acknowledged());
    m_open->setEnabled(row >= 0 && (m_model->alertAt(row).runId || m_model->alertAt(row).credentialId));
}

void AlertsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace keyturn
