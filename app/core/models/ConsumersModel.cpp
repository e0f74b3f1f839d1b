#include "ConsumersModel.h"

#include "../domain/Clock.h"
#include "InventoryModel.h"

#include <QHash>

namespace keyturn {

ConsumersModel::ConsumersModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{}

int ConsumersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsumersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ToolTipRole && column == LastUsed)
        return row.lastUsedAt.isValid() ? InventoryModel::isoUtcText(row.lastUsedAt) : tr("Never seen in use");
    if (role == SortRole) {
        if (column == Keys)
            return row.keys;
        if (column == LastUsed)
            return row.lastUsedAt.isValid() ? row.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name: return row.consumer.name;
    case ExternalId: return row.consumer.externalId;
    case Contact: return row.consumer.contactEmail;
    case Integration: return row.consumer.integrationPattern;
    case Keys: return row.keys;
    case LastUsed: {
        if (!row.lastUsedAt.isValid())
            return tr("never");
        const int days = wholeDaysBetween(row.lastUsedAt, m_clock.now());
        return days <= 0 ? tr("today") : tr("%n d ago", nullptr, days);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Consumer");
    case ExternalId: return tr("Platform id");
    case Contact: return tr("Contact");
    case Integration: return tr("Integration");
    case Keys: return tr("Keys");
    case LastUsed: return tr("Last used");
    case ColumnCount: break;
    }
    return {};
}

void ConsumersModel::reload()
{
    auto consumers = m_store.consumers();
    if (!consumers) {
        Q_EMIT loadFailed(consumers.errorMessage());
        return;
    }
    auto inventory = m_store.inventory();
    if (!inventory) {
        Q_EMIT loadFailed(inventory.errorMessage());
        return;
    }
    QHash<qint64, Row> byId;
    for (const Consumer &c : *consumers)
        byId.insert(c.id, Row{c, 0, {}});
    for (const InventoryRow &r : *inventory) {
        if (!r.credential.consumerId || !byId.contains(*r.credential.consumerId))
            continue;
        Row &row = byId[*r.credential.consumerId];
        ++row.keys;
        if (r.lastUsedAt.isValid() && (!row.lastUsedAt.isValid() || r.lastUsedAt > row.lastUsedAt))
            row.lastUsedAt = r.lastUsedAt;
    }
    QList<Row> fresh;
    fresh.reserve(consumers->size());
    for (const Consumer &c : *consumers)
        fresh.append(byId.value(c.id));
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

} // namespace keyturn
