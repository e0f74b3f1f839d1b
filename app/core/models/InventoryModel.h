#pragma once

#include "../domain/KeyStatus.h"
#include "../store/WorkspaceStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace keyturn {

class Clock;

/// The key inventory as a table: one row per credential, its status computed by the monitoring rules.
/// Lives in the core so it is tested without a display; colours and badges come from the UI's delegate.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Provider,
        Environment,
        Owner,
        AgeDays,
        Policy,
        NextRotation,
        LastUsed,
        Status,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (numbers, times, severity)
        StatusRole,                  ///< the KeyStatus as int
        StatusNameRole,              ///< the KeyStatus as its snake_case name
        CredentialIdRole,
        TimestampRole, ///< the absolute UTC time of a time column
    };
    Q_ENUM(Column)

    struct Row
    {
        InventoryRow data;
        StatusAssessment status;
    };

    InventoryModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// Distinct values of a column, sorted, for filter choices.
    QStringList distinctValues(Column column) const;
    /// "2026-11-24 17:20 UTC": how absolute times appear in tooltips.
    static QString isoUtcText(const QDateTime &when);

public Q_SLOTS:
    /// Reads the inventory from the store again. On failure the model keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    WorkspaceStore &m_store;
    const Clock &m_clock;
    QList<Row> m_rows;
};

/// Filters the inventory by free text and by provider, environment, status and kind.
class InventoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setProvider(const QString &provider);        ///< empty: any
    void setEnvironment(const QString &environment);  ///< empty: any
    void setStatus(std::optional<KeyStatus> status);  ///< nullopt: any
    void setKind(std::optional<CredentialKind> kind); ///< nullopt: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    QString m_provider;
    QString m_environment;
    std::optional<KeyStatus> m_status;
    std::optional<CredentialKind> m_kind;
};

} // namespace keyturn
