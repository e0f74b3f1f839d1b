#pragma once

#include "RowSubsetProxyModel.h"

#include "../schedule/Scheduler.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QByteArray>

#include <array>
#include <vector>

namespace keyturn {

class InventoryModel;

class Clock;
class WorkspaceStore;

/// The rotation calendar: a row per rotation the schedules plan in the coming weeks (13 by default), with flags for
/// what needs a person's eye. Colours and badges come from the UI.
/// Built for 100,000 keys (about 600,000 rows): it keeps the scheduler's plan as it is (each key once, a small entry
/// per rotation), a flag byte and up to three collision partners per row; texts (reasons, tooltips, cells) are
/// formatted when asked for. At reload it also prepares what the filter needs: a folded search text per key.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Week, ///< "Week 49 · 30 Nov": what the view groups rows by
        Date,
        Key,
        Provider,
        Environment,
        Services,
        Schedule,
        Flags,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Flag
    {
        NoFlag = 0,
        Collision = 1, ///< another key of one of its services rotates within 24 h
        Blackout = 2,  ///< planned inside a blackout window: it starts at the window's end
        NoOverlap = 4, ///< the provider cannot hold two keys: an outage window, started by an operator
        Overdue = 8,   ///< its time has passed: the next run-due starts it
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FlagsRole,        ///< the Flag bits as int
        FlagReasonsRole,  ///< QStringList: one explanation per flag (per collision partner)
        CredentialIdRole, ///< qint64
        TimestampRole,    ///< QDateTime: when the rotation starts (UTC)
        WeekStartRole,    ///< QDate: the Monday of its week (UTC)
    };
    /// How many collision partners a row names.
    static constexpr int kMaxPartners = 3;

    /// A row, as read from the plan (a view: valid until the next reload).
    struct Row
    {
        const SchedulePlan::Key &key;
        QDateTime due;      ///< when the schedule wants it (in the past when overdue)
        QDateTime startsAt; ///< when the scheduler would start it
        bool overdue = false;
        const BlackoutWindow *blackout = nullptr; ///< the window that holds it back, if one does
        int flags = NoFlag;
    };

    CalendarModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);
    /// Plans from this inventory's rows when it has them (once it was loaded, and not while it is being read)
    /// instead of reading the store again: quicker, and the plan shares its strings with the inventory.
    void setInventory(const InventoryModel *inventory) { m_inventory = inventory; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Row rowAt(int row) const;
    /// The plan the rows are read from (its entries are the rows, in order).
    const SchedulePlan &plan() const { return m_plan; }
    int flagsAt(int row) const { return m_flags[size_t(row)]; }
    /// The key of a row: an index into plan().keys.
    int keyAt(int row) const { return m_plan.at(row).key; }
    qint64 startsAtMs(int row) const { return m_plan.at(row).startsAtMs; }
    /// The Monday (UTC) of the row's week, as days since 1970-01-01: rows of one week share it.
    qint64 weekAt(int row) const;
    /// One explanation per flag, and one per collision partner (up to kMaxPartners), formatted now.
    QStringList reasonsAt(int row) const;
    /// The rows that collide with a row (up to kMaxPartners; -1 for none).
    const std::array<qint32, kMaxPartners> &partnersAt(int row) const { return m_partners[size_t(row)]; }
    /// How many rows carry a flag, and how many carry any.
    int flagCount(Flag flag) const;
    int flaggedCount() const { return m_flagged; }
    /// The folded (see InventoryModel::foldForSearch) text the filter looks in: the key's name, provider,
    /// environment and services (as the Services column shows them), one per line.
    QByteArrayView searchTextOfKey(int key) const
    {
        return QByteArrayView(m_searchText.constData() + m_searchStart[size_t(key)],
                              m_searchStart[size_t(key) + 1] - m_searchStart[size_t(key)]);
    }
    /// Every key's search text, each ending with a line break, in key order; searchStarts() has key count + 1
    /// offsets into it.
    const QByteArray &searchText() const { return m_searchText; }
    const std::vector<qsizetype> &searchStarts() const { return m_searchStart; }

    int horizonWeeks() const { return m_weeks; }
    /// How far ahead the calendar looks; reloads.
    void setHorizonWeeks(int weeks);
    /// A flag's short name, as a badge shows it ("collision").
    static QString flagLabel(Flag flag);
    static QList<Flag> allFlags();

public Q_SLOTS:
    /// Plans again from the store. On failure the model keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    QString collisionReason(int row, int partner) const;

    WorkspaceStore &m_store;
    const Clock &m_clock;
    int m_weeks = 13;
    const InventoryModel *m_inventory = nullptr;
    SchedulePlan m_plan;
    std::vector<quint8> m_flags;                              ///< per row
    std::vector<std::array<qint32, kMaxPartners>> m_partners; ///< per row, -1 where none
    std::array<int, 4> m_flagCounts{};                        ///< per flag bit
    int m_flagged = 0;
    QByteArray m_searchText;
    std::vector<qsizetype> m_searchStart; ///< key count + 1 offsets into m_searchText
};

/// Filters the calendar to flagged rows and by free text (key, provider, environment, services: what contains the
/// text, ignoring case), and sorts it (by default it keeps the calendar's order: by start time). Built for 600,000
/// rows: the text is looked for once per key (not per row) in the model's folded search texts, flags are read from
/// the model's arrays, and a change is announced as one layout change (never per row), so the view's selection and
/// week grouping are redone once per keystroke.
class CalendarFilterModel : public RowSubsetProxyModel
{
    Q_OBJECT
public:
    explicit CalendarFilterModel(QObject *parent = nullptr);

    /// The source must be a CalendarModel.

    /// Sorts by a column (-1: the calendar's order). Ties keep the calendar's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The calendar row shown at `row`.
    int sourceRow(int row) const { return m_rows[size_t(row)]; }
    void setOnlyFlagged(bool only);
    bool onlyFlagged() const { return m_onlyFlagged; }
    void setText(const QString &text);
    QString text() const { return m_text; }

private:
    const CalendarModel *calendar() const;
    void rebuildFromSource() override;
    void computeOrder();
    /// Per key of the plan: whether its search text contains the text.
    void matchKeys();
    void matchingRows(std::vector<int> &out) const;
    /// Shows the rows that match now, announced as one layout change that keeps the rows that stay selected.
    void refilter();

    bool m_onlyFlagged = false;
    QString m_text;
    QByteArray m_needle;            ///< m_text folded
    std::vector<char> m_keyMatches; ///< per key of the plan, for m_matched
    QByteArray m_matched;           ///< the needle m_keyMatches was computed for
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; ///< all source rows, sorted
    std::vector<int> m_spare; ///< the rows before the last change, kept for their room
};

} // namespace keyturn
