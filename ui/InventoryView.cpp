#include "InventoryView.h"

#include "StatusBadgeDelegate.h"
#include "core/models/InventoryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyturn {

InventoryView::InventoryView(InventoryModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new InventoryFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Filter by name, provider, owner, service, vault path or fingerprint…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter inventory"));

    auto makeCombo = [this](const QString &name, const QString &accessible) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_provider = makeCombo(QStringLiteral("providerFilter"), tr("Provider filter"));
    m_environment = makeCombo(QStringLiteral("environmentFilter"), tr("Environment filter"));
    m_kind = makeCombo(QStringLiteral("kindFilter"), tr("Kind filter"));
    m_kind->addItem(tr("Issued and held"), QString());
    m_kind->addItem(tr("Held keys"), toString(CredentialKind::Held));
    m_kind->addItem(tr("Issued keys"), toString(CredentialKind::Issued));
    m_status = makeCombo(QStringLiteral("statusFilter"), tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (KeyStatus s : allKeyStatuses())
        m_status->addItem(statusLabel(s), toString(s));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inventoryCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_provider);
    filters->addWidget(m_environment);
    filters->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setAccessibleName(tr("Key inventory"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(InventoryModel::Status, new StatusBadgeDelegate(m_table));
    const QList<QPair<int, int>> widths = {
        {InventoryModel::Name, 250},        {InventoryModel::Kind, 60},          {InventoryModel::Provider, 150},
        {InventoryModel::Environment, 100}, {InventoryModel::Owner, 170},        {InventoryModel::AgeDays, 70},
        {InventoryModel::Policy, 60},       {InventoryModel::NextRotation, 110}, {InventoryModel::LastUsed, 90}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_rotate = new QPushButton(tr("&Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_rotate->setAccessibleName(tr("Rotate the selected key"));
    m_emergency = new QPushButton(tr("Emergency re&voke…"), this);
    m_emergency->setObjectName(QStringLiteral("emergencyRevokeButton"));
    m_emergency->setAccessibleName(tr("Revoke the selected key at once"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_rotate);
    bottom->addWidget(m_emergency);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &InventoryView::showContextMenu);
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(selectedCredentialId()); });
    connect(m_emergency, &QPushButton::clicked, this,
            [this] { Q_EMIT emergencyRevokeRequested(selectedCredentialId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryView::updateKeyActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InventoryView::updateKeyActions);

    connect(m_search, &QLineEdit::textChanged, m_filter, &InventoryFilterModel::setText);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnvironment(m_environment->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(credentialKindFromString(m_kind->currentData().toString())); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(keyStatusFromString(m_status->currentData().toString())); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InventoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InventoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InventoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InventoryView::updateCount);
    connect(m_model, &InventoryModel::reloaded, this, &InventoryView::refillChoices);
    refillChoices();
    updateCount();
    updateKeyActions();
}

void InventoryView::showStatus(std::optional<KeyStatus> status)
{
    const int index = m_status->findData(status ? toString(*status) : QString());
    m_status->setCurrentIndex(std::max(0, index));
}

void InventoryView::refillChoices()
{
    const auto refill = [](QComboBox *combo, const QString &any, const QStringList &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_provider, tr("All providers"), m_model->distinctValues(InventoryModel::Provider));
    refill(m_environment, tr("All environments"), m_model->distinctValues(InventoryModel::Environment));
}

void InventoryView::updateCount()
{
    m_count->setText(tr("%1 of %2 keys shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

qint64 InventoryView::selectedCredentialId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return rows.first().data(InventoryModel::CredentialIdRole).toLongLong();
}

void InventoryView::setRotationAvailable(bool available, const QString &why)
{
    m_rotationAvailable = available;
    m_unavailableReason = why;
    updateKeyActions();
}

QString InventoryView::whyNotRotatable() const
{
    if (!m_rotationAvailable)
        return m_unavailableReason.isEmpty() ? tr("The services are not connected: set them in Settings.")
                                             : m_unavailableReason;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1)
        return tr("Select one key: rotations run one key at a time.");
    if (rows.isEmpty())
        return {};
    const Credential &c = m_model->rowAt(m_filter->mapToSource(rows.first()).row()).data.credential;
    if (c.kind == CredentialKind::Issued)
        return tr("%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.")
            .arg(c.name);
    if (c.lifecycle == Lifecycle::Revoked)
        return tr("%1 is revoked.").arg(c.name);
    return {};
}

void InventoryView::updateKeyActions()
{
    const QString why = whyNotRotatable();
    const bool selected = selectedCredentialId() != 0;
    m_rotate->setEnabled(why.isEmpty());
    m_emergency->setEnabled(why.isEmpty());
    m_rotate->setToolTip(!why.isEmpty() ? why
                         : selected     ? tr("Rotate the selected key: new key, vault, grace period, then the old key "
                                                 "is revoked.")
                                        : tr("Choose a held key and rotate it."));
    m_emergency->setToolTip(!why.isEmpty() ? why
                            : selected     ? tr("Revoke the selected key at once, with a new key in the vault.")
                                           : tr("Choose a held key and revoke it at once."));
}

void InventoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    QAction *rotate = menu.addAction(tr("&Rotate…"));
    rotate->setObjectName(QStringLiteral("rotateKeyAction"));
    QAction *revoke = menu.addAction(tr("Emergency re&voke…"));
    revoke->setObjectName(QStringLiteral("emergencyRevokeAction"));
    for (QAction *action : {rotate, revoke}) {
        action->setEnabled(m_rotate->isEnabled());
        action->setToolTip(action == rotate ? m_rotate->toolTip() : m_emergency->toolTip());
    }
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == rotate)
        Q_EMIT rotateRequested(selectedCredentialId());
    else if (chosen == revoke)
        Q_EMIT emergencyRevokeRequested(selectedCredentialId());
}

} // namespace keyturn
