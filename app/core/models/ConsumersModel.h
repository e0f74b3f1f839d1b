#pragma once

#include "../store/WorkspaceStore.h"

#include <QAbstractTableModel>

namespace keyturn {

class Clock;

/// The platform's API consumers (synced from the provider) with their issued keys: how many, how many are current,
/// and when any of them was last used.
class ConsumersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        ExternalId,
        Contact,
        Integration,
        Keys,
        LastUsed,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    struct Row
    {
        Consumer consumer;
        int keys = 0;
        QDateTime lastUsedAt;
    };

    ConsumersModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Row &rowAt(int row) const { return m_rows.at(row); }

public Q_SLOTS:
    /// Reads consumers and their keys again; on failure keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    WorkspaceStore &m_store;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace keyturn
