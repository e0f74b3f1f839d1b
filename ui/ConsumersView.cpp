#include "ConsumersView.h"

#include "core/models/ConsumersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyturn {

ConsumersView::ConsumersView(ConsumersModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(ConsumersModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("consumersSearch"));
    m_search->setPlaceholderText(tr("Filter by name, platform id, contact or integration…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter consumers"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("consumersTable"));
    m_table->setAccessibleName(tr("API consumers"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConsumersModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths = {{ConsumersModel::Name, 220},
                                           {ConsumersModel::ExternalId, 130},
                                           {ConsumersModel::Contact, 300},
                                           {ConsumersModel::Integration, 100},
                                           {ConsumersModel::Keys, 60}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("consumersCount"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConsumersView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConsumersView::updateCount);
    updateCount();
}

void ConsumersView::updateCount()
{
    if (m_model->rowCount() == 0) {
        m_count->setText(tr("No consumers yet: they come from the platform with Sync (keyturnctl sync, or the demo)."));
        return;
    }
    m_count->setText(tr("%1 of %2 consumers shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace keyturn
