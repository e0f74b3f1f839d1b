#pragma once

#include "../notices/NoticeStore.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace keyturn {

/// Notices as a table: what the Approval queue lists. Lives in the core so it is tested without a display. A reload
/// keeps the rows that are still listed (gone ones are removed, new ones inserted, changed ones emit dataChanged), so
/// a view's selection survives an approval or a refresh.
class NoticesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        State,
        Kind,
        Consumer,
        Key,
        Campaign,
        Subject,
        SendAt,
        DraftedBy,
        ApprovedBy,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (lifecycle order, times)
        NoticeIdRole,
        StateNameRole, ///< the stored state ("pending")
        UrgentRole,    ///< bool: urgent notices go out first and are marked
    };

    explicit NoticesModel(const NoticeStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The notice shown in `row` (0 ≤ row < rowCount()).
    const NoticeRecord &noticeAt(int row) const { return m_notices.at(row); }
    /// The row of a notice, or -1.
    int rowOfNotice(qint64 noticeId) const;

    /// Which states are listed; empty: every state.
    QStringList states() const { return m_filter.states; }
    /// Lists only notices in `states` (empty: all) and reloads.
    void setStates(const QStringList &states);

    /// A state as a person reads it ("waiting for approval").
    static QString stateLabel(const QString &state);
    /// A kind as a person reads it ("migration").
    static QString kindLabel(const QString &kind);
    /// The time format of the queue: "2026-11-24 12:00 UTC"; empty for an unset time.
    static QString utcText(const QDateTime &when);

public Q_SLOTS:
    /// Reads the notices again. On failure the model keeps what it showed and emits loadFailed.
    void reload();
    /// Reads only these notices again (another client changed them): each is updated in place, added or removed
    /// as its state now is or is not listed. The rest of the table is not read.
    void refreshNotices(const QList<qint64> &ids);

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    const NoticeStore &m_store;
    NoticeFilter m_filter;
    QList<NoticeRecord> m_notices;
};

} // namespace keyturn
