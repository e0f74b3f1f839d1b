#include "ConsumersView.h"

#include "Shortcuts.h"
#include "core/models/ConsumersModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

/// The search text and the campaign filter together.
class ConsumersFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCampaignFilter(ConsumersView::CampaignFilter filter)
    {
        if (filter == m_campaign)
            return;
        m_campaign = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        switch (m_campaign) {
        case ConsumersView::AllConsumers: break;
        case ConsumersView::InCampaign:
            if (!index.data(ConsumersModel::InOpenCampaignRole).toBool())
                return false;
            break;
        case ConsumersView::NotMigrated:
            if (!ConsumersModel::isPendingMigration(index.data(ConsumersModel::MigrationStateRole).toString()))
                return false;
            break;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    ConsumersView::CampaignFilter m_campaign = ConsumersView::AllConsumers;
};

ConsumersView::ConsumersView(ConsumersModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new ConsumersFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(ConsumersModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("consumersSearch"));
    m_search->setPlaceholderText(tr("Filter by name, platform id, contact, integration or campaign…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter consumers"));
    addFindShortcut(this, m_search, QStringLiteral("consumersFindAction"), tr("Filter the consumers"),
                    tr("Show the consumers whose name, platform id, contact, integration or campaign "
                       "contains this text."));

    m_campaignFilter = new QComboBox(this);
    m_campaignFilter->setObjectName(QStringLiteral("consumersCampaignFilter"));
    m_campaignFilter->setAccessibleName(tr("Show consumers"));
    m_campaignFilter->addItem(tr("All consumers"), AllConsumers);
    m_campaignFilter->addItem(tr("In a campaign"), InCampaign);
    m_campaignFilter->addItem(tr("Not migrated"), NotMigrated);
    m_campaignFilter->setItemData(InCampaign, tr("Consumers in an open rotation campaign"), Qt::ToolTipRole);
    m_campaignFilter->setItemData(
        NotMigrated, tr("Consumers in a campaign who do not use their new key yet (revoked ones left out)"),
        Qt::ToolTipRole);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("consumersTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("API consumers"));
    showFocusFrame(m_table);
    m_table->setModel(m_filter);
    // Who is in the middle of a rotation first (in the order of their migration), then everyone else; by name within
    // each (the sort is stable over the model's order). Set before sorting is enabled, or that sorts by the header's
    // default first and the ties keep that order.
    m_table->horizontalHeader()->setSortIndicator(ConsumersModel::Migration, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The campaign columns hold fixed-format text: sized to it, so the last one (Notices) stays in view.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto fit = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 18; };
    const QList<QPair<int, int>> widths = {{ConsumersModel::Name, 165},
                                           {ConsumersModel::ExternalId, 100},
                                           {ConsumersModel::Contact, 210},
                                           {ConsumersModel::Integration, 74},
                                           {ConsumersModel::Keys, 44},
                                           {ConsumersModel::LastUsed, 76},
                                           {ConsumersModel::Campaign, 175},
                                           {ConsumersModel::Migration, fit(tr("unmigrated")) + 14},
                                           {ConsumersModel::Deadline, fit(QStringLiteral("2026-12-31 00:00 UTC"))}};
    for (const auto &[column, width] : widths)
        // never narrower than the column's title, which is longer in some languages
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("consumersCount"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_campaignFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_campaignFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setCampaignFilter(CampaignFilter(m_campaignFilter->itemData(index).toInt()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsumersView::countCampaigns);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConsumersView::updateCount);
    countCampaigns();
}

void ConsumersView::countCampaigns()
{
    m_inCampaign = 0;
    m_notMigrated = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        m_inCampaign += index.data(ConsumersModel::InOpenCampaignRole).toBool() ? 1 : 0;
        m_notMigrated +=
            ConsumersModel::isPendingMigration(index.data(ConsumersModel::MigrationStateRole).toString()) ? 1 : 0;
    }
    updateCount();
}

void ConsumersView::updateCount()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_count->setText(tr("No consumers yet: they come from the platform with Sync (keyturnctl sync, or the demo)."));
        return;
    }
    QString text = tr("%1 of %2 consumers shown").arg(m_filter->rowCount()).arg(total);
    if (m_inCampaign > 0 || m_notMigrated > 0)
        text += tr(" · %1 in an open campaign, %2 not migrated yet").arg(m_inCampaign).arg(m_notMigrated);
    m_count->setText(text);
}

} // namespace keyturn
