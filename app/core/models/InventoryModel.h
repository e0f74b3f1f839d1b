#pragma once

#include "RowSubsetProxyModel.h"

#include "../domain/KeyStatus.h"
#include "../store/WorkspaceStore.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QByteArray>
#include <QJsonObject>
#include <QThread>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace keyturn {

class Clock;

/// The key inventory as a table: one row per credential, its status computed by the monitoring rules.
/// Lives in the core so it is tested without a display; colours and badges come from the UI's delegate.
/// At reload it also prepares what filtering and sorting 100,000 rows need: a folded search text per row and
/// numeric sort keys, so neither has to build a QString or a QVariant per row and keystroke.
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
        Criticality,
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

    /// Per-row values the filter model compares and sorts by, computed once per reload.
    struct RowKeys
    {
        qint64 nextRotationMs = 0;
        qint64 lastUsedMs = 0;
        int ageDays = 0;
        int policyDays = 0;
        int nameRank = 0; ///< position in name order (case-insensitive)
        int severity = 0;
        int status = 0;    ///< KeyStatus as int
        int kindValue = 0; ///< CredentialKind as int
        // ids of the row's value in valueIds(); their order is the sorted order of the values
        int kind = 0;
        int provider = 0;
        int environment = 0;
        int owner = 0;       ///< the owner as the Owner column shows it
        int criticality = 0; ///< the credential's criticality (low, medium, high, critical)
    };

    /// Everything a reload prepares: the rows with their status, and what filtering and sorting them needs.
    struct Snapshot
    {
        Snapshot();
        QList<Row> rows;
        QDateTime assessedAt;
        std::vector<RowKeys> keys;
        QByteArray searchText;
        std::vector<qsizetype> searchStart; ///< rowCount + 1 offsets into searchText
        std::array<quint32, 256> byteCounts{};
        std::vector<int> nameOrder;
        QHash<qint64, int> rowById;
        /// Per filterable column: its distinct values in sorted order (their index is the id in RowKeys).
        QList<QStringList> values;
    };

    InventoryModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);
    ~InventoryModel() override;

    /// Reads the inventory and prepares a snapshot without touching any model: runs on any thread whose store
    /// reads over that thread's own connection.
    static Result<Snapshot> load(WorkspaceStore &store, const QDateTime &now);
    /// Shows a snapshot: one model reset, then reloaded().
    void apply(Snapshot snapshot);
    /// Reads on a worker thread (`read` runs there, over a connection of its own, and gets the assessment time),
    /// while the model keeps showing what it has; the snapshot is applied when it arrives. A call while a load
    /// is under way does nothing: that load reads the rows as they are.
    void reloadInBackground(std::function<Result<Snapshot>(const QDateTime &now)> read);
    bool isLoading() const;
    /// Whether rows were read at least once (a model never loaded has no rows to go by).
    bool hasLoaded() const { return m_loaded; }
    /// Waits for a background load and applies it now (or emits loadFailed). Nothing happens without one.
    void finishLoading();
    /// Reads only these credentials' rows again (another client changed them) and puts them in place: changed rows
    /// replaced, new ones added, deleted ones removed; the search text and sort keys are prepared again in memory.
    /// The rest of the inventory is not read. On failure the model keeps what it showed and emits loadFailed.
    void refreshRows(const QList<qint64> &credentialIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_s.rows.at(row); }
    /// The row of a credential, or -1.
    int rowOf(qint64 credentialId) const;
    /// Distinct values of a column (Kind, Provider, Environment, Owner, Criticality), sorted, for filter choices.
    QStringList distinctValues(Column column) const;
    /// The id of a value of a column, as RowKeys holds it; -1 when no row has it.
    int valueId(Column column, const QString &value) const;
    const RowKeys &keysAt(int row) const { return m_s.keys[size_t(row)]; }
    /// The folded (lower-case UTF-8) text the search looks in: every searchable field, one per line.
    QByteArrayView searchTextAt(int row) const
    {
        return QByteArrayView(m_s.searchText.constData() + m_s.searchStart[size_t(row)],
                              m_s.searchStart[size_t(row) + 1] - m_s.searchStart[size_t(row)]);
    }
    /// How often a byte occurs in all search texts: the filter looks for a word's rarest byte first.
    quint32 byteCount(uchar byte) const { return m_s.byteCounts[byte]; }
    /// Rows in name order: what sorting by name and breaking ties needs.
    const std::vector<int> &nameOrder() const { return m_s.nameOrder; }
    /// The moment the statuses were assessed at (the last reload).
    QDateTime assessedAt() const { return m_s.assessedAt; }

    /// How search text is compared: case-folded UTF-8.
    static QByteArray foldForSearch(QStringView text);
    /// "2026-11-24 17:20 UTC": how absolute times appear in tooltips.
    static QString isoUtcText(const QDateTime &when);
    /// A criticality as shown: the four known levels in the person's language, any other value as written.
    static QString criticalityLabel(const QString &value);
    /// "just now", "5 min ago", "3 h ago", "12 d ago", or "never" for an invalid time.
    static QString relativeTimeText(const QDateTime &when, const QDateTime &now);
    /// The status tooltip: the label and the reasons the rules give ("Overdue: age 134 d, policy 90 d (overdue)").
    QString statusToolTip(const Row &row) const;

