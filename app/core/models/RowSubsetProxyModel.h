#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace keyturn {

/// A flat proxy that shows a subset of its source's rows in an order of its own: proxy row r is source row
/// m_rows[r]. Derived models (the inventory's and the calendar's filters) decide which rows and in which order in
/// rebuildFromSource(), and keep m_sourceToProxy in step. Plain vectors instead of QSortFilterProxyModel's mapping:
/// at 100,000 rows a keystroke must not cost a data() call per row. Whatever the source does is handled as a reset;
/// a change of data is passed on.
class RowSubsetProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using QAbstractProxyModel::QAbstractProxyModel;

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    /// Recomputes m_rows and m_sourceToProxy from the source, inside a model reset.
    virtual void rebuildFromSource() = 0;
    /// Shows `rows` instead of m_rows as one layout change that keeps persistent indexes (a selection survives a
    /// keystroke); `rows` then holds the previous list, whose room the caller may reuse. Nothing happens when equal.
    void swapInRows(std::vector<int> &rows);

    std::vector<int> m_rows;          ///< proxy row → source row
    std::vector<int> m_sourceToProxy; ///< source row → proxy row, -1 when left out

private:
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace keyturn
