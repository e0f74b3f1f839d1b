#include "RowSubsetProxyModel.h"

namespace keyturn {

void RowSubsetProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // The models this serves only reset; anything else a source might do is handled as a reset too.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuildFromSource();
            endResetModel();
        };
        using M = QAbstractItemModel;
        m_sourceConnections
            << connect(source, &M::modelAboutToBeReset, this, begin) << connect(source, &M::modelReset, this, end)
            << connect(source, &M::rowsAboutToBeInserted, this, begin) << connect(source, &M::rowsInserted, this, end)
            << connect(source, &M::rowsAboutToBeRemoved, this, begin) << connect(source, &M::rowsRemoved, this, end)
            << connect(source, &M::rowsAboutToBeMoved, this, begin) << connect(source, &M::rowsMoved, this, end)
            << connect(source, &M::columnsAboutToBeInserted, this, begin)
            << connect(source, &M::columnsInserted, this, end)
            << connect(source, &M::columnsAboutToBeRemoved, this, begin)
            << connect(source, &M::columnsRemoved, this, end)
            << connect(source, &M::layoutAboutToBeChanged, this, begin) << connect(source, &M::layoutChanged, this, end)
            << connect(source, &M::dataChanged, this,
                       [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                           if (!m_rows.empty())
                               Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
                       })
            << connect(source, &M::headerDataChanged, this, &M::headerDataChanged);
    }
    rebuildFromSource();
    endResetModel();
}

QModelIndex RowSubsetProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowSubsetProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RowSubsetProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RowSubsetProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowSubsetProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RowSubsetProxyModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0 && columnCount(parent) > 0;
}

QModelIndex RowSubsetProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RowSubsetProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant RowSubsetProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

void RowSubsetProxyModel::swapInRows(std::vector<int> &rows)
{
    if (rows == m_rows)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &p : before)
        sources.push_back(p.isValid() && size_t(p.row()) < m_rows.size() ? m_rows[size_t(p.row())] : -1);
    for (const int s : m_rows)
        m_sourceToProxy[size_t(s)] = -1;
    std::swap(m_rows, rows);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_sourceToProxy[size_t(m_rows[r])] = int(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int s = sources[size_t(i)];
        const int r = s >= 0 ? m_sourceToProxy[size_t(s)] : -1;
        after.append(r >= 0 ? createIndex(r, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

} // namespace keyturn