public Q_SLOTS:
    /// Reads the inventory from the store again. On failure the model keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();
    /// A background load started or ended (after its rows were applied, or loadFailed).
    void loadingChanged(bool loading);

private:
    static void prepareKeys(Snapshot &s);
    void takePending();

    WorkspaceStore &m_store;
    const Clock &m_clock;
    Snapshot m_s;
    bool m_loaded = false;
    QThread *m_loader = nullptr;
    std::shared_ptr<std::optional<Result<Snapshot>>> m_pending; ///< what the running load fills in
};

/// What the inventory is filtered by. A saved filter stores this: the text is what was typed to search (names,
/// owners, fingerprints), never key material.
struct InventoryFilter
{
    QString text;
    QString provider;    ///< empty: any
    QString environment; ///< empty: any
    QString owner;       ///< empty: any
    QString criticality; ///< empty: any
    std::optional<KeyStatus> status;
    std::optional<CredentialKind> kind;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static InventoryFilter fromJson(const QJsonObject &json);
    bool operator==(const InventoryFilter &other) const = default;
};

/// Filters and sorts the inventory. Built for 100,000 rows: the mapping is a plain vector; sorting orders all rows
/// once by precomputed keys and filtering keeps that order, so a keystroke never sorts; text that grows scans
/// only the rows the shorter text matched, and recent results are kept for backspacing. Changes are announced
/// as layout changes, so the selection of rows that stay visible survives a keystroke.
class InventoryFilterModel : public RowSubsetProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    /// The source must be an InventoryModel.

    /// Sorts by a column (-1: the store's order). Ties go by name.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const InventoryFilter &filter() const { return m_filter; }
    /// Applies every criterion at once (one change for the views).
    void setFilter(const InventoryFilter &filter);
    void setText(const QString &text);
    void setProvider(const QString &provider);        ///< empty: any
    void setEnvironment(const QString &environment);  ///< empty: any
    void setOwner(const QString &owner);              ///< empty: any
    void setCriticality(const QString &criticality);  ///< empty: any
    void setStatus(std::optional<KeyStatus> status);  ///< nullopt: any
    void setKind(std::optional<CredentialKind> kind); ///< nullopt: any

Q_SIGNALS:
    void filterChanged();

private:
    const InventoryModel *inventory() const;
    void rebuildFromSource() override;
    void updateCriteriaIds();
    void computeOrder();
    /// Recomputes the rows for m_filter (using cached results where it can) and tells the views.
    void refilter();
    /// The rows matching the criteria and `needle`, in sort order, into `out`.
    void matching(const QByteArray &needle, std::vector<int> &out) const;
    bool acceptsWithoutText(int sourceRow) const;

    void clearCache();

    struct CriteriaIds
    {
        int provider = -1;
        int environment = -1;
        int owner = -1;
        int criticality = -1;
        int kind = -1;
        int status = -1;
        bool impossible = false; ///< a criterion names a value no row has
    };

    InventoryFilter m_filter;
    CriteriaIds m_ids;
    QByteArray m_needle;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; ///< every source row, in sort order
    struct CachedResult
    {
        QByteArray needle;
        std::vector<int> rows;
    };
    std::vector<CachedResult> m_cache; ///< results for the current criteria and order, newest last
    std::vector<int> m_scratch;        ///< where the next result is built; swapped with the shown rows
};

} // namespace keyturn
