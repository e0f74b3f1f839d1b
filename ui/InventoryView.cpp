#include "InventoryView.h"

#include "StatusBadgeDelegate.h"
#include "core/models/InventoryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

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

} // namespace keyturn
